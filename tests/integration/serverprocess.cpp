#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QFile>
#include <QUuid>

namespace buttcloud::test {

QString HttpResult::errorCode() const
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

namespace {
constexpr int PubPortRanges = 400;
constexpr int PubPortRangeSize = 20;
constexpr int FirstPubPort = 21000;
}

ServerProcess::ServerProcess()
    : m_runLabel(QUuid::createUuid().toString(QUuid::WithoutBraces).left(12))
{
    // Each server gets a pub port range of its own, so servers sharing the engine (tests run in
    // parallel, and other runs on the machine) never compete for a port. A random pick alone collides
    // often enough with several servers at once: the range is claimed with a lock file, which a
    // crashed test leaves stale (its process is gone) and the next claim takes over.
    const int first = QRandomGenerator::global()->bounded(PubPortRanges);
    for (int attempt = 0; attempt < PubPortRanges; ++attempt) {
        const auto base = quint16(FirstPubPort + (first + attempt) % PubPortRanges * PubPortRangeSize);
        auto lock = std::make_unique<QLockFile>(QDir::temp().filePath(QStringLiteral("buttcloud-test-pub-ports-%1.lock").arg(base)));
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_pubPortBase = base;
            m_pubPortLock = std::move(lock);
            return;
        }
    }
    m_pubPortBase = quint16(FirstPubPort + first * PubPortRangeSize);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::serverExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("BUTTCLOUDD");
    return fromEnvironment.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("buttcloudd")) : fromEnvironment;
}

bool ServerProcess::shareSwarmWith(const ServerProcess &first)
{
    m_runLabel = first.m_runLabel;
    m_pubPortBase = first.m_pubPortBase;
    m_pubPortLock.reset();
    // The instance id comes from the shared database (deployment_settings); only the key is shared.
    for (const QString &name : {QStringLiteral("server.key")}) {
        const QString target = QDir(m_dataDir.path()).filePath(name);
        QFile::remove(target);
        if (!QFile::copy(QDir(first.dataDir()).filePath(name), target)) {
            m_lastError = QStringLiteral("cannot copy %1 from the first server's data directory").arg(name);
            return false;
        }
    }
    return true;
}

void ServerProcess::setDatabaseUrl(const QString &url)
{
    m_databaseUrl = url;
}

QProcessEnvironment ServerProcess::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_databaseUrl.isEmpty())
        environment.insert(QStringLiteral("BUTTCLOUD_DATABASE"), m_databaseUrl);
    return environment;
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QStringList arguments = QStringList{
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--data"), m_dataDir.path(),
        QStringLiteral("--label"), QStringLiteral("buttcloud.test=") + m_runLabel,
        QStringLiteral("--pub-port-range"),
        QStringLiteral("%1-%2").arg(m_pubPortBase).arg(m_pubPortBase + PubPortRangeSize - 1),
        QStringLiteral("--pub-memory-reservation"), QStringLiteral("64m"),
        QStringLiteral("--pub-memory-limit"), QStringLiteral("512m"),
        QStringLiteral("--observe-interval"), QStringLiteral("1"),
    } + extraArguments;
    m_process->start(serverExecutable(), arguments);
    if (!m_process->waitForStarted(10000)) {
        m_lastError = QStringLiteral("buttcloudd did not start: ") + m_process->errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("buttcloudd: listening on (https?://[^\\s]+)"));
    // A restart on the same data directory keeps the earlier output: only this run's line counts.
    const qsizetype outputStart = m_output.size();
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        m_output += m_process->readAll();
        const auto match = listening.match(QString::fromUtf8(m_output.mid(outputStart)));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_lastError = QStringLiteral("buttcloudd did not report its address; output:\n") + QString::fromUtf8(m_output);
    return false;
}

bool writePrivateFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    stopProcess(*m_process);
    m_output += m_process->readAll();
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_output += m_process->readAll();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ServerProcess::output() const
{
    QByteArray all = m_output;
    if (m_process)
        all += m_process->peek(1 << 20);
    return QString::fromUtf8(all);
}

int ServerProcess::runCommand(const QStringList &arguments, const QByteArray &stdinText, QByteArray *output)
{
    QProcess command;
    command.setProcessChannelMode(QProcess::MergedChannels);
    command.setProcessEnvironment(environment());
    command.start(serverExecutable(), QStringList{QStringLiteral("--data"), m_dataDir.path()} + arguments);
    if (!command.waitForStarted(10000))
        return -1;
    command.write(stdinText);
    command.closeWriteChannel();
    if (!command.waitForFinished(30000)) {
        command.kill();
        return -1;
    }
    if (output)
        *output = command.readAll();
    return command.exitStatus() == QProcess::NormalExit ? command.exitCode() : -1;
}

QString ServerProcess::createUserAndSignIn(const QString &email, const QString &role, const QString &password)
{
    QByteArray output;
    const int exitCode = runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"), email,
                                     QStringLiteral("--name"), email.section(QLatin1Char('@'), 0, 0),
                                     QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                                    password.toUtf8() + '\n', &output);
    if (exitCode != 0) {
        qWarning("user add failed (%d): %s", exitCode, output.constData());
        return {};
    }
    return signIn(email, password);
}

