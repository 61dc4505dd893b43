#include "fakeapiserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QWebSocket>
#include <cmath>
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

}

QJsonObject bodyOf(const QHttpServerRequest &request)
{
    return QJsonDocument::fromJson(request.body()).object();
}

FakeApiServer::FakeApiServer()
{
    registerRoutes();
    registerAccountRoutes();
    registerLiveRoutes();
    registerOperationsRoutes();
    registerUserRoutes();
    registerBillingRoutes();
    registerPubLogRoutes();
    registerCustodyRoutes();
    m_clock.start();
}

FakeApiServer::~FakeApiServer()
{
    // The sockets are children: delete them while the members their handlers touch still exist.
    for (const StreamClient &client : std::as_const(m_streamClients)) {
        client.socket->disconnect(this);
        delete client.socket;
    }
}

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
    m_users.insert(email, {password, role, true, QStringLiteral("user%1").arg(m_nextUser++, 8, 10, QLatin1Char('0')),
                           email.section(QLatin1Char('@'), 0, 0), false, {}});
}

void FakeApiServer::setEmailVerified(const QString &email, bool verified)
{
    m_users[email].emailVerified = verified;
}

bool FakeApiServer::isEmailVerified(const QString &email) const
{
    return m_users.value(email).emailVerified;
}

QString FakeApiServer::passwordOf(const QString &email) const
{
    return m_users.value(email).password;
}

QString FakeApiServer::issueVerificationToken(const QString &email)
{
    return issueUserToken(QStringLiteral("ve_"), email);
}

QString FakeApiServer::mailedResetToken(const QString &email) const
{
    return m_mailedResetTokens.value(email);
}

QStringList FakeApiServer::passwordResetRequests() const
{
    return m_passwordResetRequests;
}

QString FakeApiServer::issueUserToken(const QString &prefix, const QString &email)
{
    // Shaped like the server's: a prefix and 43 base64url characters.
    const QString token = prefix + QStringLiteral("Tok%1-").arg(m_nextToken++, 6, 10, QLatin1Char('0')).leftJustified(43, QLatin1Char('x'));
    m_userTokens.insert(token, {prefix, email});
    return token;
}

QString FakeApiServer::addPub(const QString &name, PubStatus status)
{
    const QString id = QStringLiteral("pub%1").arg(m_nextPub++, 9, 10, QLatin1Char('0'));
    m_pubs.prepend({id, name, status, QStringLiteral("2026-11-24T18:%1:00Z").arg(m_nextPub % 60, 2, 10, QLatin1Char('0')), {}});
    return id;
}

void FakeApiServer::setPubStatus(const QString &pubId, PubStatus status)
{
    if (const int index = indexOfPub(pubId); index >= 0) {
        m_pubs[index].status = status;
        sendPubChanged(pubId); // like the real server, watching clients hear of it at once
    }
}

void FakeApiServer::removePub(const QString &pubId)
{
    if (const int index = indexOfPub(pubId); index >= 0) {
        m_pubs.removeAt(index);
        sendPubRemoved(pubId);
    }
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
    return {{QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("expiresIn"), 900},
            {QStringLiteral("user"), userJson(email)}};
}

QJsonObject FakeApiServer::userJson(const QString &email) const
{
    const FakeUser user = m_users.value(email);
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), roleName(user.role)},
            {QStringLiteral("emailVerified"), user.emailVerified},
            {QStringLiteral("language"), QString()},
            {QStringLiteral("disabled"), user.disabled},
            {QStringLiteral("lastSignInAt"), user.lastSignInAt.isEmpty() ? QJsonValue() : QJsonValue(user.lastSignInAt)},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T18:00:00Z")}};
}

