#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace buttcloud {

// Seals hubs' SSH private keys for the database with libsodium's secretbox, under a key derived from
// the server key and the hub's id: a sealed key only opens for the hub it was sealed for, and any
// change to it is detected. Text out, so it fits a TEXT column: "v1:" + base64(nonce | box).
class PrivateKeySeal final
{
public:
    explicit PrivateKeySeal(QByteArray serverKey);
    ~PrivateKeySeal();
    PrivateKeySeal(const PrivateKeySeal &) = delete;
    PrivateKeySeal &operator=(const PrivateKeySeal &) = delete;
    PrivateKeySeal(PrivateKeySeal &&) = default;

    QString seal(const QString &hubId, const QByteArray &privateKey) const;
    // nullopt when sealed is malformed, was sealed for another hub or with another server key, or was
    // changed. The caller wipes the result (sodium_memzero) once the connection no longer needs it.
    std::optional<QByteArray> unseal(const QString &hubId, const QString &sealed) const;

private:
    QByteArray keyFor(const QString &hubId) const;

    QByteArray m_serverKey;
};

}
