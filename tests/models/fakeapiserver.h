#pragma once

#include "wire/pubstatus.h"
#include "wire/roles.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QUrl>
#include <optional>

class QHttpServerRequest;
class QWebSocket;

namespace buttcloud::test {

// An error answer in the contract's shape with the status that goes with code (fakeoperationsroutes.cpp).
QHttpServerResponse fakeErrorResponse(const QString &code, const QString &message = {});
// A request's JSON object body; empty when it has none.
QJsonObject bodyOf(const QHttpServerRequest &request);

// A small in-process stand-in for buttcloudd that answers the REST contract (docs/api.md) on a
// loopback port, with knobs to provoke the failure paths the client must handle.
class FakeApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeApiServer)

public:
    struct FakePub
    {
        QString id;
        QString name;
        PubStatus status = PubStatus::Up;
        QString createdAt;
        QString hubId; // the hub it is pinned to, or empty
    };

    FakeApiServer();
    ~FakeApiServer() override;

    // Listens on 127.0.0.1 and a free port; false when that fails.
    bool start();
    QUrl url() const;

    void addUser(const QString &email, const QString &password, Role role = Role::Customer);
    void setEmailVerified(const QString &email, bool verified);
    bool isEmailVerified(const QString &email) const;
    QString passwordOf(const QString &email) const;
    // Accounts (docs/api.md, "Users"; fakeoperationsroutes.cpp): the account as GET /users/{id}
    // answers it, empty when unknown.
    QJsonObject account(const QString &email) const;
    QString userIdOf(const QString &email) const;
    void setLastSignIn(const QString &email, const QString &isoTime);
    int passwordChangeCount() const;

    // Password reset and email verification (docs/api.md, "Authentication"): the tokens a real
    // server would mail, single use. A reset request for an unknown address is answered the same
    // and issues nothing.
    QString issueVerificationToken(const QString &email);
    QString mailedResetToken(const QString &email) const; // the last one issued, or empty
    QStringList passwordResetRequests() const;             // the addresses asked for, in order
    QString addPub(const QString &name, PubStatus status = PubStatus::Up);
    void setPubStatus(const QString &pubId, PubStatus status);
    void removePub(const QString &pubId);
    QList<FakePub> pubs() const;

    // Every access token issued so far answers 401 token_expired from now on.
    void expireAccessTokens();
    // Every access token issued from now on is born expired (a server whose clock is off).
    void setIssueExpiredTokens(bool expired);
    // Every refresh token issued so far answers 401 invalid_refresh_token from now on.
    void revokeRefreshTokens();
    // GET /api/v1/pubs answers with a body that breaks the contract.
    void setBreakPubList(bool broken);

    // Stats history (generated: smooth waves, one point per step) and the command relay.
    int statsRequestCount() const;
    QString lastStatsQuery() const;
    int commandRunCount() const;
    QJsonObject lastCommandBody() const;

    // The live stream on /api/v1/stream, speaking the protocol of docs/api.md.
    int streamConnectionCount() const; // connections ever accepted
    int openStreamCount() const;
    QList<qint64> streamConnectionTimes() const; // ms since start(), per connection
    // Every message clients sent, compacted to "type[:topic[:pubId]]", e.g. "subscribe:pubs".
    QStringList streamMessages() const;
    // New connections are closed at once, as by a server in trouble.
    void setRejectStreams(bool reject);
    void dropStreams(); // abort every open connection
    void closeStreams(quint16 code); // close every open connection with a close code
    void sendStats(const QString &pubId, const QJsonObject &sample);
    void sendPubChanged(const QString &pubId);
    void sendPubRemoved(const QString &pubId);
    static QJsonObject sampleJson(const QDateTime &time, double cpuPercent);

    // Jobs, reconcile plan, capacity, hubs, audit log and bulk commands (fakeoperationsroutes.cpp).
    // Times are made up so paging by time works: each job is newer than the one added before it,
    // each audit entry and hub older.
    QString addJob(const QString &kind, const QString &state, const QString &pubId = {});
    // Changes a job and tells subscribers of the "jobs" topic.
    void setJobState(const QString &jobId, const QString &state, const QString &progress = {}, const QString &error = {});
    QJsonObject job(const QString &jobId) const;
    QString lastJobsQuery() const;
    void addReconcileDifference(const QString &kind, const QString &pubId, const QString &detail, const QString &jobKind);
    QString addHub(const QString &name, const QString &state = QStringLiteral("ready"), int pubs = 0);
    QList<QJsonObject> hubs() const;
    // Changes a hub's state and tells subscribers of the "hubs" topic.
    void setHubState(const QString &hubId, const QString &state);
    QJsonObject lastAddHubBody() const; // the private key included
    QString probeFingerprint() const;
    void addAuditEntry(const QString &pubId, const QString &command, int exitCode, const QString &error = {});
    QString lastAuditQuery() const;
    QString lastCapacityQuery() const;
    QJsonObject lastBulkCommandBody() const;
    // Every operations route (not pubs, auth or the stream) answers 503 engine_unavailable.
    void setFailOperations(bool fail);
    // A pub's logs and timeline (fakeoperationsroutes.cpp). Lines and entries are kept newest last /
    // newest first as the server answers them.
    void addLogLine(const QString &pubId, const QDateTime &at, const QString &text, bool isStandardError = false);
    void sendLogLines(const QString &pubId, const QJsonArray &lines);
    void addTimelineEntry(const QString &pubId, const QDateTime &at, const QString &source, const QString &kind,
                          const QString &summary, const QString &actor = {});
    void setFailLogs(bool fail); // logs and timeline answer 503
    QString lastTimelineQuery() const;
    static QJsonObject logLineJson(const QDateTime &at, const QString &text, bool isStandardError = false);

    // Billing (fakebillingroutes.cpp): plans, subscriptions, invoices, payments and the operators'
    // summary, as docs/api.md describes them. Billing is off until a test turns it on.
    void setBillingMode(const QString &mode); // off, offline or stripe
    QString addPlan(const QString &name, qint64 amount, const QString &currency, int trialDays = 0, bool active = true);
    // Gives a pub a subscription on plan in this state (replacing any); graceUntil ISO or empty.
    void setSubscription(const QString &pubId, const QString &planId, const QString &status,
                         const QString &graceUntil = {}, bool comped = false);
    QJsonObject subscription(const QString &pubId) const; // empty when none
    void addInvoice(const QString &pubId, qint64 amount, const QString &currency, const QString &status,
                    const QString &method, const QString &at);
    void addRevenue(const QString &month, const QString &currency, qint64 amount, int invoices);
    // Stripe calls (subscribing to a paid plan) answer 503 payment_unavailable.
    void setPaymentUnavailable(bool unavailable);
    QJsonObject lastCreatePubBody() const;
    QJsonObject lastSubscriptionPatch() const;
    QJsonObject lastPaymentBody() const;

    // Rollouts, export/import/move and backups (fakecustodyroutes.cpp).
    // A rollout of image over pubIds (all pending), newest first; times in ms since the epoch.
    QString addRollout(const QString &image, const QStringList &pubIds, const QString &state = QStringLiteral("running"));
    QJsonObject rollout(const QString &rolloutId) const;
    QJsonObject lastRolloutBody() const;
    // Changes one pub of a rollout and tells the "jobs" topic through the rollout's job.
    void setRolloutPubState(const QString &rolloutId, const QString &pubId, const QString &state,
                            const QString &message = {});
    // The pub's export job ends: succeeded with this archive to download once, or failed.
    void finishExport(const QString &pubId, const QByteArray &archive, bool succeeded = true);
    QString exportJobOf(const QString &pubId) const;
    QByteArray lastImportBody() const;
    QString lastImportQuery() const;
    QByteArray lastImportContentType() const;
    QJsonObject lastMoveBody() const;
    QString addBackup(const QString &pubName, const QByteArray &archive);
    QList<QJsonObject> backups() const;
    // An archive with the real head line, a small manifest and tarBytes of filler.
    static QByteArray fakeArchive(const QString &pubName, int tarBytes);

    int loginCount() const;
    int refreshCount() const;
    int logoutCount() const;
    int pubListCount() const;
    bool lastRemoveData() const;
    QString lastIssuedRefreshToken() const;

