#include "core/tlsidentity.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace buttcloud {

namespace {
template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using Bio = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using X509Pointer = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using KeyPointer = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;

// OpenSSL's default asks for a passphrase on the terminal; a server must not.
int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

// Qt has no way to tell whether a key belongs to a certificate: OpenSSL's own check does.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const Bio certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    const Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    const X509Pointer certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, refusePassphrase, nullptr));
    const KeyPointer key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr));
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

std::variant<QByteArray, QString> readFile(const QString &option, const QString &path, bool secret)
{
    if (path.isEmpty())
        return QStringLiteral("--%1 is empty").arg(option);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read --%1 %2: %3").arg(option, path, file.errorString());
    if (secret && (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)))
        return QStringLiteral("--%1 %2 is readable by others: chmod 600 it").arg(option, path);
    return file.readAll();
}
}

std::variant<TlsIdentity, QString> loadTlsIdentity(const QString &certificatePath, const QString &keyPath)
{
    std::variant<QByteArray, QString> certificatePem = readFile(QStringLiteral("tls-cert"), certificatePath, false);
    if (auto *error = std::get_if<QString>(&certificatePem))
        return *error;
    std::variant<QByteArray, QString> keyPem = readFile(QStringLiteral("tls-key"), keyPath, true);
    if (auto *error = std::get_if<QString>(&keyPem))
        return *error;
    const QByteArray &certificateText = std::get<QByteArray>(certificatePem);
    const QByteArray &keyText = std::get<QByteArray>(keyPem);

    TlsIdentity identity;
    identity.chain = QSslCertificate::fromData(certificateText, QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.first().isNull())
        return QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(certificatePath);
    if (keyText.contains("ENCRYPTED"))
        return QStringLiteral("--tls-key %1 is encrypted: give the key without a passphrase (chmod 600)").arg(keyPath);
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        identity.key = QSslKey(keyText, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!identity.key.isNull())
            break;
    }
    if (identity.key.isNull())
        return QStringLiteral("--tls-key %1 holds no PEM private key (RSA or EC)").arg(keyPath);
    if (!keyMatchesCertificate(identity.chain.first().toPem(), keyText))
        return QStringLiteral("--tls-key %1 does not belong to the certificate in --tls-cert %2").arg(keyPath, certificatePath);
    return identity;
}

QSslConfiguration serverSslConfiguration(const TlsIdentity &identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(identity.chain);
    configuration.setPrivateKey(identity.key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

}
