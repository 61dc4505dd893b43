#include "http/apiserver.h"

#include "auth/authservice.h"
#include "core/logging.h"
#include "http/apierror.h"
#include "store/database.h"
#include "wire/errorcodes.h"
#include "wire/version.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>

namespace buttcloud {

namespace {
const QString PathArgument = QStringLiteral("<arg>");

QString methodName(const QHttpServerRequest &request)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
}

// What the access log names a request by. Path only: no query, headers or body, so no token or
// password ever reaches the log.
QString accessLogName(const QHttpServerRequest &request)
{
    return methodName(request) + u' ' + request.url().path();
}

void logAccess(const QString &name, int status, const QElapsedTimer &timer, const char *note = nullptr)
{
    const QString line = QStringLiteral("%1 %2 %3 ms").arg(name).arg(status).arg(timer.elapsed());
    qCInfo(lcHttp).noquote() << (note ? line + u' ' + QLatin1String(note) : line);
}

void logAccess(const QHttpServerRequest &request, int status, const QElapsedTimer &timer)
{
    logAccess(accessLogName(request), status, timer);
}

QString bearerToken(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            continue;
        // The scheme is case-insensitive (RFC 9110); the token is everything after it.
        if (value.size() <= 7 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
            throw ApiError::unauthenticated(QStringLiteral("the Authorization header must be \"Bearer <accessToken>\""));
        return QString::fromLatin1(value.mid(7).trimmed());
    }
    throw ApiError::unauthenticated();
}

}

QHttpServerResponse errorResponse(const char *code, const QString &message)
{
    return errorResponse(ApiError(code, message));
}

QHttpServerResponse errorResponse(const ApiError &error)
{
    const QJsonObject body{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QLatin1String(error.code())},
                                                                 {QStringLiteral("message"), error.message()}}}};
    const int status = error.httpStatus();
    QHttpServerResponse response(body, QHttpServerResponse::StatusCode(status));
    if (status == 401)
        response.addHeader("WWW-Authenticate", "Bearer");
    if (error.retryAfterSeconds() > 0)
        response.addHeader("Retry-After", QByteArray::number(error.retryAfterSeconds()));
    return response;
}

RequestContext::RequestContext(const QHttpServerRequest &request, const std::optional<UserRecord> &caller,
                               const RoutePolicy &policy, const QString &pathId)
    : m_request(request)
    , m_caller(caller)
    , m_policy(policy)
    , m_pathId(pathId)
{
}

const QHttpServerRequest &RequestContext::request() const
{
    return m_request;
}

const UserRecord &RequestContext::caller() const
{
    if (!m_caller)
        throw std::logic_error("a public route asked for its caller");
    return *m_caller;
}

QString RequestContext::pathId() const
{
    return m_pathId;
}

JsonRequest RequestContext::json() const
{
    return JsonRequest(m_request.body());
}

void RequestContext::authorizeResource(const QString &ownerId) const
{
    checkAccess(m_policy, caller(), ownerId);
}

ApiServer::ApiServer(ApiServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_server(std::make_unique<QHttpServer>())
{
    registerHealthRoute();
    registerAuthRoutes();
    registerUserRoutes();
    registerPubRoutes();
    registerCommandRoutes();
    registerStreamRoute();
    registerStatsRoutes();
    registerHubRoutes();
    registerMailRoutes();
    registerJobRoutes();
    registerOrchestratorRoutes();
    registerBillingRoutes();
    registerLogRoutes();
    registerCustodyRoutes();
    registerRolloutRoutes();
    registerBackupRoutes();
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        answerUnrouted(request, std::move(responder));
    });
}

ApiServer::~ApiServer() = default;

void ApiServer::useTls(const QSslConfiguration &configuration)
{
    m_server->sslSetup(configuration);
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    return quint16(m_server->listen(address, port));
}

void ApiServer::setHubs(HubController *hubs)
{
    m_services.hubs = hubs;
}

