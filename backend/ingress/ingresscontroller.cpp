#include "ingress/ingresscontroller.h"

#include "core/logging.h"
#include "docker/dockerengine.h"
#include "ingress/tararchive.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "swarm/pubruntime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

namespace buttcloud {

namespace {

using namespace std::chrono_literals;

constexpr auto SitesRoot = "/etc/nginx/buttcloud";
constexpr auto SpecLabel = "buttcloud.ingress.spec";
constexpr int NginxUid = 101;  // the image's nginx user: uploaded files stay readable by it only
constexpr auto NginxTimeout = 20s;
constexpr auto RetrySoon = 2s;
constexpr auto RetryPrepare = 10s;
constexpr auto RetryFeedId = 5s;
constexpr qint64 RestartDelayNanoseconds = 5'000'000'000;
constexpr qint64 StopGracePeriodNanoseconds = 10'000'000'000;

QString siteDir(const char *which)
{
    return QLatin1String(SitesRoot) + QLatin1Char('/') + QLatin1String(which);
}

QJsonObject toJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool carriesLabels(const QJsonObject &labels, const QMap<QString, QString> &expected)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (labels.value(it.key()).toString() != it.value())
            return false;
    }
    return true;
}

QByteArray digestOf(const IngressSites &sites)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const IngressFile &file : sites.files) {
        hash.addData(file.path.toUtf8());
        hash.addData(QByteArray::number(file.mode));
        hash.addData(QByteArray::number(file.content.size()));
        hash.addData(file.content);
    }
    return hash.result();
}

QByteArray archiveUnder(const QString &prefix, const IngressSites &sites)
{
    QList<TarEntry> entries;
    for (const IngressFile &file : sites.files)
        entries.append({prefix + QLatin1Char('/') + file.path, file.content, file.mode});
    return tarArchive(entries, NginxUid, NginxUid, QDateTime::currentSecsSinceEpoch());
}

QString dockerProblem(const DockerError &error)
{
    return error.message.isEmpty() ? QStringLiteral("the Docker engine failed") : error.message;
}

QByteArray readSecretFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}

IngressController::IngressController(const Database &database, DockerEngine *engine, PubRuntime *runtime,
                                     IngressSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_engine(engine)
    , m_runtime(runtime)
    , m_settings(std::move(settings))
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(200ms);  // pub changes come in bursts (status, then port, then observation)
    connect(&m_soon, &QTimer::timeout, this, &IngressController::sync);
    m_periodic.setInterval(m_settings.syncInterval);
    connect(&m_periodic, &QTimer::timeout, this, &IngressController::sync);
}

IngressController::~IngressController() = default;

void IngressController::start()
{
    if (!m_settings.tlsCertFile.isEmpty()) {
        // Read once at start: the operator's files, never logged; a renewed certificate needs a restart.
        m_tlsCert = readSecretFile(m_settings.tlsCertFile);
        m_tlsKey = readSecretFile(m_settings.tlsKeyFile);
        if (m_tlsCert.isEmpty() || m_tlsKey.isEmpty())
            qCWarning(lcPubs) << "the ingress's certificate or key file cannot be read: HTTPS will fail its check";
    }
    m_periodic.start();
    prepare();
}

void IngressController::prepare()
{
    const auto failed = [this](const QString &problem) {
        qCWarning(lcPubs).noquote() << "ingress:" << problem;
        Q_EMIT synced(false, problem);
        QTimer::singleShot(RetryPrepare, this, &IngressController::prepare);
    };
    ensureNetwork([guard = QPointer<IngressController>(this), failed](const QString &problem) {
        if (!guard)
            return;
        if (!problem.isEmpty())
            return failed(problem);
        guard->ensureService([guard, failed](const QString &serviceProblem) {
            if (!guard)
                return;
            if (!serviceProblem.isEmpty())
                return failed(serviceProblem);
            guard->m_ready = true;
            guard->sync();
        });
    });
}

void IngressController::scheduleSync()
{
    if (!m_soon.isActive())
        m_soon.start(200ms);
}

