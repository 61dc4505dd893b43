// The operators' part of the fake API: jobs, reconcile plan, capacity, hubs, audit log and bulk
// commands, as docs/api.md describes them.
#include "fakeapiserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace buttcloud::test {

namespace {
using Status = QHttpServerResponse::StatusCode;
constexpr qint64 GiB = 1024LL * 1024 * 1024;
}

QHttpServerResponse fakeErrorResponse(const QString &code, const QString &message)
{
    Status status = Status::InternalServerError;
    if (code == QLatin1String("unauthenticated") || code == QLatin1String("token_expired"))
        status = Status::Unauthorized;
    else if (code == QLatin1String("forbidden"))
        status = Status::Forbidden;
    else if (code == QLatin1String("not_found"))
        status = Status::NotFound;
    else if (code == QLatin1String("conflict"))
        status = Status::Conflict;
    else if (code == QLatin1String("validation_failed") || code == QLatin1String("host_key_mismatch"))
        status = Status::UnprocessableEntity;
    else if (code == QLatin1String("hub_unreachable"))
        status = Status::BadGateway;
    else if (code == QLatin1String("engine_unavailable") || code == QLatin1String("payment_unavailable"))
        status = Status::ServiceUnavailable;
    else if (code == QLatin1String("card_declined"))
        status = Status::PaymentRequired;
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
}

namespace {
QHttpServerResponse errorFor(const QString &code, const QString &message = {})
{
    return fakeErrorResponse(code, message);
}

QString queryValue(const QHttpServerRequest &request, const char *name)
{
    return request.query().queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// Newest-first paging as the real server does it: filters, `before` (exclusive) and `limit`.
QJsonArray page(const QList<QJsonObject> &items, const QHttpServerRequest &request, const char *timeKey,
                const std::function<bool(const QJsonObject &)> &matches)
{
    const QDateTime before = QDateTime::fromString(queryValue(request, "before"), Qt::ISODate);
    const int limit = queryValue(request, "limit").isEmpty() ? 100 : queryValue(request, "limit").toInt();
    QJsonArray answer;
    for (const QJsonObject &item : items) {
        const QDateTime time = QDateTime::fromString(item.value(QLatin1String(timeKey)).toString(), Qt::ISODate);
        if ((before.isValid() && time >= before) || !matches(item))
            continue;
        if (answer.size() >= limit)
            break;
        answer.append(item);
    }
    return answer;
}

int indexById(const QList<QJsonObject> &items, const QString &id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}
}

std::optional<Role> FakeApiServer::callerRole(const QHttpServerRequest &request) const
{
    if (!authError(request).isEmpty())
        return std::nullopt;
    const QString token = QString::fromUtf8(request.value("Authorization").mid(int(qstrlen("Bearer "))));
    return m_users.value(m_accessTokens.value(token)).role;
}

QString FakeApiServer::accessDenied(const QHttpServerRequest &request, Role least) const
{
    if (const QString error = authError(request); !error.isEmpty())
        return error;
    if (int(*callerRole(request)) < int(least))
        return QStringLiteral("forbidden");
    if (m_failOperations)
        return QStringLiteral("engine_unavailable");
    return {};
}

QString FakeApiServer::nextTime()
{
    // Each new item is a minute older than the one before, so newest-first lists keep their order.
    const QDateTime base(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC);
    return base.addSecs(-60 * m_timeOffset++).toString(Qt::ISODate);
}

QString FakeApiServer::addJob(const QString &kind, const QString &state, const QString &pubId)
{
    // A new job is the newest: it goes first, with a time after every job before it.
    const QString time = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC).addSecs(60 * m_nextOperationsId).toString(Qt::ISODate);
    const QString id = QStringLiteral("job%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    m_jobs.prepend({{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind}, {QStringLiteral("state"), state},
                    {QStringLiteral("pubId"), pubId}, {QStringLiteral("hubId"), QString()},
                    {QStringLiteral("reason"), QStringLiteral("requested by a test")},
                    {QStringLiteral("progress"), QString()}, {QStringLiteral("error"), QString()},
                    {QStringLiteral("result"), QJsonObject{}}, {QStringLiteral("attempts"), state == QLatin1String("queued") ? 0 : 1},
                    {QStringLiteral("maxAttempts"), 8}, {QStringLiteral("runAfter"), time},
                    {QStringLiteral("cancelRequested"), false}, {QStringLiteral("createdAt"), time},
                    {QStringLiteral("updatedAt"), time}, {QStringLiteral("finishedAt"), QJsonValue::Null}});
    return id;
}

