#include "models/apitypes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace buttcloud {

namespace {
QString stringField(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// Missing or malformed times stay invalid rather than failing the whole pub: they are shown only.
QDateTime timeField(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(stringField(json, key), Qt::ISODate);
}

ApiError invalid(const QUrl &serverUrl)
{
    return invalidReplyError(serverUrl, 200);
}
}

Result<User> parseUser(const QJsonObject &json, const QUrl &serverUrl)
{
    User user;
    user.id = stringField(json, "id");
    user.name = stringField(json, "name");
    user.email = stringField(json, "email");
    const std::optional<Role> role = roleFromName(stringField(json, "role"));
    if (!isValidId(user.id) || user.email.isEmpty() || !role)
        return invalid(serverUrl);
    user.role = *role;
    return user;
}

Result<Pub> parsePub(const QJsonObject &json, const QUrl &serverUrl)
{
    Pub pub;
    pub.id = stringField(json, "id");
    pub.ownerId = stringField(json, "ownerId");
    pub.name = stringField(json, "name");
    const std::optional<PubStatus> status = pubStatusFromName(stringField(json, "status"));
    const std::optional<PubDesiredState> desired = pubDesiredStateFromName(stringField(json, "desiredState"));
    if (!isValidId(pub.id) || pub.name.isEmpty() || !status || !desired)
        return invalid(serverUrl);
    pub.status = *status;
    pub.desiredState = *desired;
    pub.statusMessage = stringField(json, "statusMessage");
    pub.image = stringField(json, "image");
    pub.node = stringField(json, "node");
    pub.address = stringField(json, "address");
    pub.createdAt = timeField(json, "createdAt");
    pub.updatedAt = timeField(json, "updatedAt");
    return pub;
}

Result<QList<Pub>> parsePubList(const QJsonObject &json, const QUrl &serverUrl)
{
    const QJsonValue pubsValue = json.value(QLatin1String("pubs"));
    if (!pubsValue.isArray())
        return invalid(serverUrl);
    QList<Pub> pubs;
    for (const QJsonValue &entry : pubsValue.toArray()) {
        Result<Pub> pub = parsePub(entry.toObject(), serverUrl);
        if (!pub.ok())
            return pub.error();
        pubs.append(pub.value());
    }
    return pubs;
}

Result<TokenGrant> parseTokenGrant(const QJsonObject &json, const QUrl &serverUrl)
{
    TokenGrant grant;
    grant.accessToken = stringField(json, "accessToken");
    grant.refreshToken = stringField(json, "refreshToken");
    if (grant.accessToken.isEmpty() || grant.refreshToken.isEmpty())
        return invalid(serverUrl);
    Result<User> user = parseUser(json.value(QLatin1String("user")).toObject(), serverUrl);
    if (!user.ok())
        return user.error();
    grant.user = user.value();
    return grant;
}

}
