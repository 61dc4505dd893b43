#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <variant>

namespace buttcloud {

// The certificate chain and private key buttcloudd serves HTTPS and WSS with (--tls-cert, --tls-key).
struct TlsIdentity
{
    QList<QSslCertificate> chain; // the server's certificate first, then intermediates
    QSslKey key;

    bool isNull() const { return chain.isEmpty(); }
};

// Reads PEM files and checks them: a message for people when a file is missing or unreadable, holds
// no certificate or key, the key is encrypted or readable by others, or does not belong to the
// certificate. The key's content never appears in a message.
std::variant<TlsIdentity, QString> loadTlsIdentity(const QString &certificatePath, const QString &keyPath);

// What the HTTP server's TLS listener uses: TLS 1.2 or newer, no client certificates.
QSslConfiguration serverSslConfiguration(const TlsIdentity &identity);

}
