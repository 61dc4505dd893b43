#include "models/hubservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/enumnames.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimer>

namespace buttcloud {

namespace {
class HubText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::HubService)
};

constexpr auto HubStateNames = std::to_array<std::pair<HubState, const char *>>({
    {HubState::Joining, "joining"},   {HubState::Ready, "ready"},       {HubState::Unreachable, "unreachable"},
    {HubState::Draining, "draining"}, {HubState::Drained, "drained"},   {HubState::Removing, "removing"},
    {HubState::Failed, "failed"},
});

QString hubPath(const QString &hubId, const char *suffix = "")
{
    return QStringLiteral("/api/v1/hubs/") + QString::fromLatin1(QUrl::toPercentEncoding(hubId))
        + QString::fromLatin1(suffix);
}

qint64 bytesField(const QJsonObject &json, const char *key)
{
    return std::max<qint64>(0, integerField(json, key).value_or(0));
}

int countField(const QJsonObject &json, const char *key)
{
    return int(std::clamp<qint64>(integerField(json, key).value_or(0), 0, 1000000000));
}

Money moneyField(const QJsonObject &json, const char *key)
{
    const QJsonObject money = json.value(QLatin1String(key)).toObject();
    return {integerField(money, "amount").value_or(0), stringField(money, "currency")};
}

Result<HubCapacity> parseHubCapacity(const QJsonObject &json, const QUrl &serverUrl)
{
    HubCapacity hub;
    hub.id = stringField(json, "id");
    hub.name = stringField(json, "name");
    hub.state = stringField(json, "state");
    if (!isValidId(hub.id) && hub.id != QLatin1String("local"))
        return invalidReplyError(serverUrl, 200);
    hub.memoryBytes = bytesField(json, "memoryBytes");
    hub.reservedBytes = bytesField(json, "reservedBytes");
    hub.freeBytes = bytesField(json, "freeBytes");
    hub.pubs = countField(json, "pubs");
    hub.pubSlots = countField(json, "pubSlots");
    hub.observedPubSlots = countField(json, "observedPubSlots");
    return hub;
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

// Reads an OpenSSH private key for POST /api/v1/hubs; the text never leaves this function but in
// the request body.
Result<QString> readPrivateKey(const QString &path)
{
    const auto refused = [](const QString &message) {
        return ApiError{0, QString::fromLatin1(ClientErrorCode::KeyFile), message};
    };
    QFile file(path);
    if (path.isEmpty())
        return refused(HubText::tr("Choose the private key file."));
    if (!file.open(QIODevice::ReadOnly))
        return refused(HubText::tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > HubService::MaxPrivateKeyBytes)
        return refused(HubText::tr("%1 is too large to be an SSH private key.").arg(path));
    const QString key = QString::fromUtf8(file.read(HubService::MaxPrivateKeyBytes + 1));
    if (!key.trimmed().startsWith(QLatin1String("-----BEGIN OPENSSH PRIVATE KEY-----")))
        return refused(HubText::tr("%1 is not an OpenSSH private key (ed25519, no passphrase).").arg(path));
    return key;
}
}

QString hubStateLabel(HubState state)
{
    switch (state) {
    case HubState::Joining: return HubText::tr("Joining");
    case HubState::Ready: return HubText::tr("Ready");
    case HubState::Unreachable: return HubText::tr("Unreachable");
    case HubState::Draining: return HubText::tr("Draining");
    case HubState::Drained: return HubText::tr("Drained");
    case HubState::Removing: return HubText::tr("Removing");
    case HubState::Failed: return HubText::tr("Failed");
    }
    return {};
}

bool canDrainHub(const Hub &hub)
{
    return hub.state == HubState::Ready || hub.state == HubState::Unreachable || hub.state == HubState::Failed;
}

bool canRemoveHub(const Hub &hub)
{
    return hub.state == HubState::Drained || (hub.state == HubState::Failed && hub.pubs == 0);
}

QString capacityTotalsText(const Capacity &capacity)
{
    return HubText::tr("%1 pubs on %2 hubs: %3 of %4 reserved (%5 %), %6 free. Cost per pub: %7 a month.")
        .arg(QString::number(capacity.totals.pubs), QString::number(capacity.totals.hubs),
             size(capacity.totals.reservedBytes), size(capacity.totals.memoryBytes),
             QLocale().toString(capacity.totals.utilisation * 100, 'f', 0), size(capacity.totals.freeBytes),
             formatMoney(capacity.totals.costPerPub));
}