void FakeApiServer::registerAccountRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto invalidToken = [] {
        return errorResponse(Status::UnprocessableEntity, "validation_failed",
                             QStringLiteral("token: is not valid: it is unknown, used or expired"));
    };

    m_server.route(QStringLiteral("/api/v1/auth/password-reset"), Method::Post, [this](const QHttpServerRequest &request) {
        const QString email = bodyOf(request).value(QStringLiteral("email")).toString();
        m_passwordResetRequests.append(email);
        if (m_users.contains(email))
            m_mailedResetTokens.insert(email, issueUserToken(QStringLiteral("pr_"), email));
        return QHttpServerResponse(Status::Accepted);
    });

    m_server.route(QStringLiteral("/api/v1/auth/password-reset/confirm"), Method::Post,
                   [this, invalidToken](const QHttpServerRequest &request) {
        const QJsonObject body = bodyOf(request);
        const QString token = body.value(QStringLiteral("token")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (m_userTokens.value(token).prefix != QLatin1String("pr_"))
            return invalidToken();
        if (password.size() < 10)
            return errorResponse(Status::UnprocessableEntity, "validation_failed",
                                 QStringLiteral("password: must be at least 10 characters"));
        const QString email = m_userTokens.take(token).email; // single use
        m_users[email].password = password;
        m_users[email].emailVerified = true;
        m_refreshTokens.removeIf([&email](const auto &entry) { return entry.value() == email; });
        return QHttpServerResponse(Status::NoContent);
    });

    m_server.route(QStringLiteral("/api/v1/auth/verify-email"), Method::Post, [this, invalidToken](const QHttpServerRequest &request) {
        const QString token = bodyOf(request).value(QStringLiteral("token")).toString();
        if (m_userTokens.value(token).prefix != QLatin1String("ve_"))
            return invalidToken();
        m_users[m_userTokens.take(token).email].emailVerified = true;
        return QHttpServerResponse(Status::NoContent);
    });

    m_server.route(QStringLiteral("/api/v1/me"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        const QString token = QString::fromUtf8(request.value("Authorization").mid(int(qstrlen("Bearer "))));
        return QHttpServerResponse(userJson(m_accessTokens.value(token)));
    });
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
            {QStringLiteral("hubId"), pub.hubId},
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
        if (m_users.value(email).disabled)
            return errorResponse(Status::Forbidden, "account_disabled", QStringLiteral("this account is disabled"));
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
        m_lastCreatePubBody = bodyOf(request);
        const QString name = m_lastCreatePubBody.value(QStringLiteral("name")).toString();
        static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$"));
        if (!label.match(name).hasMatch())
            return errorResponse(Status::UnprocessableEntity, "validation_failed",
                                 QStringLiteral("name: must be 1 to 32 lowercase letters, digits or hyphens"));
        for (const FakePub &pub : std::as_const(m_pubs)) {
            if (pub.name == name)
                return errorResponse(Status::Conflict, "conflict", QStringLiteral("name taken"));
        }
        // With billing on, the subscription is made first; a refused one creates nothing.
        const bool billed = m_billingMode != QLatin1String("off");
        if (const QStringList refused = billed ? planRefusal(m_lastCreatePubBody) : QStringList(); !refused.isEmpty())
            return fakeErrorResponse(refused.at(0), refused.at(1));
        const QString id = addPub(name, PubStatus::Starting);
        if (billed)
            startSubscription(id, m_lastCreatePubBody.value(QStringLiteral("planId")).toString());
        sendPubChanged(id);
        QJsonObject pub = pubJson(m_pubs.at(indexOfPub(id)));
        pub.insert(QStringLiteral("job"), job(addJob(QStringLiteral("pub.create"), QStringLiteral("queued"), id)));
        return QHttpServerResponse(pub, Status::Created);
    });

    const auto pubAction = [this](const QString &id, const QHttpServerRequest &request, PubStatus newStatus) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        const int index = indexOfPub(id);
        if (index < 0)
            return errorResponse(Status::NotFound, "not_found");
        m_pubs[index].status = newStatus;
        QJsonObject pub = pubJson(m_pubs.at(index));
        const char *kind = newStatus == PubStatus::Removing ? "pub.delete"
                         : newStatus == PubStatus::Starting ? "pub.start" : "pub.stop";
        pub.insert(QStringLiteral("job"), job(addJob(QString::fromLatin1(kind), QStringLiteral("queued"), id)));
        if (newStatus == PubStatus::Removing) {
            m_lastRemoveData = request.query().queryItemValue(QStringLiteral("removeData")) == QLatin1String("true");
            removePub(id); // the real server drops it once the service is gone
        } else {
            sendPubChanged(id);
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

int FakeApiServer::statsRequestCount() const { return m_statsRequestCount; }
QString FakeApiServer::lastStatsQuery() const { return m_lastStatsQuery; }
int FakeApiServer::commandRunCount() const { return m_commandRunCount; }
QJsonObject FakeApiServer::lastCommandBody() const { return m_lastCommandBody; }
int FakeApiServer::streamConnectionCount() const { return m_streamConnectionCount; }
QList<qint64> FakeApiServer::streamConnectionTimes() const { return m_streamConnectionTimes; }
QStringList FakeApiServer::streamMessages() const { return m_streamMessages; }
void FakeApiServer::setRejectStreams(bool reject) { m_rejectStreams = reject; }

int FakeApiServer::openStreamCount() const
{
    return int(m_streamClients.size());
}

void FakeApiServer::dropStreams()
{
    const QList<StreamClient> clients = m_streamClients;
    for (const StreamClient &client : clients)
        client.socket->abort();
}

void FakeApiServer::closeStreams(quint16 code)
{
    const QList<StreamClient> clients = m_streamClients;
    for (const StreamClient &client : clients)
        client.socket->close(QWebSocketProtocol::CloseCode(code), QStringLiteral("closed by the test"));
}

QJsonObject FakeApiServer::sampleJson(const QDateTime &time, double cpuPercent)
{
    const double wave = 0.5 + 0.5 * std::sin(double(time.toSecsSinceEpoch()) / 30.0);
    return {{QStringLiteral("t"), time.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("cpuPercent"), cpuPercent},
            {QStringLiteral("cpuPercentOfLimit"), cpuPercent / 2},
            {QStringLiteral("memoryBytes"), 60.0 * 1048576 + wave * 8 * 1048576},
            {QStringLiteral("memoryLimitBytes"), 1024.0 * 1048576},
            {QStringLiteral("networkRxBytesPerSecond"), 400 + 300 * wave},
            {QStringLiteral("networkTxBytesPerSecond"), 900 - 300 * wave},
            {QStringLiteral("blockReadBytesPerSecond"), 0.0},
            {QStringLiteral("blockWriteBytesPerSecond"), 4096 * wave},
            {QStringLiteral("pids"), 11}};
}

void FakeApiServer::sendStats(const QString &pubId, const QJsonObject &sample)
{
    sendToSubscribers(QStringLiteral("pub.stats:") + pubId,
                      {{QStringLiteral("type"), QStringLiteral("stats")}, {QStringLiteral("pubId"), pubId},
                       {QStringLiteral("sample"), sample}});
}

void FakeApiServer::sendPubChanged(const QString &pubId)
{
    if (const int index = indexOfPub(pubId); index >= 0) {
        sendToSubscribers(QStringLiteral("pubs"),
                          {{QStringLiteral("type"), QStringLiteral("pub")}, {QStringLiteral("pub"), pubJson(m_pubs.at(index))}});
    }
}

void FakeApiServer::sendPubRemoved(const QString &pubId)
{
    sendToSubscribers(QStringLiteral("pubs"),
                      {{QStringLiteral("type"), QStringLiteral("pub.removed")}, {QStringLiteral("pubId"), pubId}});
}

void FakeApiServer::sendToSubscribers(const QString &topic, const QJsonObject &message)
{
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (const StreamClient &client : std::as_const(m_streamClients)) {
        if (client.authenticated && client.topics.contains(topic))
            client.socket->sendTextMessage(text);
    }
}

FakeApiServer::StreamClient *FakeApiServer::streamClient(QWebSocket *socket)
{
    for (StreamClient &client : m_streamClients) {
        if (client.socket == socket)
            return &client;
    }
    return nullptr;
}

void FakeApiServer::acceptStreams()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> connection = m_server.nextPendingWebSocketConnection();
        QWebSocket *socket = connection.release();
        socket->setParent(this);
        ++m_streamConnectionCount;
        m_streamConnectionTimes.append(m_clock.elapsed());
        if (m_rejectStreams) {
            socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("rejected"));
            socket->deleteLater();
            continue;
        }
        m_streamClients.append({socket, false, {}});
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onStreamMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_streamClients.removeIf([socket](const StreamClient &client) { return client.socket == socket; });
            socket->deleteLater();
        });
    }
}

