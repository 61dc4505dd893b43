#include "models/apitypes.h"

#include "models/jsonfields.h"

#include <QJsonArray>

namespace buttcloud {

namespace {
ApiError invalid(const QUrl &serverUrl)
{
    return invalidReplyError(serverUrl, 200);
}

// A web link the server sent, or an empty URL when it is absent, null or anything but http(s) with a
// host: a link is handed to the desktop to open, so a file: or custom-scheme URL is never kept.
QUrl webUrlField(const QJsonObject &json, const char *key)
{
    const QUrl url(stringField(json, key), QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
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
    user.emailVerified = json.value(QLatin1String("emailVerified")).toBool(true);
    user.language = stringField(json, "language");
    user.disabled = json.value(QLatin1String("disabled")).toBool(false);
    user.lastSignInAt = timeField(json, "lastSignInAt");
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
    pub.hubId = stringField(json, "hubId");
    if (!isValidOptionalId(pub.hubId))
        return invalid(serverUrl);
    pub.address = stringField(json, "address");
    pub.landingUrl = webUrlField(json, "landingUrl");
    pub.viewerUrl = webUrlField(json, "viewerUrl");
    pub.gitUrl = webUrlField(json, "gitUrl");
    pub.createdAt = timeField(json, "createdAt");
    pub.updatedAt = timeField(json, "updatedAt");
    // The job that carries out a create, start, stop or delete (docs/api.md, "Jobs").
    if (const QJsonValue job = json.value(QLatin1String("job")); job.isObject()) {
        Result<Job> parsedJob = parseJob(job.toObject(), serverUrl);
        if (!parsedJob.ok())
            return parsedJob.error();
        pub.job = parsedJob.value();
    }
    return pub;
}

Result<QList<Pub>> parsePubList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Pub>(json, "pubs", serverUrl, parsePub);
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