QString capacityObservedText(const Capacity &capacity)
{
    return HubText::tr("Observed: a pub uses up to %1 (p95); with %2 % headroom a hub holds %3 pubs, %4 a month each.")
        .arg(size(capacity.observed.pubMemoryP95Bytes), QLocale().toString(capacity.observed.headroom * 100, 'f', 0),
             QString::number(capacity.observed.pubsPerHub), formatMoney(capacity.observed.costPerPub));
}

QString capacityPlanText(const Capacity &capacity)
{
    QString action;
    if (capacity.plan.action == QLatin1String("scale_up"))
        action = HubText::tr("Plan: add %n hub(s)", nullptr, capacity.plan.hubsToAdd);
    else if (capacity.plan.action == QLatin1String("scale_down"))
        action = HubText::tr("Plan: remove %1").arg(capacity.plan.hubsToRemove.join(QStringLiteral(", ")));
    else
        action = HubText::tr("Plan: no change");
    return capacity.plan.reason.isEmpty() ? action : HubText::tr("%1 (%2)").arg(action, capacity.plan.reason);
}

QString capacityWhatIfText(const Capacity &capacity)
{
    return HubText::tr("With %n more pub(s): %1 hubs needed, %2 to add.", nullptr, capacity.whatIf.extraPubs)
        .arg(capacity.whatIf.hubsNeeded)
        .arg(capacity.whatIf.hubsToAdd);
}

Result<Hub> parseHub(const QJsonObject &json, const QUrl &serverUrl)
{
    Hub hub;
    hub.id = stringField(json, "id");
    hub.name = stringField(json, "name");
    const std::optional<HubState> state = enumFromName(HubStateNames, stringField(json, "state"));
    const std::optional<qint64> port = integerField(json, "port");
    if ((!isValidId(hub.id) && hub.id != QLatin1String("local")) || hub.name.isEmpty() || !state
        || (port && (*port < 0 || *port > 65535)))
        return invalidReplyError(serverUrl, 200);
    hub.state = *state;
    hub.provider = stringField(json, "provider");
    hub.host = stringField(json, "host");
    hub.port = int(port.value_or(22));
    hub.user = stringField(json, "user");
    hub.hostKeyFingerprint = stringField(json, "hostKeyFingerprint");
    hub.nodeId = stringField(json, "nodeId");
    hub.dockerVersion = stringField(json, "dockerVersion");
    hub.memoryBytes = bytesField(json, "memoryBytes");
    hub.cpus = countField(json, "cpus");
    hub.pubs = countField(json, "pubs");
    hub.message = stringField(json, "message");
    hub.createdAt = timeField(json, "createdAt");
    hub.updatedAt = timeField(json, "updatedAt");
    if (const QJsonValue job = json.value(QLatin1String("job")); job.isObject()) {
        Result<Job> parsedJob = parseJob(job.toObject(), serverUrl);
        if (!parsedJob.ok())
            return parsedJob.error();
        hub.job = parsedJob.value();
    }
    return hub;
}

Result<QList<Hub>> parseHubList(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<Hub>(json, "hubs", serverUrl, parseHub);
}

Result<HostKeyProbe> parseHostKeyProbe(const QJsonObject &json, const QUrl &serverUrl)
{
    HostKeyProbe probe{stringField(json, "hostKeyType"), stringField(json, "hostKeyFingerprint"),
                       json.value(QLatin1String("knownHost")).toBool()};
    // Only a SHA-256 fingerprint is worth showing for confirmation.
    if (probe.keyType.isEmpty() || !probe.fingerprint.startsWith(QLatin1String("SHA256:")) || probe.fingerprint.size() < 20)
        return invalidReplyError(serverUrl, 200);
    return probe;
}

