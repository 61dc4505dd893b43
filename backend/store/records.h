#pragma once

#include "wire/pubstatus.h"
#include "wire/roles.h"

#include <QString>

namespace buttcloud {

// Rows as the store reads and writes them. Times are epoch milliseconds (BIGINT), as in the schema.

struct UserRecord
{
    QString id;
    QString name;
    QString email;         // lowercased
    QString passwordHash;  // argon2id string, never leaves the server
    Role role = Role::Customer;
    qint64 createdAt = 0;
};

struct RefreshTokenRecord
{
    QString id;
    QByteArray tokenHash;  // SHA-256 of the token; the token itself is never stored
    QString familyId;      // every token of one sign-in shares it
    QString userId;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;     // 0 while unused
    bool revoked = false;
};

struct PubRecord
{
    QString id;
    QString ownerId;
    QString name;
    PubDesiredState desiredState = PubDesiredState::Running;
    PubStatus status = PubStatus::None;
    QString statusMessage;
    QString image;
    QString node;
    QString host;
    quint16 port = 0;
    QString serviceId;
    bool removeData = false;  // asked with the delete; kept so a retried removal still honours it
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

}
