// Against the real Docker engine on /var/run/docker.sock (a swarm manager): a pub's whole life as a
// service, with a small local image. Everything created carries this run's label and is removed at
// the end, also when a test fails.
#include "docker/dockerengine.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubservicespec.h"
#include "wire/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace buttcloud;
using namespace std::chrono_literals;

class TestDockerSwarm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pingsEngine();
    void unreachableSocketIsEngineUnavailable();
    void deployedPubComesUp();
    void labelsEverythingItCreates();
    void execRunsInThePub();
    void redeployUpdatesInPlace();
    void scalesDownAndUp();
    void removesServiceAndData();
    void scalingMissingPubIsNotFound();
    void crashingPubIsReported();
    void realPubAnswersWhoami();

private:
    PubServiceSpec specFor(const QString &pubId, const QString &externalHost = QStringLiteral("127.0.0.1")) const;
    std::variant<QList<ObservedPub>, RuntimeError> observe();
    std::optional<ObservedPub> observePub(const QString &pubId);
    // The pub as observed once it reached status (None: once it is gone), or nullopt on timeout.
    std::optional<ObservedPub> waitForStatus(const QString &pubId, PubStatus status, std::chrono::seconds timeout);
    std::optional<RuntimeError> wait(std::function<void(PubRuntime::Done)> call);
    QByteArray docker(const QStringList &arguments, bool mustSucceed = true);
    void removeLabelled();

    QString m_runId;
    QString m_testLabel;  // key=value carried by everything this run creates
    QString m_image;
    QString m_pubId;
    PubServiceSpec m_spec;  // what deployedPubComesUp deployed
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<DockerPubRuntime> m_runtime;
};

namespace {

const QString SocketPath = QStringLiteral("/var/run/docker.sock");

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

template<typename T>
std::optional<T> waitForResult(std::function<void(std::function<void(T)>)> call, std::chrono::milliseconds timeout = 60s)
{
    std::optional<T> result;
    call([&](T value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count())))
        qWarning("no answer within %lld ms", qint64(timeout.count()));
    return result;
}

}

QByteArray TestDockerSwarm::docker(const QStringList &arguments, bool mustSucceed)
{
    // The engine's own CLI: setup and cleanup must not depend on the code under test.
    const QString program = QFile::exists(QStringLiteral("/usr/bin/docker")) ? QStringLiteral("/usr/bin/docker")
                                                                             : QStringLiteral("docker");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (mustSucceed && (!finished || process.exitCode() != 0))
        qWarning().noquote() << "docker" << arguments.join(u' ') << "failed:" << process.readAllStandardError();
    return finished && process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

void TestDockerSwarm::initTestCase()
{
    if (!QFile::exists(SocketPath))
        QSKIP("no Docker engine at /var/run/docker.sock (scripts/lib/docker-up.sh starts one)");

    m_runId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_testLabel = QStringLiteral("buttcloud.test=") + m_runId;
    m_image = QStringLiteral("buttcloud-test/sleeper:") + m_runId;
    m_pubId = QStringLiteral("t") + m_runId;

    QTemporaryDir context;
    QVERIFY(context.isValid());
    QVERIFY(QFile::copy(QStringLiteral(BUTTCLOUD_DOCKER_SLEEPER), context.filePath(QStringLiteral("sleeper"))));
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\nCOPY sleeper /sleeper\nVOLUME /home/ssb/.ssb\nENTRYPOINT [\"/sleeper\"]\n");
    dockerfile.close();
    QVERIFY(!docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("--label"), m_testLabel,
                     QStringLiteral("-t"), m_image, context.path()}).isEmpty());

    m_engine = std::make_unique<DockerEngine>(QUrl(QStringLiteral("unix://") + SocketPath));
    m_runtime = std::make_unique<DockerPubRuntime>(
        m_engine.get(), QMap<QString, QString>{{QStringLiteral("buttcloud.instance"), QStringLiteral("test-") + m_runId},
                                               {QStringLiteral("buttcloud.test"), m_runId}});
    m_runtime->setVolumeReleaseTimeout(30s);
}