void IngressController::ensureNetwork(Step done)
{
    const QString path = QStringLiteral("/networks/") + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.networkName));
    m_engine->request("GET", path, std::nullopt, [this, guard = QPointer<IngressController>(this), done](DockerReply reply) {
        if (!guard)
            return;
        if (!reply.error) {
            const QJsonObject network = reply.json.object();
            if (network.value(QLatin1String("Driver")).toString() != QLatin1String("overlay")
                || !carriesLabels(network.value(QLatin1String("Labels")).toObject(), m_settings.labels))
                return done(QStringLiteral("a network named %1 exists and is not this server's overlay network").arg(m_settings.networkName));
            return done({});
        }
        if (!reply.error->isNotFound())
            return done(dockerProblem(*reply.error));
        const QJsonObject create{{QStringLiteral("Name"), m_settings.networkName},
                                 {QStringLiteral("Driver"), QStringLiteral("overlay")},
                                 {QStringLiteral("CheckDuplicate"), true},
                                 {QStringLiteral("Attachable"), false},
                                 {QStringLiteral("Labels"), toJson(m_settings.labels)}};
        m_engine->request("POST", QStringLiteral("/networks/create"), QJsonDocument(create), [guard, done](DockerReply created) {
            if (!guard)
                return;
            if (created.error)
                return done(dockerProblem(*created.error));
            qCInfo(lcPubs).noquote() << "created the ingress network" << guard->m_settings.networkName;
            done({});
        });
    });
}

QJsonObject IngressController::serviceSpec() const
{
    QJsonArray ports{QJsonObject{{QStringLiteral("Protocol"), QStringLiteral("tcp")},
                                 {QStringLiteral("TargetPort"), IngressContainerHttpPort},
                                 {QStringLiteral("PublishedPort"), m_settings.httpPort},
                                 {QStringLiteral("PublishMode"), QStringLiteral("host")}}};
    if (!m_settings.tlsCertFile.isEmpty()) {
        ports.append(QJsonObject{{QStringLiteral("Protocol"), QStringLiteral("tcp")},
                                 {QStringLiteral("TargetPort"), IngressContainerHttpsPort},
                                 {QStringLiteral("PublishedPort"), m_settings.httpsPort},
                                 {QStringLiteral("PublishMode"), QStringLiteral("host")}});
    }
    const QJsonObject labels = toJson(m_settings.labels);
    const QJsonObject taskTemplate{
        {QStringLiteral("ContainerSpec"), QJsonObject{{QStringLiteral("Image"), m_settings.image},
                                                      {QStringLiteral("Labels"), labels},
                                                      {QStringLiteral("StopGracePeriod"), StopGracePeriodNanoseconds}}},
        // The server configures the ingress through its own engine (archive uploads, exec): the
        // ingress runs where that engine is a manager, as this server's engine is.
        {QStringLiteral("Placement"), QJsonObject{{QStringLiteral("Constraints"), QJsonArray{QStringLiteral("node.role==manager")}}}},
        {QStringLiteral("Networks"), QJsonArray{QJsonObject{{QStringLiteral("Target"), m_settings.networkName}}}},
        {QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Condition"), QStringLiteral("any")},
                                                      {QStringLiteral("Delay"), RestartDelayNanoseconds}}},
    };
    return QJsonObject{
        {QStringLiteral("Name"), m_settings.serviceName},
        {QStringLiteral("Labels"), labels},
        {QStringLiteral("TaskTemplate"), taskTemplate},
        {QStringLiteral("Mode"), QJsonObject{{QStringLiteral("Replicated"), QJsonObject{{QStringLiteral("Replicas"), 1}}}}},
        {QStringLiteral("EndpointSpec"), QJsonObject{{QStringLiteral("Ports"), ports}}},
    };
}