void FakeApiServer::setJobState(const QString &jobId, const QString &state, const QString &progress, const QString &error)
{
    const int index = indexById(m_jobs, jobId);
    if (index < 0)
        return;
    QJsonObject &job = m_jobs[index];
    job.insert(QStringLiteral("state"), state);
    job.insert(QStringLiteral("progress"), progress);
    job.insert(QStringLiteral("error"), error);
    job.insert(QStringLiteral("attempts"), std::max(1, job.value(QLatin1String("attempts")).toInt()));
    sendToSubscribers(QStringLiteral("jobs"), {{QStringLiteral("type"), QStringLiteral("job")}, {QStringLiteral("job"), job}});
}

QJsonObject FakeApiServer::job(const QString &jobId) const
{
    const int index = indexById(m_jobs, jobId);
    return index < 0 ? QJsonObject{} : m_jobs.at(index);
}

QString FakeApiServer::lastJobsQuery() const { return m_lastJobsQuery; }
QString FakeApiServer::lastAuditQuery() const { return m_lastAuditQuery; }
QString FakeApiServer::lastCapacityQuery() const { return m_lastCapacityQuery; }
QJsonObject FakeApiServer::lastAddHubBody() const { return m_lastAddHubBody; }
QJsonObject FakeApiServer::lastBulkCommandBody() const { return m_lastBulkCommandBody; }
QList<QJsonObject> FakeApiServer::hubs() const { return m_hubs; }
void FakeApiServer::setFailOperations(bool fail) { m_failOperations = fail; }

QString FakeApiServer::probeFingerprint() const
{
    return QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8");
}

void FakeApiServer::addReconcileDifference(const QString &kind, const QString &pubId, const QString &detail,
                                           const QString &jobKind)
{
    m_differences.append({{QStringLiteral("kind"), kind}, {QStringLiteral("pubId"), pubId},
                          {QStringLiteral("hubId"), QString()}, {QStringLiteral("serviceId"), QString()},
                          {QStringLiteral("detail"), detail},
                          {QStringLiteral("job"), QJsonObject{{QStringLiteral("kind"), jobKind}, {QStringLiteral("pubId"), pubId}}}});
}

QString FakeApiServer::addHub(const QString &name, const QString &state, int pubs)
{
    const QString id = QStringLiteral("hub%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    const QString time = nextTime();
    m_hubs.append({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("provider"), QStringLiteral("ssh")},
                   {QStringLiteral("host"), QStringLiteral("203.0.113.%1").arg(m_hubs.size() + 7)},
                   {QStringLiteral("port"), 22}, {QStringLiteral("user"), QStringLiteral("root")},
                   {QStringLiteral("hostKeyFingerprint"), probeFingerprint()}, {QStringLiteral("state"), state},
                   {QStringLiteral("nodeId"), QStringLiteral("node-") + name}, {QStringLiteral("dockerVersion"), QStringLiteral("20.10.24")},
                   {QStringLiteral("memoryBytes"), double(15 * GiB)}, {QStringLiteral("cpus"), 4}, {QStringLiteral("pubs"), pubs},
                   {QStringLiteral("message"), QString()}, {QStringLiteral("createdAt"), time}, {QStringLiteral("updatedAt"), time}});
    return id;
}

void FakeApiServer::setHubState(const QString &hubId, const QString &state)
{
    const int index = indexById(m_hubs, hubId);
    if (index < 0)
        return;
    m_hubs[index].insert(QStringLiteral("state"), state);
    sendToSubscribers(QStringLiteral("hubs"), {{QStringLiteral("type"), QStringLiteral("hub")}, {QStringLiteral("hub"), m_hubs.at(index)}});
}