void ApiServer::setLogSource(PubLogSource *logs)
{
    m_services.logs = logs;
}

void ApiServer::rememberPath(const QString &path)
{
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QRegularExpression::escape(PathArgument), QStringLiteral("[^/]+"));
    const QRegularExpression known(QLatin1Char('^') + pattern + QLatin1Char('$'));
    if (!m_knownPaths.contains(known))
        m_knownPaths.append(known);
}

namespace {
// Method is ApiServer's (private) enum, deduced here.
template<typename Method>
QHttpServerRequest::Method toQtMethod(Method method)
{
    return method == Method::Get   ? QHttpServerRequest::Method::Get
         : method == Method::Post  ? QHttpServerRequest::Method::Post
         : method == Method::Patch ? QHttpServerRequest::Method::Patch
                                   : QHttpServerRequest::Method::Delete;
}
}

void ApiServer::addAsyncRoute(const QString &path, const RoutePolicy &policy, AsyncHandler handler, Method method)
{
    rememberPath(path);
    // respond() does the body limit, authentication, role check and error mapping; the handler's
    // synchronous part runs inside it, and only a handler that got as far as starting answers later.
    // (QHttpServer 6.4's QFuture responses crash when the future is fulfilled from a QPromise; the
    // responder is kept instead, and the socket guarded: the client may leave before the answer.)
    // The access log shows the status really sent, when it is sent: not the 202 of the started handler.
    const auto start = [this, policy, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder,
                                               const QString &id) {
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = pending->socket();
        QElapsedTimer timer;
        timer.start();
        bool started = false;
        QHttpServerResponse now = respond(request, policy, [&](const RequestContext &context) {
            handler(context, [pending, socket, timer, name = accessLogName(request)](QHttpServerResponse response) {
                const int status = int(response.statusCode());
                if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                    return logAccess(name, status, timer, "(not sent: the client left)");
                response.write(std::move(*pending));
                logAccess(name, status, timer);
            });
            started = true;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted); // not sent: the reply is
        }, id);
        if (!started) {
            logAccess(request, int(now.statusCode()), timer);
            now.write(std::move(*pending));
        }
    };
    if (path.contains(PathArgument)) {
        m_server->route(path, toQtMethod(method),
                        [start](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                            start(request, std::move(responder), id);
                        });
    } else {
        m_server->route(path, toQtMethod(method),
                        [start](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                            start(request, std::move(responder), QString());
                        });
    }
}

void ApiServer::addDownloadRoute(const QString &path, const RoutePolicy &policy, DownloadHandler handler)
{
    rememberPath(path);
    if (path.count(PathArgument) == 1) {
        m_server->route(path, QHttpServerRequest::Method::Get,
                        [this, policy, handler](const QString &id, const QHttpServerRequest &request,
                                                QHttpServerResponder &&responder) {
            sendDownload(request, std::move(responder), policy, handler, id, QString());
        });
        return;
    }
    m_server->route(path, QHttpServerRequest::Method::Get,
                    [this, policy, handler](const QString &id, const QString &itemId, const QHttpServerRequest &request,
                                            QHttpServerResponder &&responder) {
        sendDownload(request, std::move(responder), policy, handler, id, itemId);
    });
}

void ApiServer::sendDownload(const QHttpServerRequest &request, QHttpServerResponder &&responder, const RoutePolicy &policy,
                             const DownloadHandler &handler, const QString &id, const QString &itemId) const
{
    QElapsedTimer timer;
    timer.start();
    Download download;
    QHttpServerResponse refusal = respond(request, policy, [&](const RequestContext &context) {
        download = handler(context, itemId);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok); // not sent: the file is
    }, id);
    if (!download.body) {
        logAccess(request, int(refusal.statusCode()), timer);
        refusal.write(std::move(responder));
        return;
    }
    logAccess(request, 200, timer);
    const QByteArray disposition = "attachment; filename=\"" + download.fileName + '"';
    responder.write(download.body.release(), {{"Content-Type", download.contentType},
                                              {"Content-Disposition", disposition},
                                              {"Cache-Control", "no-store"}});
}

