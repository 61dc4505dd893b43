#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace buttcloud {

// A public key as SSH sends it: the type name and the wire blob (string type, then the key).
struct SshPublicKey
{
    QString type;     // e.g. ssh-ed25519
    QByteArray blob;

    bool operator==(const SshPublicKey &other) const = default;
    // "SHA256:" and the unpadded base64 of the blob's SHA-256, as OpenSSH prints it.
    QString fingerprint() const;
};

QString sshFingerprint(const QByteArray &keyBlob);
// Whether text has the shape of an OpenSSH SHA-256 fingerprint (SHA256: and 43 base64 characters).
bool isSshFingerprint(const QString &text);
// The type name at the start of a key blob, or nullopt when the blob is not one.
std::optional<QString> sshKeyType(const QByteArray &keyBlob);

// What an OpenSSH private key file ("-----BEGIN OPENSSH PRIVATE KEY-----") says about itself.
struct OpenSshPrivateKeyInfo
{
    SshPublicKey publicKey;
    bool encrypted = false;  // protected by a passphrase
};

// Parses the unencrypted header of an OpenSSH private key; nullopt with a reason (for people, never
// containing key material) when it is not one.
std::optional<OpenSshPrivateKeyInfo> inspectOpenSshPrivateKey(const QByteArray &pem, QString *problem);

}