void FakeApiServer::addAuditEntry(const QString &pubId, const QString &command, int exitCode, const QString &error)
{
    const QString id = QStringLiteral("aud%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    m_auditEntries.append({{QStringLiteral("id"), id}, {QStringLiteral("at"), nextTime()},
                           {QStringLiteral("userId"), QStringLiteral("user00000001")},
                           {QStringLiteral("userEmail"), QStringLiteral("admin@example.org")}, {QStringLiteral("pubId"), pubId},
                           {QStringLiteral("action"), QStringLiteral("command")}, {QStringLiteral("command"), command},
                           {QStringLiteral("arguments"), command == QLatin1String("invite.create")
                                                             ? QJsonObject{{QStringLiteral("uses"), 1}} : QJsonObject{}},
                           {QStringLiteral("exitCode"), error.isEmpty() ? QJsonValue(exitCode) : QJsonValue::Null},
                           {QStringLiteral("error"), error.isEmpty() ? QJsonValue::Null : QJsonValue(error)}});
}

void FakeApiServer::registerOperationsRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/api/v1/jobs"), Method::Get, [this](const QHttpServerRequest &request) {
        m_lastJobsQuery = request.query().toString(QUrl::FullyDecoded);
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        const QString state = queryValue(request, "state");
        const QString kind = queryValue(request, "kind");
        const QJsonArray jobs = page(m_jobs, request, "createdAt", [&](const QJsonObject &job) {
            return (state.isEmpty() || job.value(QLatin1String("state")).toString() == state)
                && (kind.isEmpty() || job.value(QLatin1String("kind")).toString() == kind);
        });
        return QHttpServerResponse(QJsonObject{{QStringLiteral("jobs"), jobs}});
    });

    const auto jobAction = [this](const QString &id, const QHttpServerRequest &request, bool retry) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const int index = indexById(m_jobs, id);
        if (index < 0)
            return errorFor(QStringLiteral("not_found"));
        const QString state = m_jobs.at(index).value(QLatin1String("state")).toString();
        const bool finished = state == QLatin1String("succeeded") || state == QLatin1String("failed") || state == QLatin1String("canceled");
        if (retry && state != QLatin1String("failed") && state != QLatin1String("canceled"))
            return errorFor(QStringLiteral("conflict"), QStringLiteral("job is not failed or canceled"));
        if (!retry && finished)
            return errorFor(QStringLiteral("conflict"), QStringLiteral("job has finished"));
        QJsonObject &job = m_jobs[index];
        if (retry) {
            job.insert(QStringLiteral("state"), QStringLiteral("queued"));
            job.insert(QStringLiteral("attempts"), 0);
            job.insert(QStringLiteral("error"), QString());
        } else if (state == QLatin1String("queued")) {
            job.insert(QStringLiteral("state"), QStringLiteral("canceled"));
        } else {
            job.insert(QStringLiteral("cancelRequested"), true);
        }
        return QHttpServerResponse(job);
    };
    m_server.route(QStringLiteral("/api/v1/jobs/<arg>/retry"), Method::Post,
                   [jobAction](const QString &id, const QHttpServerRequest &request) { return jobAction(id, request, true); });
    m_server.route(QStringLiteral("/api/v1/jobs/<arg>/cancel"), Method::Post,
                   [jobAction](const QString &id, const QHttpServerRequest &request) { return jobAction(id, request, false); });

    m_server.route(QStringLiteral("/api/v1/reconcile/plan"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        QJsonArray differences;
        for (const QJsonObject &difference : std::as_const(m_differences))
            differences.append(difference);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("checkedAt"), QStringLiteral("2026-11-24T18:30:00Z")},
                                               {QStringLiteral("differences"), differences}});
    });

    m_server.route(QStringLiteral("/api/v1/audit"), Method::Get, [this](const QHttpServerRequest &request) {
        m_lastAuditQuery = request.query().toString(QUrl::FullyDecoded);
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        const QString pubId = queryValue(request, "pubId");
        const QJsonArray entries = page(m_auditEntries, request, "at", [&pubId](const QJsonObject &entry) {
            return pubId.isEmpty() || entry.value(QLatin1String("pubId")).toString() == pubId;
        });
        return QHttpServerResponse(QJsonObject{{QStringLiteral("entries"), entries}});
    });

    m_server.route(QStringLiteral("/api/v1/commands/run"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorFor(error);
        m_lastBulkCommandBody = bodyOf(request);
        const QString command = m_lastBulkCommandBody.value(QStringLiteral("command")).toString();
        if (command != QLatin1String("whoami") && command != QLatin1String("version") && command != QLatin1String("status"))
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("command: not a read-only command"));
        QJsonArray pubIds = m_lastBulkCommandBody.value(QStringLiteral("pubIds")).toArray();
        const QString node = m_lastBulkCommandBody.value(QStringLiteral("node")).toString();
        for (const FakePub &pub : std::as_const(m_pubs)) {
            if (!node.isEmpty() && pubJson(pub).value(QLatin1String("node")).toString() == node)
                pubIds.append(pub.id);
        }
        QJsonArray results;
        for (const QJsonValue &id : std::as_const(pubIds)) {
            const int index = indexOfPub(id.toString());
            QJsonObject result{{QStringLiteral("pubId"), id.toString()}, {QStringLiteral("exitCode"), QJsonValue::Null},
                               {QStringLiteral("output"), QString()}, {QStringLiteral("result"), QJsonValue::Null}};
            if (index < 0 || m_pubs.at(index).status != PubStatus::Up) {
                const char *code = index < 0 ? "not_found" : "conflict";
                result.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                                   {QStringLiteral("message"), QStringLiteral("pub is not up")}});
            } else {
                result.insert(QStringLiteral("exitCode"), 0);
                result.insert(QStringLiteral("output"), QStringLiteral("{\"id\": \"@%1=.ed25519\"}\n").arg(m_pubs.at(index).name));
                result.insert(QStringLiteral("error"), QJsonValue::Null);
            }
            results.append(result);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), results}});
    });

    registerHubRoutes();
}