void ApiServer::addRoute(const QString &path, Method method, const RoutePolicy &policy, Handler handler,
                         qsizetype maxBodyBytes)
{
    rememberPath(path);

    const QHttpServerRequest::Method qtMethod = toQtMethod(method);
    // Two lambda types in all: QHttpServer's route templates are instantiated twice, not per route.
    if (path.contains(PathArgument)) {
        m_server->route(path, qtMethod, [this, policy, handler, maxBodyBytes](const QString &id, const QHttpServerRequest &request) {
            return dispatch(request, policy, handler, id, maxBodyBytes);
        });
    } else {
        m_server->route(path, qtMethod, [this, policy, handler, maxBodyBytes](const QHttpServerRequest &request) {
            return dispatch(request, policy, handler, QString(), maxBodyBytes);
        });
    }
}

QHttpServerResponse ApiServer::dispatch(const QHttpServerRequest &request, const RoutePolicy &policy,
                                        const Handler &handler, const QString &pathId, qsizetype maxBodyBytes) const
{
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponse response = respond(request, policy, handler, pathId, maxBodyBytes);
    logAccess(request, int(response.statusCode()), timer);
    return response;
}

QHttpServerResponse ApiServer::respond(const QHttpServerRequest &request, const RoutePolicy &policy,
                                       const Handler &handler, const QString &pathId, qsizetype maxBodyBytes) const
{
    try {
        if (request.body().size() > maxBodyBytes) {
            return errorResponse(ErrorCode::PayloadTooLarge,
                                 QStringLiteral("the body is over %1 KiB").arg(maxBodyBytes / 1024));
        }
        std::optional<UserRecord> caller;
        if (!policy.isPublic) {
            caller = m_services.auth.authenticate(bearerToken(request));
            checkAccess(policy, *caller, std::nullopt);
        }
        return handler(RequestContext(request, caller, policy, pathId));
    } catch (const ApiError &error) {
        return errorResponse(error);
    } catch (const std::exception &error) {
        qCCritical(lcHttp).noquote() << accessLogName(request) << "failed:" << error.what();
        return errorResponse(ErrorCode::Internal, QStringLiteral("internal error; the server log has details"));
    }
}

void ApiServer::answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder) const
{
    QElapsedTimer timer;
    timer.start();
    const QString path = request.url().path();
    const bool knownPath = std::any_of(m_knownPaths.cbegin(), m_knownPaths.cend(),
                                       [&path](const QRegularExpression &known) { return known.match(path).hasMatch(); });
    QHttpServerResponse response = knownPath
        ? errorResponse(ErrorCode::MethodNotAllowed, QStringLiteral("%1 does not accept %2").arg(path, methodName(request)))
        : errorResponse(ErrorCode::NotFound, QStringLiteral("no such path"));
    logAccess(request, int(response.statusCode()), timer);
    response.write(std::move(responder));
}

void ApiServer::registerHealthRoute()
{
    addRoute(QStringLiteral("/healthz"), Method::Get, RoutePolicy::publicRoute(), [this](const RequestContext &) {
        const bool databaseOk = m_services.database.isHealthy();
        const bool engineOk = m_services.engineReachable && m_services.engineReachable();
        const QJsonObject body{
            {QStringLiteral("status"), databaseOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
            {QStringLiteral("version"), QLatin1String(ProjectVersion)},
            {QStringLiteral("database"), databaseOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
            {QStringLiteral("engine"), engineOk ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        };
        // Without its database the API cannot serve anything: take it out of the load balancer.
        return QHttpServerResponse(body, databaseOk ? QHttpServerResponse::StatusCode::Ok
                                                    : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

}
