#include "testbackend.h"

#include "auth/accesstokens.h"
#include "auth/passwordhasher.h"
#include "core/random.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "orchestrator/orchestrator.h"

#include <QSignalSpy>

#include <stdexcept>

namespace buttcloud {

QString TestBackend::password()
{
    return QStringLiteral("correct horse battery staple");
}

ServerConfig TestBackend::testConfig(const QString &dataDir, const DatabaseLocation &database)
{
    ServerConfig config;
    config.dataDir = dataDir;
    config.database = database;
    config.pubImage = QStringLiteral("buttcloud/pub:test");
    config.publicHost = QStringLiteral("pubs.example.org");
    config.pubPortFirst = 21000;
    config.pubPortLast = 21002;
    config.pubMemoryLimitBytes = qint64(256) << 20;
    config.pubMemoryReservationBytes = qint64(128) << 20;
    config.accessTokenTtl = std::chrono::seconds(900);
    config.refreshTokenTtl = std::chrono::hours(24);
    config.observeInterval = std::chrono::hours(1);
    return config;
}

TestBackend::TestBackend()
    : TestBackend([](ServerConfig &) {})
{
}

TestBackend::TestBackend(const std::function<void(ServerConfig &config)> &adjust)
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
    m_serverKey = randomBytes(32);
    ServerConfig config = testConfig(m_dir.path(), m_testDatabase.location());
    adjust(config);
    m_core = std::make_unique<ServerCore>(config, m_serverKey, &m_runtime, [this] { return m_engineReachable; });
    m_core->setLogSource(&m_logs);
    m_port = m_core->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (m_port == 0)
        throw std::runtime_error("the test API server cannot listen");
}

TestBackend::~TestBackend() = default;

UserRecord TestBackend::addUser(const QString &email, Role role)
{
    static const QString hash = PasswordHasher::hash(password());
    const UserRecord user{generateId(), email.section(QLatin1Char('@'), 0, 0), email, hash, role, currentEpochMs()};
    UserRepository(database()).insert(user);
    return user;
}

QString TestBackend::accessTokenFor(const UserRecord &user) const
{
    return accessTokens().issue(user.id, user.role);
}

QString TestBackend::expiredAccessTokenFor(const UserRecord &user) const
{
    const AccessTokens past(m_serverKey, std::chrono::seconds(900), [] { return qint64(1000000); });
    return past.issue(user.id, user.role);
}

QUrl TestBackend::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

const Database &TestBackend::database() const
{
    return m_core->database();
}

const AccessTokens &TestBackend::accessTokens() const
{
    return m_core->accessTokens();
}

const AuthService &TestBackend::auth() const
{
    return m_core->auth();
}

FakePubLogs &TestBackend::logs()
{
    return m_logs;
}

ServerCore &TestBackend::core()
{
    return *m_core;
}

FakePubRuntime &TestBackend::runtime()
{
    return m_runtime;
}

PubController &TestBackend::pubs()
{
    return m_core->pubs();
}

StatsCollector &TestBackend::stats()
{
    return m_core->stats();
}

StreamHub &TestBackend::stream()
{
    return m_core->stream();
}

void TestBackend::setEngineReachable(bool reachable)
{
    m_engineReachable = reachable;
}

JobWorker &TestBackend::jobs()
{
    return m_core->jobs();
}

Orchestrator &TestBackend::orchestrator()
{
    return m_core->orchestrator();
}

void TestBackend::reconcile()
{
    QSignalSpy reconciled(&orchestrator(), &Orchestrator::reconciled);
    orchestrator().reconcileNow();
    if (!reconciled.wait(5000))
        throw std::runtime_error("no reconcile pass within 5 s");
}

}
