#pragma once

#include "http/accesspolicy.h"
#include "http/jsonrequest.h"
#include "store/records.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QIODevice;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QSslConfiguration;

namespace buttcloud {

class ApiError;
class AuthService;
class BillingService;
class CommandRelay;
class StreamHub;
class StatsCollector;
class Database;
class HubController;
class JobWorker;
class Orchestrator;
class PubController;
class PubLogSource;
class PubBackups;
class PubCustody;
class PubMove;
class RolloutController;
class StripeWebhook;

// What a handler gets once the route wrapper has authenticated the caller and checked the route.
class RequestContext final
{
public:
    RequestContext(const QHttpServerRequest &request, const std::optional<UserRecord> &caller,
                   const RoutePolicy &policy, const QString &pathId);

    const QHttpServerRequest &request() const;
    // The signed-in user, role as stored now. Only on non-public routes.
    const UserRecord &caller() const;
    // The {id} segment of the path, empty when the route has none.
    QString pathId() const;
    JsonRequest json() const;
    // Applies the route's policy to a loaded resource (checkAccess with its owner).
    void authorizeResource(const QString &ownerId) const;

private:
    const QHttpServerRequest &m_request;
    const std::optional<UserRecord> &m_caller;
    const RoutePolicy &m_policy;
    QString m_pathId;
};

struct ApiServices
{
    const Database &database;
    const AuthService &auth;
    PubController &pubs;
    std::function<bool()> engineReachable; // the latest engine ping's result, for /healthz
    CommandRelay *commands = nullptr;       // command routes answer 503 without one
    StreamHub *stream = nullptr;            // takes /api/v1/stream's WebSockets
    StatsCollector *stats = nullptr;        // samples and history for the stats route
    HubController *hubs = nullptr;          // hub routes answer 503 without one (see setHubs)
    JobWorker *jobs = nullptr;              // woken when an admin queues a job again
    Orchestrator *orchestrator = nullptr;   // the reconcile plan and capacity routes
    const StripeWebhook *stripeWebhook = nullptr; // with --billing stripe; the webhook answers 404 without
    BillingService *billing = nullptr;            // subscriptions and payments; billing off without
    PubLogSource *logs = nullptr;           // the logs route answers 503 without one (see setLogSource)
    PubCustody *custody = nullptr;          // export, import and move; those routes answer 503 without
    RolloutController *rollouts = nullptr;  // fleet upgrades; their changes answer 503 without
    PubBackups *backups = nullptr;          // backups of removed pubs; those routes answer 503 without
    PubMove *move = nullptr;                // pub moves between hubs; the move route answers 503 without
};

// The REST API of docs/api.md on QHttpServer. Every route goes through one wrapper: body limit,
// authentication, the role check, error mapping and the access log. Unknown paths answer 404 and
// known paths with another method 405, both as JSON.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    explicit ApiServer(ApiServices services, QObject *parent = nullptr);
    ~ApiServer() override;

    // Serves HTTPS and WSS instead of HTTP and WS (plain HTTP is then refused). Before listen().
    void useTls(const QSslConfiguration &configuration);
    // The bound port, or 0 when listening failed. Port 0 picks a free one.
    quint16 listen(const QHostAddress &address, quint16 port);
    // The hub service lives with the Docker engine, outside the core: attached once it exists.
    void setHubs(HubController *hubs);
    // Pubs' output comes from the Docker engine, outside the core: attached once it exists.
    void setLogSource(PubLogSource *logs);

private:
    using Handler = std::function<QHttpServerResponse(const RequestContext &context)>;
    // A file to send as the answer, streamed from disk (the responder takes the device).
    struct Download
    {
        std::unique_ptr<QIODevice> body;
        QByteArray contentType;
        QByteArray fileName;
    };
    // Gets the route's second path argument (the first is RequestContext::pathId()).
    using DownloadHandler = std::function<Download(const RequestContext &context, const QString &itemId)>;
    // Answers a request later, at most once; dropped when the client has gone meanwhile.
    using Reply = std::function<void(QHttpServerResponse response)>;
    // Checks synchronously (throwing ApiError, mapped as usual); once it returns, it owns reply.
    using AsyncHandler = std::function<void(const RequestContext &context, Reply reply)>;
    enum class Method { Get, Post, Patch, Delete };

    void registerHealthRoute();
    void registerAuthRoutes();
    void registerUserRoutes();
    void registerPubRoutes();
    void registerCommandRoutes();
    void registerStreamRoute();
    void registerStatsRoutes();
    void registerHubRoutes();
    void registerMailRoutes();
    void registerJobRoutes();
    void registerOrchestratorRoutes();
    void registerBillingRoutes();
    void registerLogRoutes();
    void registerCustodyRoutes();
    void registerRolloutRoutes();
    void registerBackupRoutes();
    // path may hold one "<arg>" segment, handed to the handler as RequestContext::pathId(). A body
    // over maxBodyBytes is refused with 413 before authentication.
    void addRoute(const QString &path, Method method, const RoutePolicy &policy, Handler handler,
                  qsizetype maxBodyBytes = MaxBodyBytes);
    // A GET route with one or two "<arg>" segments answering with a streamed file; same wrapper as
    // addRoute. The handler gets the second segment (empty with one).
    void addDownloadRoute(const QString &path, const RoutePolicy &policy, DownloadHandler handler);
    void sendDownload(const QHttpServerRequest &request, QHttpServerResponder &&responder, const RoutePolicy &policy,
                      const DownloadHandler &handler, const QString &id, const QString &itemId) const;
    // A route whose answer comes later (a command running in a pub, logs read from Docker); same
    // wrapper as addRoute.
    void addAsyncRoute(const QString &path, const RoutePolicy &policy, AsyncHandler handler,
                       Method method = Method::Post);
    void rememberPath(const QString &path);
    // respond() plus the access log line.
    QHttpServerResponse dispatch(const QHttpServerRequest &request, const RoutePolicy &policy,
                                 const Handler &handler, const QString &pathId, qsizetype maxBodyBytes) const;
    // Body limit, authentication, role check, the handler and error mapping; logs nothing.
    QHttpServerResponse respond(const QHttpServerRequest &request, const RoutePolicy &policy,
                                const Handler &handler, const QString &pathId,
                                qsizetype maxBodyBytes = MaxBodyBytes) const;
    void answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;

    ApiServices m_services;
    std::unique_ptr<QHttpServer> m_server;
    QList<QRegularExpression> m_knownPaths; // to tell 405 from 404
};

// Loads the pub of the path and applies the route's policy to it: 404 for strangers (pubroutes.cpp).
PubRecord loadAuthorizedPub(const Database &database, const RequestContext &context);
// A subscription as the API shows it: the row, its plan, the pay link and the pub's billing timeline
// (billingroutes.cpp).
QJsonObject subscriptionJson(const Database &database, const SubscriptionRecord &subscription);

// The one place an error becomes a response: status from httpStatusFor, body {"error":{...}}.
QHttpServerResponse errorResponse(const char *code, const QString &message);
// The same for a thrown error, with its own status (payment_unavailable may be 502 or 503) and its
// Retry-After header when it has one (rate_limited).
QHttpServerResponse errorResponse(const ApiError &error);

}
