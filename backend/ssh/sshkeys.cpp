#include "ssh/sshkeys.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace buttcloud {

namespace {

constexpr QLatin1StringView PemBegin("-----BEGIN OPENSSH PRIVATE KEY-----");
constexpr QLatin1StringView PemEnd("-----END OPENSSH PRIVATE KEY-----");
constexpr QByteArrayView OpenSshMagic("openssh-key-v1\0", 15);
constexpr quint32 MaxFieldLength = 16 * 1024;

// Reads SSH wire types (RFC 4251) from a buffer; any overrun makes it fail for good.
class WireReader
{
public:
    explicit WireReader(QByteArrayView data)
        : m_data(data)
    {
    }

    std::optional<quint32> uint32()
    {
        if (m_data.size() - m_offset < 4)
            return std::nullopt;
        const auto *bytes = reinterpret_cast<const uchar *>(m_data.data() + m_offset);
        m_offset += 4;
        return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
    }

    std::optional<QByteArray> string()
    {
        const std::optional<quint32> length = uint32();
        if (!length || *length > MaxFieldLength || m_data.size() - m_offset < qsizetype(*length))
            return std::nullopt;
        QByteArray value = m_data.sliced(m_offset, *length).toByteArray();
        m_offset += *length;
        return value;
    }

    bool skip(QByteArrayView prefix)
    {
        if (!m_data.sliced(m_offset).startsWith(prefix))
            return false;
        m_offset += prefix.size();
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_offset = 0;
};

}

QString SshPublicKey::fingerprint() const
{
    return sshFingerprint(blob);
}

QString sshFingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

bool isSshFingerprint(const QString &text)
{
    // 32 bytes in unpadded base64 are 43 characters, the last one of 16 (its low bits are zero).
    static const QRegularExpression pattern(QStringLiteral("^SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]$"));
    return pattern.match(text).hasMatch();
}

std::optional<QString> sshKeyType(const QByteArray &keyBlob)
{
    WireReader reader(keyBlob);
    const std::optional<QByteArray> type = reader.string();
    static const QRegularExpression typePattern(QStringLiteral("^[a-z0-9@.-]{1,64}$"));
    if (!type || !typePattern.match(QString::fromLatin1(*type)).hasMatch())
        return std::nullopt;
    return QString::fromLatin1(*type);
}

std::optional<OpenSshPrivateKeyInfo> inspectOpenSshPrivateKey(const QByteArray &pem, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString text = QString::fromLatin1(pem).trimmed();
    if (!text.startsWith(PemBegin) || !text.endsWith(PemEnd))
        return refuse(QStringLiteral("expected an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----)"));
    QString body = text.mid(PemBegin.size(), text.size() - PemBegin.size() - PemEnd.size());
    body.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return refuse(QStringLiteral("the key is not valid base64"));

    WireReader reader(*decoded);
    if (!reader.skip(OpenSshMagic))
        return refuse(QStringLiteral("the key is not in the openssh-key-v1 format"));
    const std::optional<QByteArray> cipher = reader.string();
    const std::optional<QByteArray> kdf = reader.string();
    const std::optional<QByteArray> kdfOptions = reader.string();
    const std::optional<quint32> keyCount = reader.uint32();
    const std::optional<QByteArray> publicBlob = reader.string();
    if (!cipher || !kdf || !kdfOptions || !keyCount || !publicBlob)
        return refuse(QStringLiteral("the key is truncated"));
    if (*keyCount != 1)
        return refuse(QStringLiteral("the file must hold exactly one key"));
    const std::optional<QString> type = sshKeyType(*publicBlob);
    if (!type)
        return refuse(QStringLiteral("the key's public part is malformed"));
    OpenSshPrivateKeyInfo info;
    info.publicKey = SshPublicKey{*type, *publicBlob};
    info.encrypted = *cipher != "none";
    return info;
}

}