void FakeApiServer::registerHubRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/api/v1/hubs"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        QJsonArray hubs;
        for (const QJsonObject &hub : std::as_const(m_hubs))
            hubs.append(hub);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("hubs"), hubs}});
    });

    m_server.route(QStringLiteral("/api/v1/hubs/probe"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const QString host = bodyOf(request).value(QStringLiteral("host")).toString();
        if (host == QLatin1String("unreachable.example.org"))
            return errorFor(QStringLiteral("hub_unreachable"), QStringLiteral("connection refused"));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("hostKeyType"), QStringLiteral("ssh-ed25519")},
                                               {QStringLiteral("hostKeyFingerprint"), probeFingerprint()},
                                               {QStringLiteral("knownHost"), false}});
    });

    m_server.route(QStringLiteral("/api/v1/hubs"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        m_lastAddHubBody = bodyOf(request);
        if (m_lastAddHubBody.value(QStringLiteral("hostKeyFingerprint")).toString() != probeFingerprint())
            return errorFor(QStringLiteral("host_key_mismatch"), QStringLiteral("host key does not match"));
        const QString name = m_lastAddHubBody.value(QStringLiteral("name")).toString();
        for (const QJsonObject &hub : std::as_const(m_hubs)) {
            if (hub.value(QLatin1String("name")).toString() == name)
                return errorFor(QStringLiteral("conflict"), QStringLiteral("name taken"));
        }
        const QString id = addHub(name, QStringLiteral("joining"));
        QJsonObject &hub = m_hubs.last();
        hub.insert(QStringLiteral("host"), m_lastAddHubBody.value(QStringLiteral("host")));
        QJsonObject answer = hub;
        answer.insert(QStringLiteral("job"), job(addJob(QStringLiteral("hub.join"), QStringLiteral("queued"))));
        return QHttpServerResponse(answer, Status::Accepted);
    });

    const auto hubAction = [this](const QString &id, const QHttpServerRequest &request, bool drain) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const int index = indexById(m_hubs, id);
        if (index < 0)
            return errorFor(QStringLiteral("not_found"));
        QJsonObject &hub = m_hubs[index];
        if (!drain && (hub.value(QLatin1String("state")).toString() != QLatin1String("drained")
                       || hub.value(QLatin1String("pubs")).toInt() > 0))
            return errorFor(QStringLiteral("conflict"), QStringLiteral("hub is not drained and empty"));
        hub.insert(QStringLiteral("state"), drain ? QStringLiteral("draining") : QStringLiteral("removing"));
        QJsonObject answer = hub;
        answer.insert(QStringLiteral("job"),
                      job(addJob(drain ? QStringLiteral("hub.drain") : QStringLiteral("hub.remove"), QStringLiteral("queued"))));
        return QHttpServerResponse(answer, Status::Accepted);
    };
    m_server.route(QStringLiteral("/api/v1/hubs/<arg>/drain"), Method::Post,
                   [hubAction](const QString &id, const QHttpServerRequest &request) { return hubAction(id, request, true); });
    m_server.route(QStringLiteral("/api/v1/hubs/<arg>"), Method::Delete,
                   [hubAction](const QString &id, const QHttpServerRequest &request) { return hubAction(id, request, false); });

    m_server.route(QStringLiteral("/api/v1/capacity"), Method::Get, [this](const QHttpServerRequest &request) {
        m_lastCapacityQuery = request.query().toString(QUrl::FullyDecoded);
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        const int extraPubs = queryValue(request, "extraPubs").toInt();
        QJsonArray hubs;
        int pubs = 0;
        for (const QJsonObject &hub : std::as_const(m_hubs)) {
            const int hubPubs = hub.value(QLatin1String("pubs")).toInt();
            pubs += hubPubs;
            hubs.append(QJsonObject{{QStringLiteral("id"), hub.value(QLatin1String("id"))}, {QStringLiteral("name"), hub.value(QLatin1String("name"))},
                                    {QStringLiteral("state"), hub.value(QLatin1String("state"))}, {QStringLiteral("memoryBytes"), double(15 * GiB)},
                                    {QStringLiteral("reservedBytes"), double(hubPubs * GiB)},
                                    {QStringLiteral("freeBytes"), double((15 - hubPubs) * GiB)}, {QStringLiteral("pubs"), hubPubs},
                                    {QStringLiteral("pubSlots"), 15 - hubPubs}, {QStringLiteral("observedPubSlots"), 57 - hubPubs}});
        }
        const auto money = [](int amount) {
            return QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("usd")}};
        };
        const int hubCount = int(m_hubs.size());
        const int needed = (pubs + extraPubs + 14) / 15;
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("pubMemoryBytes"), double(GiB)}, {QStringLiteral("hubMemoryBytes"), double(15 * GiB)},
            {QStringLiteral("hubPrice"), money(4000)}, {QStringLiteral("hubs"), hubs},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("hubs"), hubCount}, {QStringLiteral("pubs"), pubs},
                                                   {QStringLiteral("memoryBytes"), double(hubCount * 15 * GiB)},
                                                   {QStringLiteral("reservedBytes"), double(pubs * GiB)},
                                                   {QStringLiteral("freeBytes"), double((hubCount * 15 - pubs) * GiB)},
                                                   {QStringLiteral("utilisation"), hubCount ? pubs / (15.0 * hubCount) : 0.0},
                                                   {QStringLiteral("costPerPub"), money(pubs ? 4000 * hubCount / pubs : 0)}}},
            {QStringLiteral("observed"), QJsonObject{{QStringLiteral("pubMemoryP95Bytes"), 201326592}, {QStringLiteral("headroom"), 0.25},
                                                     {QStringLiteral("pubsPerHub"), 57}, {QStringLiteral("costPerPub"), money(70)}}},
            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("action"), QStringLiteral("none")}, {QStringLiteral("hubsNeeded"), needed},
                                                 {QStringLiteral("hubsToAdd"), 0}, {QStringLiteral("hubsToRemove"), QJsonArray{}},
                                                 {QStringLiteral("reason"), QStringLiteral("enough free slots")}}},
            {QStringLiteral("whatIf"), QJsonObject{{QStringLiteral("extraPubs"), extraPubs}, {QStringLiteral("hubsNeeded"), needed},
                                                   {QStringLiteral("hubsToAdd"), std::max(0, needed - hubCount)}}}});
    });
}