void FakeApiServer::onStreamMessage(QWebSocket *socket, const QString &text)
{
    StreamClient *client = streamClient(socket);
    if (!client)
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    const QString topic = message.value(QStringLiteral("topic")).toString();
    const QString pubId = message.value(QStringLiteral("pubId")).toString();
    QStringList logged{type};
    if (!topic.isEmpty())
        logged.append(topic);
    if (!pubId.isEmpty())
        logged.append(pubId);
    m_streamMessages.append(logged.join(QLatin1Char(':')));

    const auto send = [socket](const QJsonObject &answer) {
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    };
    if (type == QLatin1String("auth")) {
        const QString token = message.value(QStringLiteral("token")).toString();
        if (!m_accessTokens.contains(token) || m_expiredAccessTokens.contains(token)) {
            socket->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("authentication required"));
            return;
        }
        client->authenticated = true;
        send({{QStringLiteral("type"), QStringLiteral("ready")},
              {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), m_accessTokens.value(token)}}}});
        return;
    }
    if (!client->authenticated) {
        socket->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("authentication required"));
        return;
    }
    const QString key = pubId.isEmpty() ? topic : topic + QLatin1Char(':') + pubId;
    if (type == QLatin1String("subscribe"))
        client->topics.insert(key);
    else if (type == QLatin1String("unsubscribe"))
        client->topics.remove(key);
    else if (type == QLatin1String("ping"))
        send({{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), message.value(QStringLiteral("id"))}});
}