void IngressController::ensureService(Step done)
{
    QJsonObject spec = serviceSpec();
    const QString specDigest = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(spec).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    QJsonObject labels = spec.value(QLatin1String("Labels")).toObject();
    labels.insert(QLatin1String(SpecLabel), specDigest);
    spec.insert(QStringLiteral("Labels"), labels);

    m_engine->inspectService(m_settings.serviceName, [this, guard = QPointer<IngressController>(this), spec, specDigest,
                                                      done](DockerResult<QJsonObject> result) {
        if (!guard)
            return;
        if (const auto *error = std::get_if<DockerError>(&result)) {
            if (!error->isNotFound())
                return done(dockerProblem(*error));
            return m_engine->createService(spec, [guard, done](DockerResult<QString> created) {
                if (!guard)
                    return;
                if (const auto *createError = std::get_if<DockerError>(&created))
                    return done(dockerProblem(*createError));
                qCInfo(lcPubs).noquote() << "created the ingress service" << guard->m_settings.serviceName;
                done({});
            });
        }
        const QJsonObject service = std::get<QJsonObject>(result);
        const QJsonObject existingLabels = service.value(QLatin1String("Spec")).toObject().value(QLatin1String("Labels")).toObject();
        if (!carriesLabels(existingLabels, m_settings.labels))
            return done(QStringLiteral("a service named %1 exists and is not this server's").arg(m_settings.serviceName));
        if (existingLabels.value(QLatin1String(SpecLabel)).toString() == specDigest)
            return done({});
        const QString id = service.value(QLatin1String("ID")).toString();
        const qint64 version = qint64(service.value(QLatin1String("Version")).toObject().value(QLatin1String("Index")).toDouble(-1));
        if (id.isEmpty() || version < 0)
            return done(QStringLiteral("the Docker engine described the ingress service without an ID or version"));
        m_engine->updateService(id, version, spec, [guard, done](std::optional<DockerError> error) {
            if (!guard)
                return;
            if (error)
                return done(dockerProblem(*error));
            // A new task starts with the image's empty sites: apply them again.
            guard->m_appliedDigest.clear();
            qCInfo(lcPubs).noquote() << "updated the ingress service" << guard->m_settings.serviceName;
            done({});
        });
    });
}

IngressSites IngressController::sitesFor(const QString &dir) const
{
    QList<IngressPub> pubs;
    for (const PubRecord &pub : PubRepository(m_database).list()) {
        if (pub.desiredState == PubDesiredState::Deleted)
            continue;
        pubs.append(IngressPub{pub.id, pub.name, m_feedIds.value(pub.id), pub.host, pub.port});
    }
    IngressSiteSettings settings;
    settings.domain = m_settings.domain;
    settings.tls = !m_settings.tlsCertFile.isEmpty();
    settings.tlsCert = m_tlsCert;
    settings.tlsKey = m_tlsKey;
    return buildIngressSites(pubs, settings, dir);
}

void IngressController::sync()
{
    if (!m_ready)
        return;
    if (m_syncing) {
        m_syncAgain = true;
        return;
    }
    m_syncing = true;
    learnFeedIds([guard = QPointer<IngressController>(this)] {
        if (!guard)
            return;
        const IngressSites live = guard->sitesFor(siteDir("live"));
        const QByteArray digest = digestOf(live);
        if (digest == guard->m_appliedDigest)
            return guard->finishSync(true, {});
        for (const QString &skipped : live.skipped)
            qCWarning(lcPubs).noquote() << "the ingress leaves out pub" << skipped;
        guard->apply(guard->sitesFor(siteDir("candidate")), live, digest);
    });
}

void IngressController::learnFeedIds(std::function<void()> done)
{
    QStringList missing;
    for (const PubRecord &pub : PubRepository(m_database).list()) {
        if (pub.status == PubStatus::Up && !m_feedIds.contains(pub.id))
            missing.append(pub.id);
    }
    // Forget removed pubs, so their ids are not kept for ever.
    const QList<QString> known = m_feedIds.keys();
    for (const QString &pubId : known) {
        if (!PubRepository(m_database).findById(pubId))
            m_feedIds.remove(pubId);
    }
    // Each step holds itself only weakly; the exec callback waiting for it holds it strongly, so
    // the chain lives exactly as long as a step is pending.
    auto step = std::make_shared<std::function<void(QStringList)>>();
    *step = [this, guard = QPointer<IngressController>(this), done, weakStep = std::weak_ptr(step)](QStringList remaining) {
        if (!guard)
            return;
        if (remaining.isEmpty()) {
            // A pub that is up but not answering whoami yet (it just started): ask again soon.
            for (const PubRecord &pub : PubRepository(m_database).list()) {
                if (pub.status == PubStatus::Up && !m_feedIds.contains(pub.id)) {
                    m_soon.start(RetryFeedId);
                    break;
                }
            }
            return done();
        }
        const QString pubId = remaining.takeFirst();
        m_runtime->askFeedId(pubId, [guard, pubId, remaining, next = weakStep.lock()](const QString &feedId) {
            if (!guard)
                return;
            if (!feedId.isEmpty())
                guard->m_feedIds.insert(pubId, feedId);
            (*next)(remaining);
        });
    };
    (*step)(missing);
}