private:
    struct StreamClient
    {
        QWebSocket *socket = nullptr;
        bool authenticated = false;
        QSet<QString> topics; // "pubs" or "pub.stats:<id>"
    };

    void registerRoutes();
    void registerAccountRoutes();
    QString issueUserToken(const QString &prefix, const QString &email);
    QJsonObject userJson(const QString &email) const;
    void registerLiveRoutes();
    void registerOperationsRoutes();
    void registerHubRoutes();
    void registerUserRoutes();
    QString emailOfUserId(const QString &userId) const;
    QString callerEmail(const QHttpServerRequest &request) const;
    void registerBillingRoutes();
    void registerSubscriptionRoutes();
    // Why a plan choice ({"planId", "paymentToken"}) is refused, as {code, message}; empty when it
    // is accepted (and would be charged).
    QStringList planRefusal(const QJsonObject &choice) const;
    // A new subscription for pubId on the chosen plan, as the server starts one.
    void startSubscription(const QString &pubId, const QString &planId);
    QJsonObject subscriptionJson(const QString &pubId) const;
    QJsonObject planJson(const QString &planId) const;
    void registerPubLogRoutes();
    void registerCustodyRoutes();
    void registerRolloutRoutes();
    std::optional<Role> callerRole(const QHttpServerRequest &request) const;
    // The error answer when the caller may not use a route needing `least`; nothing when allowed.
    QString accessDenied(const QHttpServerRequest &request, Role least) const;
    QString nextTime();
    void acceptStreams();
    void onStreamMessage(QWebSocket *socket, const QString &text);
    void sendToSubscribers(const QString &topic, const QJsonObject &message);
    StreamClient *streamClient(QWebSocket *socket);
    QJsonObject grantFor(const QString &email);
    QString authError(const QHttpServerRequest &request) const;
    QJsonObject pubJson(const FakePub &pub) const;
    int indexOfPub(const QString &pubId) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    struct FakeUser
    {
        QString password;
        Role role;
        bool emailVerified = true;
        QString id;
        QString name;
        bool disabled = false;
        QString lastSignInAt; // empty: never
    };
    struct UserToken
    {
        QString prefix; // ve_ or pr_
        QString email;
    };
    QHash<QString, UserToken> m_userTokens;
    QHash<QString, QString> m_mailedResetTokens; // email -> token
    QStringList m_passwordResetRequests;
    QHash<QString, FakeUser> m_users;
    QList<FakePub> m_pubs;
    QHash<QString, QString> m_accessTokens;  // token -> email
    QHash<QString, QString> m_refreshTokens; // token -> email
    QSet<QString> m_expiredAccessTokens;
    int m_nextToken = 1;
    int m_nextPub = 1;
    int m_nextUser = 1;
    int m_passwordChangeCount = 0;
    bool m_breakPubList = false;
    bool m_issueExpiredTokens = false;
    int m_loginCount = 0;
    int m_refreshCount = 0;
    int m_logoutCount = 0;
    int m_pubListCount = 0;
    bool m_lastRemoveData = false;
    QString m_lastIssuedRefreshToken;
    int m_statsRequestCount = 0;
    QString m_lastStatsQuery;
    int m_commandRunCount = 0;
    QJsonObject m_lastCommandBody;
    QList<StreamClient> m_streamClients;
    int m_streamConnectionCount = 0;
    QList<qint64> m_streamConnectionTimes;
    QStringList m_streamMessages;
    bool m_rejectStreams = false;
    QElapsedTimer m_clock;
    QList<QJsonObject> m_jobs; // newest first
    QList<QJsonObject> m_differences;
    QList<QJsonObject> m_hubs;
    QList<QJsonObject> m_auditEntries; // newest first
    QString m_lastJobsQuery;
    QString m_lastAuditQuery;
    QString m_lastCapacityQuery;
    QJsonObject m_lastAddHubBody;
    QJsonObject m_lastBulkCommandBody;
    int m_nextOperationsId = 1;
    qint64 m_timeOffset = 0;
    bool m_failOperations = false;
    QString m_billingMode = QStringLiteral("off");
    QList<QJsonObject> m_plans;
    QHash<QString, QJsonObject> m_subscriptions; // pub id -> the stored fields
    QList<QJsonObject> m_invoices;               // newest first
    QList<QJsonObject> m_revenue;
    bool m_paymentUnavailable = false;
    QJsonObject m_lastCreatePubBody;
    QJsonObject m_lastSubscriptionPatch;
    QJsonObject m_lastPaymentBody;
    QHash<QString, QList<QJsonObject>> m_logLines;  // oldest first
    QHash<QString, QList<QJsonObject>> m_timeline;  // newest first
    bool m_failLogs = false;
    QList<QJsonObject> m_rollouts; // newest first
    QHash<QString, QString> m_rolloutJobs; // rollout id -> its job
    QJsonObject m_lastRolloutBody;
    QHash<QString, QString> m_exportJobs;        // pub id -> its latest export job
    QHash<QString, QByteArray> m_exportArchives; // export id -> archive, until downloaded
    QByteArray m_lastImportBody;
    QString m_lastImportQuery;
    QByteArray m_lastImportContentType;
    QJsonObject m_lastMoveBody;
    QList<QJsonObject> m_backups; // newest first
    QHash<QString, QByteArray> m_backupArchives;
    QString m_lastTimelineQuery;
};

}
