#include "hubs/privatekeyseal.h"

#include "core/random.h"

#include <sodium.h>

namespace buttcloud {

namespace {
constexpr QLatin1StringView Version("v1:");
constexpr QByteArrayView Context("buttcloud hub ssh private key v1:");
}

PrivateKeySeal::PrivateKeySeal(QByteArray serverKey)
    : m_serverKey(std::move(serverKey))
{
    ensureSodiumInitialised();
    if (m_serverKey.size() < int(crypto_generichash_KEYBYTES_MIN) || m_serverKey.size() > int(crypto_generichash_KEYBYTES_MAX))
        throw std::invalid_argument("the server key has the wrong size for sealing");
}

PrivateKeySeal::~PrivateKeySeal()
{
    sodium_memzero(m_serverKey.data(), size_t(m_serverKey.size()));
}

QByteArray PrivateKeySeal::keyFor(const QString &hubId) const
{
    // BLAKE2b keyed with the server key over a fixed context and the hub id.
    const QByteArray message = Context.toByteArray() + hubId.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                       reinterpret_cast<const unsigned char *>(m_serverKey.constData()), size_t(m_serverKey.size()));
    return key;
}

QString PrivateKeySeal::seal(const QString &hubId, const QByteArray &privateKey) const
{
    QByteArray key = keyFor(hubId);
    QByteArray sealed = randomBytes(crypto_secretbox_NONCEBYTES);
    sealed.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + privateKey.size());
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(privateKey.constData()),
                          size_t(privateKey.size()), nonce, reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    return Version + QString::fromLatin1(sealed.toBase64());
}

std::optional<QByteArray> PrivateKeySeal::unseal(const QString &hubId, const QString &sealed) const
{
    if (!sealed.startsWith(Version))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(Version.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (!decoded || decoded.decoded.size() <= overhead)
        return std::nullopt;
    QByteArray key = keyFor(hubId);
    QByteArray opened(decoded.decoded.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
    const bool ok = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(opened.data()), nonce + crypto_secretbox_NONCEBYTES,
                                               size_t(decoded.decoded.size() - crypto_secretbox_NONCEBYTES), nonce,
                                               reinterpret_cast<const unsigned char *>(key.constData())) == 0;
    sodium_memzero(key.data(), size_t(key.size()));
    if (!ok)
        return std::nullopt;
    return opened;
}

}