Result<Capacity> parseCapacity(const QJsonObject &json, const QUrl &serverUrl)
{
    Result<QList<HubCapacity>> hubs = parseArrayField<HubCapacity>(json, "hubs", serverUrl, parseHubCapacity);
    if (!hubs.ok())
        return hubs.error();
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    const QJsonObject observed = json.value(QLatin1String("observed")).toObject();
    const QJsonObject plan = json.value(QLatin1String("plan")).toObject();
    const QJsonObject whatIf = json.value(QLatin1String("whatIf")).toObject();
    if (totals.isEmpty() || plan.isEmpty())
        return invalidReplyError(serverUrl, 200);
    Capacity capacity;
    capacity.pubMemoryBytes = bytesField(json, "pubMemoryBytes");
    capacity.hubMemoryBytes = bytesField(json, "hubMemoryBytes");
    capacity.hubPrice = moneyField(json, "hubPrice");
    capacity.hubs = hubs.value();
    capacity.totals.hubs = countField(totals, "hubs");
    capacity.totals.pubs = countField(totals, "pubs");
    capacity.totals.memoryBytes = bytesField(totals, "memoryBytes");
    capacity.totals.reservedBytes = bytesField(totals, "reservedBytes");
    capacity.totals.freeBytes = bytesField(totals, "freeBytes");
    capacity.totals.utilisation = std::clamp(numberField(totals, "utilisation").value_or(0), 0.0, 10.0);
    capacity.totals.costPerPub = moneyField(totals, "costPerPub");
    capacity.observed.pubMemoryP95Bytes = bytesField(observed, "pubMemoryP95Bytes");
    capacity.observed.headroom = std::clamp(numberField(observed, "headroom").value_or(0), 0.0, 10.0);
    capacity.observed.pubsPerHub = countField(observed, "pubsPerHub");
    capacity.observed.costPerPub = moneyField(observed, "costPerPub");
    capacity.plan.action = stringField(plan, "action");
    capacity.plan.hubsNeeded = countField(plan, "hubsNeeded");
    capacity.plan.hubsToAdd = countField(plan, "hubsToAdd");
    for (const QJsonValue &hub : plan.value(QLatin1String("hubsToRemove")).toArray())
        capacity.plan.hubsToRemove.append(hub.toString());
    capacity.plan.reason = stringField(plan, "reason");
    capacity.whatIf.extraPubs = countField(whatIf, "extraPubs");
    capacity.whatIf.hubsNeeded = countField(whatIf, "hubsNeeded");
    capacity.whatIf.hubsToAdd = countField(whatIf, "hubsToAdd");
    return capacity;
}

HubService::HubService(Session *session)
    : m_session(session)
{
}

void HubService::list(QObject *context, Handler<QList<Hub>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/hubs");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseHubList));
}

void HubService::probe(const QString &host, int port, QObject *context, Handler<HostKeyProbe> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/hubs/probe");
    request.body = QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("port"), port}};
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseHostKeyProbe));
}

void HubService::add(const NewHub &hub, QObject *context, Handler<Hub> handler)
{
    const Result<QString> key = readPrivateKey(hub.privateKeyFile);
    if (!key.ok()) {
        QTimer::singleShot(0, context, [handler, error = key.error()] { handler(error); }); // answer later, like the network
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/hubs");
    request.body = QJsonObject{{QStringLiteral("name"), hub.name},
                               {QStringLiteral("host"), hub.host},
                               {QStringLiteral("port"), hub.port},
                               {QStringLiteral("user"), hub.user},
                               {QStringLiteral("privateKey"), key.value()},
                               {QStringLiteral("hostKeyFingerprint"), hub.hostKeyFingerprint}};
    handler = explainError(std::move(handler), ErrorCode::Conflict, HubText::tr("A hub with that name or address exists already."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseHub));
}

void HubService::drain(const QString &hubId, QObject *context, Handler<Hub> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = hubPath(hubId, "/drain");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseHub));
}

void HubService::remove(const QString &hubId, QObject *context, Handler<Hub> handler)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = hubPath(hubId);
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           HubText::tr("Only a drained hub without pubs can be removed. Drain it first and wait until its pubs have moved."));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseHub));
}

void HubService::capacity(int extraPubs, QObject *context, Handler<Capacity> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/capacity");
    request.query.addQueryItem(QStringLiteral("extraPubs"), QString::number(std::clamp(extraPubs, 0, 100000)));
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseCapacity));
}

}