void IngressController::findContainer(std::function<void(const QString &, const QString &)> done)
{
    m_engine->listTasks({m_settings.serviceName}, [done](DockerResult<QJsonArray> result) {
        if (const auto *error = std::get_if<DockerError>(&result))
            return done({}, dockerProblem(*error));
        static const QRegularExpression containerIdPattern(QStringLiteral("^[0-9a-f]{64}$"));
        for (const QJsonValue &value : std::get<QJsonArray>(result)) {
            const QJsonObject task = value.toObject();
            const QJsonObject status = task.value(QLatin1String("Status")).toObject();
            const QString containerId = status.value(QLatin1String("ContainerStatus")).toObject().value(QLatin1String("ContainerID")).toString();
            // "starting" is a running container whose first health check has not passed yet: nginx
            // already serves, and its sites are what the health check is about.
            const QString state = status.value(QLatin1String("State")).toString();
            if (task.value(QLatin1String("DesiredState")).toString() == QLatin1String("running")
                && (state == QLatin1String("running") || state == QLatin1String("starting"))
                && containerIdPattern.match(containerId).hasMatch())
                return done(containerId, {});
        }
        done({}, QStringLiteral("no ingress task runs yet"));
    });
}

void IngressController::runNginx(const QString &containerId, const QStringList &arguments, Step done)
{
    const QStringList argv = QStringList{QStringLiteral("nginx"), QStringLiteral("-e"), QStringLiteral("stderr")} + arguments;
    m_engine->exec(containerId, argv, NginxTimeout, [done](DockerResult<ExecResult> result) {
        if (const auto *error = std::get_if<DockerError>(&result))
            return done(dockerProblem(*error));
        const ExecResult &exec = std::get<ExecResult>(result);
        if (exec.exitCode == 0)
            return done({});
        done(QString::fromUtf8(exec.standardError.trimmed().left(1000)));
    });
}

void IngressController::apply(const IngressSites &candidate, const IngressSites &live, const QByteArray &digest)
{
    const QByteArray candidateTar = archiveUnder(QStringLiteral("candidate"), candidate);
    const QByteArray liveTar = archiveUnder(QStringLiteral("live"), live);
    if (candidateTar.isEmpty() || liveTar.isEmpty())
        return finishSync(false, QStringLiteral("the ingress sites could not be archived"));
    const QPointer<IngressController> guard(this);
    findContainer([this, guard, candidateTar, liveTar, digest](const QString &containerId, const QString &problem) {
        if (!guard)
            return;
        if (!problem.isEmpty())
            return finishSync(false, problem);
        const QString root = QLatin1String(SitesRoot);
        m_engine->putArchive(containerId, root, candidateTar, [this, guard, containerId, root, liveTar, digest](std::optional<DockerError> error) {
            if (!guard)
                return;
            if (error)
                return finishSync(false, dockerProblem(*error));
            runNginx(containerId, {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("/etc/nginx/candidate.conf")},
                     [this, guard, containerId, root, liveTar, digest](const QString &testProblem) {
                if (!guard)
                    return;
                if (!testProblem.isEmpty())
                    return finishSync(false, QStringLiteral("nginx refused the new sites, the live ones stay: ") + testProblem);
                m_engine->putArchive(containerId, root, liveTar, [this, guard, containerId, digest](std::optional<DockerError> liveError) {
                    if (!guard)
                        return;
                    if (liveError)
                        return finishSync(false, dockerProblem(*liveError));
                    runNginx(containerId, {QStringLiteral("-s"), QStringLiteral("reload")}, [this, guard, digest](const QString &reloadProblem) {
                        if (!guard)
                            return;
                        if (!reloadProblem.isEmpty())
                            return finishSync(false, QStringLiteral("nginx did not reload: ") + reloadProblem);
                        m_appliedDigest = digest;
                        qCInfo(lcPubs) << "the ingress serves the current pubs";
                        finishSync(true, {});
                    });
                });
            });
        });
    });
}

void IngressController::finishSync(bool ok, const QString &problem)
{
    m_syncing = false;
    if (!ok) {
        qCWarning(lcPubs).noquote() << "ingress:" << problem;
        // The task may still be starting, or Docker was busy: try again soon rather than at the
        // next period.
        if (m_ready)
            m_soon.start(RetrySoon);
    }
    Q_EMIT synced(ok, problem);
    if (m_syncAgain) {
        m_syncAgain = false;
        scheduleSync();
    }
}

}