QString ServerProcess::signIn(const QString &email, const QString &password)
{
    const HttpResult login = requestJson("POST", QStringLiteral("/api/v1/auth/login"), {},
                                         QJsonObject{{QStringLiteral("email"), email},
                                                     {QStringLiteral("password"), password}});
    return login.body.value(QStringLiteral("accessToken")).toString();
}

HttpResult ServerProcess::request(const QByteArray &method, const QString &path, const QString &token,
                                  const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

HttpResult ServerProcess::requestJson(const QByteArray &method, const QString &path, const QString &token,
                                      const QJsonObject &body)
{
    return request(method, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool DockerCli::available()
{
    int exitCode = -1;
    run({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.Swarm.LocalNodeState}}")}, &exitCode, 15000);
    return exitCode == 0;
}

QByteArray DockerCli::run(const QStringList &arguments, int *exitCode, int timeoutMs)
{
    QProcess docker;
    // Debian's client matches Debian's engine; any other client on PATH may speak a newer API.
    const QString program = QFile::exists(QStringLiteral("/usr/bin/docker")) ? QStringLiteral("/usr/bin/docker")
                                                                              : QStringLiteral("docker");
    docker.start(program, arguments);
    const bool finished = docker.waitForStarted(5000) && docker.waitForFinished(timeoutMs);
    if (!finished)
        docker.kill();
    if (exitCode)
        *exitCode = finished && docker.exitStatus() == QProcess::NormalExit ? docker.exitCode() : -1;
    return docker.readAllStandardOutput();
}

void DockerCli::removeEverythingLabelled(const QString &runLabel)
{
    const QString filter = QStringLiteral("label=buttcloud.test=") + runLabel;
    const auto idsOf = [&](const QStringList &listArguments) {
        return QString::fromUtf8(run(listArguments + QStringList{QStringLiteral("--filter"), filter, QStringLiteral("-q")}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList services = idsOf({QStringLiteral("service"), QStringLiteral("ls")});
    if (!services.isEmpty())
        run(QStringList{QStringLiteral("service"), QStringLiteral("rm")} + services);
    // Volumes stay busy until the tasks' containers are gone.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const QStringList containers = idsOf({QStringLiteral("ps"), QStringLiteral("-a")});
        if (!containers.isEmpty())
            run(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + containers);
        const QStringList volumes = idsOf({QStringLiteral("volume"), QStringLiteral("ls")});
        if (!volumes.isEmpty())
            run(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + volumes);
        if (idsOf({QStringLiteral("ps"), QStringLiteral("-a")}).isEmpty() && idsOf({QStringLiteral("volume"), QStringLiteral("ls")}).isEmpty()) {
            // Networks (the ingress's overlay) once nothing is attached to them any more.
            const QStringList networks = idsOf({QStringLiteral("network"), QStringLiteral("ls")});
            if (!networks.isEmpty())
                run(QStringList{QStringLiteral("network"), QStringLiteral("rm")} + networks);
            return;
        }
        QThread::msleep(500);
    }
}

bool ServerProcess::waitForPubStatus(const QString &pubId, const QString &status, const QString &token, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const HttpResult result = request("GET", QStringLiteral("/api/v1/pubs/") + pubId, token);
        if (result.body.value(QStringLiteral("status")).toString() == status)
            return true;
        QTest::qWait(500);
    }
    return false;
}

HttpResult ServerProcess::runPubCommandUntilItAnswers(const QString &pubId, const QString &command, const QString &token,
                                                      int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const HttpResult run = requestJson("POST", QStringLiteral("/api/v1/pubs/%1/commands").arg(pubId), token,
                                           QJsonObject{{QStringLiteral("command"), command}});
        if ((run.status == 200 && run.body.value(QStringLiteral("exitCode")).toInt() == 0) || deadline.hasExpired())
            return run;
        QTest::qWait(1000);
    }
}

QString DockerCli::pubContainer(const QString &pubId)
{
    return QString::fromUtf8(run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                  QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + pubId}))
        .trimmed().section(QLatin1Char('\n'), 0, 0);
}

QByteArray DockerCli::ssb(const QString &pubId, const QStringList &arguments)
{
    const QString container = pubContainer(pubId);
    if (container.isEmpty())
        return {};
    return run(QStringList{QStringLiteral("exec"), container, QStringLiteral("ssb-server")} + arguments);
}

QString DockerCli::pubFeedId(const QString &pubId, int waitMs)
{
    static const QRegularExpression feedId(QStringLiteral("@[A-Za-z0-9+/]{43}=\\.ed25519"));
    QDeadlineTimer deadline(waitMs);
    while (true) {
        const QString found = feedId.match(QString::fromUtf8(ssb(pubId, {QStringLiteral("whoami")}))).captured();
        if (!found.isEmpty() || deadline.hasExpired())
            return found;
        QThread::msleep(1000);
    }
}

}
