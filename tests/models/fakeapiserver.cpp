#include "fakeapiserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace buttcloud::test {

namespace {
using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse errorResponse(Status status, const char *code, const QString &message = {})
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}}}},
        status);
}

QJsonObject bodyOf(const QHttpServerRequest &request)
{
    return QJsonDocument::fromJson(request.body()).object();
}
}

FakeApiServer::FakeApiServer()
{
    registerRoutes();
}

FakeApiServer::~FakeApiServer() = default;

bool FakeApiServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeApiServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeApiServer::addUser(const QString &email, const QString &password, Role role)
{
    m_users.insert(email, {password, role});
}

QString FakeApiServer::addPub(const QString &name, PubStatus status)
{
    const QString id = QStringLiteral("pub%1").arg(m_nextPub++, 9, 10, QLatin1Char('0'));
    m_pubs.prepend({id, name, status, QStringLiteral("2026-11-24T18:%1:00Z").arg(m_nextPub % 60, 2, 10, QLatin1Char('0'))});
    return id;
}

void FakeApiServer::setPubStatus(const QString &pubId, PubStatus status)
{
    if (const int index = indexOfPub(pubId); index >= 0)
        m_pubs[index].status = status;
}

void FakeApiServer::removePub(const QString &pubId)
{
    if (const int index = indexOfPub(pubId); index >= 0)
        m_pubs.removeAt(index);
}

QList<FakeApiServer::FakePub> FakeApiServer::pubs() const
{
    return m_pubs;
}

void FakeApiServer::expireAccessTokens()
{
    for (auto it = m_accessTokens.cbegin(); it != m_accessTokens.cend(); ++it)
        m_expiredAccessTokens.insert(it.key());
}

void FakeApiServer::setIssueExpiredTokens(bool expired)
{
    m_issueExpiredTokens = expired;
}

void FakeApiServer::revokeRefreshTokens()
{
    m_refreshTokens.clear();
}

void FakeApiServer::setBreakPubList(bool broken)
{
    m_breakPubList = broken;
}

int FakeApiServer::loginCount() const { return m_loginCount; }
int FakeApiServer::refreshCount() const { return m_refreshCount; }
int FakeApiServer::logoutCount() const { return m_logoutCount; }
int FakeApiServer::pubListCount() const { return m_pubListCount; }
bool FakeApiServer::lastRemoveData() const { return m_lastRemoveData; }
QString FakeApiServer::lastIssuedRefreshToken() const { return m_lastIssuedRefreshToken; }

int FakeApiServer::indexOfPub(const QString &pubId) const
{
    for (int i = 0; i < m_pubs.size(); ++i) {
        if (m_pubs.at(i).id == pubId)
            return i;
    }
    return -1;
}

QJsonObject FakeApiServer::grantFor(const QString &email)
{
    const QString accessToken = QStringLiteral("at-%1").arg(m_nextToken);
    const QString refreshToken = QStringLiteral("rt_%1").arg(m_nextToken++);
    m_accessTokens.insert(accessToken, email);
    if (m_issueExpiredTokens)
        m_expiredAccessTokens.insert(accessToken);
    m_refreshTokens.insert(refreshToken, email);
    m_lastIssuedRefreshToken = refreshToken;
    const FakeUser user = m_users.value(email);
    return {{QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("expiresIn"), 900},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("user00000001")},
                         {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("role"), roleName(user.role)},
                         {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T18:00:00Z")}}}};
}

QString FakeApiServer::authError(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    const QString token = QString::fromUtf8(header.mid(int(qstrlen("Bearer "))));
    if (!header.startsWith("Bearer ") || !m_accessTokens.contains(token))
        return QStringLiteral("unauthenticated");
    if (m_expiredAccessTokens.contains(token))
        return QStringLiteral("token_expired");
    return {};
}

QJsonObject FakeApiServer::pubJson(const FakePub &pub) const
{
    return {{QStringLiteral("id"), pub.id},
            {QStringLiteral("ownerId"), QStringLiteral("user00000001")},
            {QStringLiteral("name"), pub.name},
            {QStringLiteral("status"), pubStatusName(pub.status)},
            {QStringLiteral("desiredState"), pub.status == PubStatus::Down ? QStringLiteral("stopped") : QStringLiteral("running")},
            {QStringLiteral("statusMessage"), QString()},
            {QStringLiteral("image"), QStringLiteral("buttcloud/pub:16.0.1")},
            {QStringLiteral("node"), QStringLiteral("hub-1")},
            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), 20000 + int(indexOfPub(pub.id))},
            {QStringLiteral("address"), QStringLiteral("127.0.0.1:%1").arg(20001 + indexOfPub(pub.id))},
            {QStringLiteral("createdAt"), pub.createdAt},
            {QStringLiteral("updatedAt"), pub.createdAt}};
}