void FakeApiServer::registerLiveRoutes()
{
    using Method = QHttpServerRequest::Method;

    // The WebSocket upgrade is taken over by QAbstractHttpServer; a plain GET gets 426.
    m_server.route(QStringLiteral("/api/v1/stream"), [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write(QHttpServerResponder::StatusCode(426));
    });
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &FakeApiServer::acceptStreams);

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/stats"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        ++m_statsRequestCount;
        m_lastStatsQuery = request.query().toString(QUrl::FullyDecoded);
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        if (indexOfPub(id) < 0)
            return errorResponse(Status::NotFound, "not_found");
        const QDateTime to = QDateTime::fromString(request.query().queryItemValue(QStringLiteral("to")), Qt::ISODate);
        const QDateTime from = QDateTime::fromString(request.query().queryItemValue(QStringLiteral("from")), Qt::ISODate);
        const int step = request.query().queryItemValue(QStringLiteral("step")).toInt();
        if (!from.isValid() || !to.isValid() || step < 1 || (step > 1 && step % 60 != 0) || from.secsTo(to) / step > 10000)
            return errorResponse(Status::UnprocessableEntity, "validation_failed", QStringLiteral("step"));
        QJsonArray points;
        // Raw samples are kept for 15 minutes, like the real server.
        const QDateTime oldest = step == 1 ? QDateTime::currentDateTimeUtc().addSecs(-15 * 60) : from;
        const qint64 first = std::max(from, oldest).toSecsSinceEpoch() / step * step;
        for (qint64 t = first; t <= to.toSecsSinceEpoch(); t += step) {
            const QDateTime time = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
            const QJsonObject sample = sampleJson(time, 10 + 8 * std::sin(double(t) / 45.0) + (t % 7 == 0 ? 20 : 0));
            if (step == 1) {
                points.append(sample);
                continue;
            }
            QJsonObject point{{QStringLiteral("t"), sample.value(QStringLiteral("t"))}};
            for (auto it = sample.begin(); it != sample.end(); ++it) {
                if (it.key() == QLatin1String("t"))
                    continue;
                const double value = it.value().toDouble();
                point.insert(it.key(), QJsonObject{{QStringLiteral("min"), value * 0.8}, {QStringLiteral("avg"), value},
                                                   {QStringLiteral("max"), value * 1.3}});
            }
            points.append(point);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("pubId"), id}, {QStringLiteral("step"), step},
                                               {QStringLiteral("points"), points}});
    });

    m_server.route(QStringLiteral("/api/v1/commands"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        const auto command = [](const char *name, bool readOnly, QJsonArray arguments = {}) {
            return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("description"), QStringLiteral("ssb-server ") + QString::fromLatin1(name)},
                               {QStringLiteral("readOnly"), readOnly}, {QStringLiteral("timeoutSeconds"), 30},
                               {QStringLiteral("arguments"), arguments}};
        };
        const QJsonObject uses{{QStringLiteral("name"), QStringLiteral("uses")}, {QStringLiteral("type"), QStringLiteral("integer")},
                               {QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 100},
                               {QStringLiteral("default"), 1}, {QStringLiteral("required"), false}};
        return QHttpServerResponse(QJsonObject{{QStringLiteral("commands"),
            QJsonArray{command("whoami", true), command("invite.create", false, QJsonArray{uses}),
                       command("status", true), command("version", true)}}});
    });

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/commands"), Method::Post, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorResponse(Status::Unauthorized, error.toLatin1().constData());
        ++m_commandRunCount;
        m_lastCommandBody = bodyOf(request);
        if (indexOfPub(id) < 0)
            return errorResponse(Status::NotFound, "not_found");
        const QString command = m_lastCommandBody.value(QStringLiteral("command")).toString();
        const QJsonObject arguments = m_lastCommandBody.value(QStringLiteral("arguments")).toObject();
        QString output;
        QJsonValue result;
        if (command == QLatin1String("whoami")) {
            const QString feed = QStringLiteral("@FAKEfeedIdForTests0000000000000000000000000=.ed25519");
            result = QJsonObject{{QStringLiteral("id"), feed}};
            output = QString::fromUtf8(QJsonDocument(result.toObject()).toJson());
        } else if (command == QLatin1String("invite.create")) {
            const int uses = arguments.value(QStringLiteral("uses")).toInt(1);
            if (uses < 1 || uses > 100)
                return errorResponse(Status::UnprocessableEntity, "validation_failed", QStringLiteral("uses: must be from 1 to 100"));
            result = QStringLiteral("127.0.0.1:20001:@FAKEfeedIdForTests0000000000000000000000000=.ed25519~FAKEinviteSeed%1=").arg(uses);
            output = QLatin1Char('"') + result.toString() + QStringLiteral("\"\n");
        } else if (command == QLatin1String("version") || command == QLatin1String("status")) {
            output = QStringLiteral("\"16.0.1\"\n");
            result = QStringLiteral("16.0.1");
        } else {
            return errorResponse(Status::UnprocessableEntity, "validation_failed", QStringLiteral("command: unknown"));
        }
        const QString commandId = QStringLiteral("cmd%1").arg(m_commandRunCount, 9, 10, QLatin1Char('0'));
        for (const StreamClient &client : std::as_const(m_streamClients)) {
            if (client.authenticated) {
                client.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("command.output")}, {QStringLiteral("commandId"), commandId},
                    {QStringLiteral("pubId"), id}, {QStringLiteral("stream"), QStringLiteral("stdout")},
                    {QStringLiteral("data"), output}}).toJson(QJsonDocument::Compact)));
            }
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("id"), commandId}, {QStringLiteral("pubId"), id}, {QStringLiteral("command"), command},
            {QStringLiteral("arguments"), arguments}, {QStringLiteral("exitCode"), 0}, {QStringLiteral("output"), output},
            {QStringLiteral("result"), result}, {QStringLiteral("timedOut"), false},
            {QStringLiteral("startedAt"), now}, {QStringLiteral("finishedAt"), now}});
    });
}

}