void TestDockerSwarm::cleanupTestCase()
{
    if (m_runId.isEmpty())
        return;
    m_runtime.reset();
    m_engine.reset();
    removeLabelled();
}

// Removes what this run created, through the CLI, whatever state the tests left behind.
void TestDockerSwarm::removeLabelled()
{
    const QString filter = QStringLiteral("label=") + m_testLabel;
    const auto ids = [&](const QStringList &arguments) {
        return QString::fromUtf8(docker(arguments, false)).split(u'\n', Qt::SkipEmptyParts);
    };
    const QStringList services = ids({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                      QStringLiteral("--filter"), filter});
    if (!services.isEmpty())
        docker(QStringList{QStringLiteral("service"), QStringLiteral("rm")} + services);
    // Volumes stay in use until the services' containers are gone.
    for (int attempt = 0; attempt < 60; ++attempt) {
        const QStringList volumes = ids({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"),
                                         QStringLiteral("--filter"), filter});
        if (volumes.isEmpty())
            break;
        docker(QStringList{QStringLiteral("volume"), QStringLiteral("rm")} + volumes, false);
        QTest::qWait(500);
    }
    docker({QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("-f"), m_image}, false);
    QVERIFY(ids({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"), filter}).isEmpty());
}

PubServiceSpec TestDockerSwarm::specFor(const QString &pubId, const QString &externalHost) const
{
    PubServiceSpec spec;
    spec.pubId = pubId;
    spec.image = m_image;
    spec.publishedPort = freePort();
    spec.memoryLimitBytes = 64 * 1024 * 1024;
    spec.memoryReservationBytes = 16 * 1024 * 1024;
    spec.externalHost = externalHost;
    spec.replicas = 1;
    return spec;
}

std::optional<RuntimeError> TestDockerSwarm::wait(std::function<void(PubRuntime::Done)> call)
{
    const auto result = waitForResult<std::optional<RuntimeError>>(call);
    if (!result)
        return RuntimeError{QStringLiteral("no answer")};
    return *result;
}

std::variant<QList<ObservedPub>, RuntimeError> TestDockerSwarm::observe()
{
    using Result = std::variant<QList<ObservedPub>, RuntimeError>;
    const auto result = waitForResult<Result>([&](auto done) { m_runtime->observe(done); });
    return result.value_or(Result(RuntimeError{QStringLiteral("no answer")}));
}

std::optional<ObservedPub> TestDockerSwarm::observePub(const QString &pubId)
{
    const auto result = observe();
    if (const auto *error = std::get_if<RuntimeError>(&result)) {
        qWarning().noquote() << "observe failed:" << error->message;
        return std::nullopt;
    }
    for (const ObservedPub &pub : std::get<QList<ObservedPub>>(result)) {
        if (pub.pubId == pubId)
            return pub;
    }
    return std::nullopt;
}

std::optional<ObservedPub> TestDockerSwarm::waitForStatus(const QString &pubId, PubStatus status, std::chrono::seconds timeout)
{
    QDeadlineTimer deadline(timeout);
    std::optional<ObservedPub> pub;
    while (!deadline.hasExpired()) {
        pub = observePub(pubId);
        if (status == PubStatus::None && !pub) {
            ObservedPub gone;
            gone.pubId = pubId;
            return gone;
        }
        if (pub && pub->status == status)
            return pub;
        QTest::qWait(300);
    }
    qWarning().noquote() << "pub" << pubId << "is" << (pub ? pubStatusName(pub->status) + u' ' + pub->message : QStringLiteral("absent"))
                         << "instead of" << pubStatusName(status);
    return std::nullopt;
}

void TestDockerSwarm::pingsEngine()
{
    const auto error = waitForResult<std::optional<QString>>([&](auto done) { m_engine->ping(done); });
    QVERIFY(error.has_value());
    QVERIFY2(!error->has_value(), qPrintable(error->value_or(QString())));
}

void TestDockerSwarm::unreachableSocketIsEngineUnavailable()
{
    QTemporaryDir dir;
    DockerEngine engine(QUrl(QStringLiteral("unix://") + dir.filePath(QStringLiteral("missing.sock"))));
    DockerPubRuntime runtime(&engine, {});
    using Result = std::variant<QList<ObservedPub>, RuntimeError>;
    const auto observed = waitForResult<Result>([&](auto done) { runtime.observe(done); });
    QVERIFY(observed && std::holds_alternative<RuntimeError>(*observed));
    QVERIFY(std::get<RuntimeError>(*observed).engineUnavailable);

    const auto deployed = waitForResult<std::optional<RuntimeError>>([&](auto done) { runtime.deploy(specFor(m_pubId), done); });
    QVERIFY(deployed && deployed->has_value());
    QVERIFY((*deployed)->engineUnavailable);
}

void TestDockerSwarm::deployedPubComesUp()
{
    m_spec = specFor(m_pubId);
    const auto error = wait([&](auto done) { m_runtime->deploy(m_spec, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    const auto pub = waitForStatus(m_pubId, PubStatus::Up, 60s);
    QVERIFY(pub);
    QCOMPARE(pub->image, m_image);
    QCOMPARE(pub->replicas, 1);
    QVERIFY(!pub->serviceId.isEmpty());
    QVERIFY(!pub->containerId.isEmpty());
    QVERIFY(!pub->node.isEmpty());
}

void TestDockerSwarm::labelsEverythingItCreates()
{
    const QString filter = QStringLiteral("label=") + m_testLabel;
    const auto listed = [&](const QString &kind) {
        return QString::fromUtf8(docker({kind, QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                         filter, QStringLiteral("--filter"), QStringLiteral("label=buttcloud.pub.id=") + m_pubId}))
            .trimmed();
    };
    QVERIFY(!listed(QStringLiteral("service")).isEmpty());
    QVERIFY(!listed(QStringLiteral("volume")).isEmpty());
    QCOMPARE(QString::fromUtf8(docker({QStringLiteral("volume"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                       QStringLiteral("{{.Name}}"), pubVolumeName(m_pubId)})).trimmed(),
             pubVolumeName(m_pubId));
    const auto pub = observePub(m_pubId);
    QVERIFY(pub);
    const QString containerLabels = QString::fromUtf8(docker({QStringLiteral("container"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                                              QStringLiteral("{{json .Config.Labels}}"), pub->containerId}));
    QVERIFY2(containerLabels.contains(QStringLiteral("\"buttcloud.test\":\"%1\"").arg(m_runId)), qPrintable(containerLabels));
}

void TestDockerSwarm::execRunsInThePub()
{
    const auto pub = observePub(m_pubId);
    QVERIFY(pub && !pub->containerId.isEmpty());
    const auto result = waitForResult<DockerResult<ExecResult>>([&](auto done) {
        m_engine->exec(pub->containerId, {QStringLiteral("/sleeper"), QStringLiteral("print"), QStringLiteral("to stdout"),
                                          QStringLiteral("to stderr"), QStringLiteral("3")}, 20s, done);
    });
    QVERIFY(result);
    if (const auto *error = std::get_if<DockerError>(&*result))
        QFAIL(qPrintable(error->message));
    const ExecResult output = std::get<ExecResult>(*result);
    QCOMPARE(output.exitCode, 3);
    QCOMPARE(output.standardOutput, QByteArray("to stdout"));
    QCOMPARE(output.standardError, QByteArray("to stderr"));
}

void TestDockerSwarm::redeployUpdatesInPlace()
{
    const auto before = observePub(m_pubId);
    QVERIFY(before);
    // The same spec again changes nothing: the pub keeps running in the same container.
    auto error = wait([&](auto done) { m_runtime->deploy(m_spec, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QTest::qWait(1000);
    auto after = waitForStatus(m_pubId, PubStatus::Up, 60s);
    QVERIFY(after);
    QCOMPARE(after->serviceId, before->serviceId);
    QCOMPARE(after->containerId, before->containerId);

    // A changed spec replaces the task.
    m_spec.publishedPort = freePort();
    error = wait([&](auto done) { m_runtime->deploy(m_spec, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QTRY_VERIFY_WITH_TIMEOUT((after = observePub(m_pubId)) && after->status == PubStatus::Up
                                 && after->containerId != before->containerId, 60000);
    QCOMPARE(after->serviceId, before->serviceId);
}

void TestDockerSwarm::scalesDownAndUp()
{
    auto error = wait([&](auto done) { m_runtime->scale(m_pubId, 0, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    const auto down = waitForStatus(m_pubId, PubStatus::Down, 60s);
    QVERIFY(down);
    QCOMPARE(down->replicas, 0);
    QVERIFY(down->containerId.isEmpty());

    error = wait([&](auto done) { m_runtime->scale(m_pubId, 1, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QVERIFY(waitForStatus(m_pubId, PubStatus::Up, 60s));
}

void TestDockerSwarm::removesServiceAndData()
{
    auto error = wait([&](auto done) { m_runtime->remove(m_pubId, true, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QVERIFY(waitForStatus(m_pubId, PubStatus::None, 30s));
    const auto volume = waitForResult<DockerResult<QJsonObject>>([&](auto done) {
        m_engine->inspectVolume(pubVolumeName(m_pubId), done);
    });
    QVERIFY(volume && std::holds_alternative<DockerError>(*volume));
    QVERIFY(std::get<DockerError>(*volume).isNotFound());

    // Removing what is already gone is fine.
    error = wait([&](auto done) { m_runtime->remove(m_pubId, true, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
}

void TestDockerSwarm::scalingMissingPubIsNotFound()
{
    const auto error = wait([&](auto done) { m_runtime->scale(m_pubId, 1, done); });
    QVERIFY(error);
    QVERIFY(error->notFound);
    QVERIFY(!error->engineUnavailable);
}

void TestDockerSwarm::crashingPubIsReported()
{
    const QString pubId = m_pubId + QStringLiteral("-crash");
    const auto error = wait([&](auto done) { m_runtime->deploy(specFor(pubId, QStringLiteral("fail.invalid")), done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));

    // Between restarts (the restart delay) the pub is Failed, with Docker's reason.
    const auto pub = waitForStatus(pubId, PubStatus::Failed, 60s);
    QVERIFY(pub);
    QVERIFY2(pub->message.contains(QLatin1String("non-zero exit")), qPrintable(pub->message));

    const auto removed = wait([&](auto done) { m_runtime->remove(pubId, true, done); });
    QVERIFY2(!removed, qPrintable(removed ? removed->message : QString()));
}

void TestDockerSwarm::realPubAnswersWhoami()
{
    // Only where packaging/pub-image has been built: the pub itself, driven the way the server will.
    const QString image = QStringLiteral("buttcloud/pub:") + QLatin1String(SsbServerVersion);
    if (docker({QStringLiteral("image"), QStringLiteral("inspect"), image}, false).isEmpty())
        QSKIP("the pub image is not built (packaging/pub-image/build.sh)");

    const QString pubId = m_pubId + QStringLiteral("-real");
    PubServiceSpec spec = specFor(pubId);
    spec.image = image;
    spec.memoryLimitBytes = 512 * 1024 * 1024;
    auto error = wait([&](auto done) { m_runtime->deploy(spec, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    // The image's health check (first run after 30 s) has to pass before the task counts as running.
    const auto pub = waitForStatus(pubId, PubStatus::Up, 120s);
    QVERIFY(pub);

    const auto result = waitForResult<DockerResult<ExecResult>>([&](auto done) {
        m_engine->exec(pub->containerId, {QStringLiteral("ssb-server"), QStringLiteral("whoami")}, 30s, done);
    });
    QVERIFY(result);
    if (const auto *execError = std::get_if<DockerError>(&*result))
        QFAIL(qPrintable(execError->message));
    const ExecResult output = std::get<ExecResult>(*result);
    QCOMPARE(output.exitCode, 0);
    QVERIFY2(output.standardOutput.contains(".ed25519"), output.standardOutput.constData());

    error = wait([&](auto done) { m_runtime->remove(pubId, true, done); });
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
}

QTEST_GUILESS_MAIN(TestDockerSwarm)
#include "tst_dockerswarm.moc"