void FakeApiServer::registerRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/api/v1/auth/login"), Method::Post, [this](const QHttpServerRequest &request) {
        ++m_loginCount;
        const QJsonObject body = bodyOf(request);
        const QString email = body.value(QStringLiteral("email")).toString();
        if (!m_users.contains(email) || m_users.value(email).password != body.value(QStringLiteral("password")).toString())
            return errorResponse(Status::Unauthorized, "invalid_credentials", QStringLiteral("wrong email or password"));
        return QHttpServerResponse(grantFor(email));
    });

    m_server.route(QStringLiteral("/api/v1/auth/refresh"), Method::Post, [this](const QHttpServerRequest &request) {
        ++m_refreshCount;
        const QString token = bodyOf(request).value(QStringLiteral("refreshToken")).toString();
        if (!m_refreshTokens.contains(token))
            return errorResponse(Status::Unauthorized, "invalid_refresh_token");
        const QString email = m_refreshTokens.take(token); // single use
        return QHttpServerResponse(grantFor(email));
    });

    m_server.route(QStringLiteral("/api/v1/auth/logout"), Method::Post, [this](const QHttpServerRequest &request) {
        ++m_logoutCount;
        m_refreshTokens.remove(bodyOf(request).value(QStringLiteral("refreshToken")).toString());
        return QHttpServerResponse(Status::NoContent);
    });

    m_server.route(QStringLiteral("/api/v1/pubs"), Method::Get, [this](const QHttpServerRequest &request) {
        ++m_pubListCount;
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        if (m_breakPubList)
            return QHttpServerResponse(QJsonObject{{QStringLiteral("pubs"), QStringLiteral("not a list")}});
        QJsonArray pubs;
        for (const FakePub &pub : std::as_const(m_pubs))
            pubs.append(pubJson(pub));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("pubs"), pubs}});
    });

    m_server.route(QStringLiteral("/api/v1/pubs"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        if (m_users.value(m_accessTokens.value(QString::fromUtf8(request.value("Authorization").mid(7)))).role == Role::Support)
            return errorResponse(Status::Forbidden, "forbidden");
        const QString name = bodyOf(request).value(QStringLiteral("name")).toString();
        static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$"));
        if (!label.match(name).hasMatch())
            return errorResponse(Status::UnprocessableEntity, "validation_failed",
                                 QStringLiteral("name: must be 1 to 32 lowercase letters, digits or hyphens"));
        for (const FakePub &pub : std::as_const(m_pubs)) {
            if (pub.name == name)
                return errorResponse(Status::Conflict, "conflict", QStringLiteral("name taken"));
        }
        const QString id = addPub(name, PubStatus::Starting);
        return QHttpServerResponse(pubJson(m_pubs.at(indexOfPub(id))), Status::Created);
    });

    const auto pubAction = [this](const QString &id, const QHttpServerRequest &request, PubStatus newStatus) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        const int index = indexOfPub(id);
        if (index < 0)
            return errorResponse(Status::NotFound, "not_found");
        m_pubs[index].status = newStatus;
        QJsonObject pub = pubJson(m_pubs.at(index));
        if (newStatus == PubStatus::Removing) {
            m_lastRemoveData = request.query().queryItemValue(QStringLiteral("removeData")) == QLatin1String("true");
            m_pubs.removeAt(index); // the real server drops it once the service is gone
        }
        return QHttpServerResponse(pub, Status::Accepted);
    };
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/start"), Method::Post,
                   [pubAction](const QString &id, const QHttpServerRequest &request) { return pubAction(id, request, PubStatus::Starting); });
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/stop"), Method::Post,
                   [pubAction](const QString &id, const QHttpServerRequest &request) { return pubAction(id, request, PubStatus::Stopping); });
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>"), Method::Delete,
                   [pubAction](const QString &id, const QHttpServerRequest &request) { return pubAction(id, request, PubStatus::Removing); });
}

}
