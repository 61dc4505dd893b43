#pragma once

#include "models/job.h"
#include "models/result.h"
#include "wire/pubstatus.h"
#include "wire/roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace buttcloud {

struct User
{
    QString id;
    QString name;
    QString email;
    Role role = Role::Customer;
    // Servers before issue 6 do not say: their users count as verified, so nobody is nagged.
    bool emailVerified = true;
    QString language; // en, de, es or empty when unknown
    // In the accounts list (docs/api.md, "Users"); /me and sign-in answers may leave them out.
    bool disabled = false;
    QDateTime lastSignInAt; // invalid: never signed in
};

struct Pub
{
    QString id;
    QString ownerId;
    QString name;
    PubStatus status = PubStatus::None;
    PubDesiredState desiredState = PubDesiredState::Running;
    QString statusMessage;
    QString image;
    QString node;
    // The hub the pub is pinned to, or empty when swarm may place it anywhere.
    QString hubId;
    QString address;
    // The pub on the web, through the hub ingress; empty when the server has none (docs/pub-web.md).
    // Only http and https URLs are kept: they are opened in the user's browser.
    QUrl landingUrl;
    QUrl viewerUrl;
    QUrl gitUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Only in the answers to create, start, stop and delete: the job doing the work.
    std::optional<Job> job;

    bool operator==(const Pub &other) const = default;
};

// What login and refresh answer.
struct TokenGrant
{
    QString accessToken;
    QString refreshToken;
    User user;
};

// Parsers check every field the client relies on; a reply that fails them is reported as an
// invalid reply, never half-used. serverUrl only goes into the error message.
Result<User> parseUser(const QJsonObject &json, const QUrl &serverUrl);
Result<Pub> parsePub(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Pub>> parsePubList(const QJsonObject &json, const QUrl &serverUrl);
Result<TokenGrant> parseTokenGrant(const QJsonObject &json, const QUrl &serverUrl);

}