QJsonObject FakeApiServer::logLineJson(const QDateTime &at, const QString &text, bool isStandardError)
{
    return QJsonObject{{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("stream"), isStandardError ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                       {QStringLiteral("text"), text}};
}

void FakeApiServer::addLogLine(const QString &pubId, const QDateTime &at, const QString &text, bool isStandardError)
{
    m_logLines[pubId].append(logLineJson(at, text, isStandardError));
}

void FakeApiServer::sendLogLines(const QString &pubId, const QJsonArray &lines)
{
    sendToSubscribers(QStringLiteral("pub.logs:") + pubId,
                      {{QStringLiteral("type"), QStringLiteral("logs")}, {QStringLiteral("pubId"), pubId},
                       {QStringLiteral("lines"), lines}});
}

void FakeApiServer::addTimelineEntry(const QString &pubId, const QDateTime &at, const QString &source, const QString &kind,
                                     const QString &summary, const QString &actor)
{
    QJsonObject entry{{QStringLiteral("id"), QStringLiteral("%1:%2").arg(source).arg(m_nextOperationsId++)},
                      {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("source"), source}, {QStringLiteral("kind"), kind},
                      {QStringLiteral("summary"), summary}, {QStringLiteral("detail"), QJsonObject()}};
    if (!actor.isEmpty())
        entry.insert(QStringLiteral("actor"), actor);
    QList<QJsonObject> &entries = m_timeline[pubId];
    const auto newer = std::find_if(entries.begin(), entries.end(), [&at](const QJsonObject &other) {
        return QDateTime::fromString(other.value(QLatin1String("at")).toString(), Qt::ISODateWithMs) < at;
    });
    entries.insert(newer, entry);
}

void FakeApiServer::setFailLogs(bool fail)
{
    m_failLogs = fail;
}

QString FakeApiServer::lastTimelineQuery() const
{
    return m_lastTimelineQuery;
}

void FakeApiServer::registerPubLogRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/logs"), Method::Get, [this](const QString &pubId, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return errorFor(denied);
        if (m_failLogs)
            return errorFor(QStringLiteral("engine_unavailable"), QStringLiteral("the Docker engine does not answer"));
        const int tail = queryValue(request, "tail").isEmpty() ? 200 : queryValue(request, "tail").toInt();
        const QList<QJsonObject> all = m_logLines.value(pubId);
        QJsonArray lines;
        for (const QJsonObject &line : all.mid(std::max<qsizetype>(0, all.size() - tail)))
            lines.append(line);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("lines"), lines}});
    });
    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/timeline"), Method::Get, [this](const QString &pubId, const QHttpServerRequest &request) {
        m_lastTimelineQuery = request.query().toString(QUrl::FullyDecoded);
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return errorFor(denied);
        if (m_failLogs)
            return errorFor(QStringLiteral("engine_unavailable"), QStringLiteral("the database does not answer"));
        const QJsonArray entries = page(m_timeline.value(pubId), request, "at", [](const QJsonObject &) { return true; });
        return QHttpServerResponse(QJsonObject{{QStringLiteral("entries"), entries}});
    });
}

}

// Accounts (docs/api.md, "Users") and changing one's own password.
namespace buttcloud::test {

QJsonObject FakeApiServer::account(const QString &email) const
{
    return m_users.contains(email) ? userJson(email) : QJsonObject();
}

QString FakeApiServer::userIdOf(const QString &email) const
{
    return m_users.value(email).id;
}

void FakeApiServer::setLastSignIn(const QString &email, const QString &isoTime)
{
    m_users[email].lastSignInAt = isoTime;
}

int FakeApiServer::passwordChangeCount() const { return m_passwordChangeCount; }

QString FakeApiServer::emailOfUserId(const QString &userId) const
{
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        if (it.value().id == userId)
            return it.key();
    }
    return {};
}

QString FakeApiServer::callerEmail(const QHttpServerRequest &request) const
{
    return m_accessTokens.value(QString::fromUtf8(request.value("Authorization").mid(int(qstrlen("Bearer ")))));
}

void FakeApiServer::registerUserRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto revokeTokensOf = [this](const QString &email) {
        m_refreshTokens.removeIf([&email](const auto &entry) { return entry.value() == email; });
        for (auto it = m_accessTokens.cbegin(); it != m_accessTokens.cend(); ++it) {
            if (it.value() == email)
                m_expiredAccessTokens.insert(it.key());
        }
    };

    m_server.route(QStringLiteral("/api/v1/users"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return errorFor(denied);
        const QString query = queryValue(request, "query");
        const QString role = queryValue(request, "role");
        QStringList emails = m_users.keys();
        emails.sort();
        QJsonArray users;
        for (const QString &email : std::as_const(emails)) {
            const FakeUser &user = m_users[email];
            if (!query.isEmpty() && !email.contains(query, Qt::CaseInsensitive) && !user.name.contains(query, Qt::CaseInsensitive))
                continue;
            if (!role.isEmpty() && roleName(user.role) != role)
                continue;
            users.append(userJson(email));
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("users"), users}});
    });

    m_server.route(QStringLiteral("/api/v1/users"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const QJsonObject body = bodyOf(request);
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        const QString email = body.value(QStringLiteral("email")).toString().trimmed();
        const std::optional<Role> role = roleFromName(body.value(QStringLiteral("role")).toString());
        if (name.isEmpty())
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("name: must not be empty"));
        if (!email.contains(QLatin1Char('@')))
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("email: is not an email address"));
        if (!role)
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("role: unknown"));
        if (m_users.contains(email))
            return errorFor(QStringLiteral("conflict"), QStringLiteral("email taken"));
        addUser(email, QString(), *role);
        m_users[email].name = name;
        m_users[email].emailVerified = false;
        m_mailedResetTokens.insert(email, issueUserToken(QStringLiteral("pr_"), email)); // the welcome mail's link
        return QHttpServerResponse(userJson(email), Status::Created);
    });

    m_server.route(QStringLiteral("/api/v1/users/<arg>"), Method::Patch,
                   [this, revokeTokensOf](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const QString email = emailOfUserId(id);
        if (email.isEmpty())
            return errorFor(QStringLiteral("not_found"));
        const QJsonObject body = bodyOf(request);
        const bool self = email == callerEmail(request);
        std::optional<Role> role = m_users.value(email).role;
        if (body.contains(QStringLiteral("role"))) {
            role = roleFromName(body.value(QStringLiteral("role")).toString());
            if (!role)
                return errorFor(QStringLiteral("validation_failed"), QStringLiteral("role: unknown"));
            if (self && *role != m_users.value(email).role)
                return errorFor(QStringLiteral("validation_failed"), QStringLiteral("role: you cannot change your own role"));
        }
        const bool disable = body.value(QStringLiteral("disabled")).toBool(m_users.value(email).disabled);
        if (self && disable)
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("disabled: you cannot disable yourself"));
        const FakeUser &current = m_users[email];
        if (current.role == Role::Admin && !current.disabled && (*role != Role::Admin || disable)) {
            const auto enabledAdmins = std::count_if(m_users.cbegin(), m_users.cend(), [](const FakeUser &user) {
                return user.role == Role::Admin && !user.disabled;
            });
            if (enabledAdmins <= 1)
                return errorFor(QStringLiteral("conflict"), QStringLiteral("the last enabled admin"));
        }
        FakeUser &user = m_users[email];
        user.role = *role;
        if (body.contains(QStringLiteral("name")))
            user.name = body.value(QStringLiteral("name")).toString().trimmed();
        if (disable && !user.disabled)
            revokeTokensOf(email);
        user.disabled = disable;
        return QHttpServerResponse(userJson(email));
    });

    m_server.route(QStringLiteral("/api/v1/users/<arg>/password-reset"), Method::Post,
                   [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return errorFor(denied);
        const QString email = emailOfUserId(id);
        if (email.isEmpty())
            return errorFor(QStringLiteral("not_found"));
        m_passwordResetRequests.append(email);
        m_mailedResetTokens.insert(email, issueUserToken(QStringLiteral("pr_"), email));
        return QHttpServerResponse(Status::Accepted);
    });

    m_server.route(QStringLiteral("/api/v1/auth/password"), Method::Post,
                   [this, revokeTokensOf](const QHttpServerRequest &request) {
        if (const QString error = authError(request); !error.isEmpty())
            return errorFor(error);
        const QString email = callerEmail(request);
        const QJsonObject body = bodyOf(request);
        if (body.value(QStringLiteral("currentPassword")).toString() != m_users.value(email).password) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_credentials")},
                            {QStringLiteral("message"), QStringLiteral("wrong password")}}}}, Status::Unauthorized);
        }
        const QString password = body.value(QStringLiteral("newPassword")).toString();
        if (password.size() < 10)
            return errorFor(QStringLiteral("validation_failed"), QStringLiteral("newPassword: must be at least 10 characters"));
        ++m_passwordChangeCount;
        m_users[email].password = password;
        revokeTokensOf(email);
        return QHttpServerResponse(grantFor(email));
    });
}

}
