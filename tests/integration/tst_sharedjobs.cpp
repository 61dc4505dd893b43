// Two buttcloudd processes on one PostgreSQL database share the jobs: one is killed with SIGKILL while
// it creates pubs and the other takes its queued and leased jobs over; then both run side by side.
// Every pub ends existing exactly once and running, and no job runs twice at once. Needs the test
// PostgreSQL server (BUTTCLOUD_TEST_POSTGRES_URL, which CTest sets from scripts/lib/postgres-up.sh's URL
// file when it is there) and the Docker engine.
#include "serverprocess.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
const QString AdminEmail = QStringLiteral("admin@example.org");
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int PubsPerRound = 4;
// A killed server's leases run out (30 s) before the other takes its running jobs over.
constexpr int ConvergeTimeoutMs = 240000;
const QStringList ServerArguments{QStringLiteral("--reconcile-interval"), QStringLiteral("2s")};
}

class SharedJobsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedServersJobsAreTakenOver();
    void twoServersSideBySideRunEachJobOnce();

private:
    QStringList createPubs(ServerProcess &server, const QString &token, const QString &prefix);
    bool allUp(ServerProcess &server, const QString &token, const QStringList &ids, QString *lastSeen);
    void verifyConverged(ServerProcess &server, const QString &token, const QStringList &ids);
    static QStringList jobsRunBy(const ServerProcess &server);

    QTemporaryDir m_scratch;
    std::unique_ptr<TestDatabase> m_database;
    ServerProcess m_first;
    ServerProcess m_second;
    QString m_firstToken;
    QString m_secondToken;
    QStringList m_pubIds;
};

void SharedJobsTest::initTestCase()
{
    if (!TestDatabase::usesPostgresql())
        QSKIP("two servers share one PostgreSQL database: set BUTTCLOUD_TEST_POSTGRES_URL to a server where the "
              "URL's user may create databases (scripts/test does, from scripts/lib/postgres-up.sh)");
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    // A fresh database for this run, dropped again at the end; both servers get its URL.
    m_database = std::make_unique<TestDatabase>(m_scratch.path());
    QUrl url(qEnvironmentVariable("BUTTCLOUD_TEST_POSTGRES_URL"));
    url.setPath(QLatin1Char('/') + m_database->location().name);
    const QString databaseUrl = url.toString(QUrl::FullyEncoded);
    m_first.setDatabaseUrl(databaseUrl);
    m_second.setDatabaseUrl(databaseUrl);

    QVERIFY2(m_first.start(ServerArguments), qPrintable(m_first.lastError()));
    m_firstToken = m_first.createUserAndSignIn(AdminEmail, QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_firstToken.isEmpty(), qPrintable(m_first.output()));
    QVERIFY2(m_second.shareSwarmWith(m_first), qPrintable(m_second.lastError()));
}

void SharedJobsTest::cleanupTestCase()
{
    ServerProcess &server = m_second.isRunning() ? m_second : m_first;
    const QString &token = &server == &m_second ? m_secondToken : m_firstToken;
    if (server.isRunning()) {
        for (const QString &id : std::as_const(m_pubIds))
            server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(id), token);
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && std::any_of(m_pubIds.cbegin(), m_pubIds.cend(), [&](const QString &id) {
                   return server.request("GET", QStringLiteral("/api/v1/pubs/") + id, token).status != 404;
               })) {
            QTest::qWait(500);
        }
    }
    m_first.stop();
    m_second.stop();
    if (DockerCli::available())
        DockerCli::removeEverythingLabelled(m_first.runLabel());
    m_database.reset();
}

QStringList SharedJobsTest::createPubs(ServerProcess &server, const QString &token, const QString &prefix)
{
    QStringList ids;
    for (int i = 0; i < PubsPerRound; ++i) {
        const HttpResult created = server.requestJson("POST", QStringLiteral("/api/v1/pubs"), token,
                                                      QJsonObject{{QStringLiteral("name"),
                                                                   prefix + QString::number(i) + u'-' + server.runLabel().left(6)}});
        if (created.status != 201) {
            qWarning("creating a pub answered %d: %s", created.status, created.raw.constData());
            return {};
        }
        ids.append(created.body.value(QStringLiteral("id")).toString());
    }
    m_pubIds += ids;
    return ids;
}

bool SharedJobsTest::allUp(ServerProcess &server, const QString &token, const QStringList &ids, QString *lastSeen)
{
    for (const QString &id : ids) {
        const HttpResult pub = server.request("GET", QStringLiteral("/api/v1/pubs/") + id, token);
        if (pub.body.value(QStringLiteral("status")).toString() != QLatin1String("up")) {
            *lastSeen = QString::fromUtf8(pub.raw);
            return false;
        }
    }
    return true;
}

void SharedJobsTest::verifyConverged(ServerProcess &server, const QString &token, const QStringList &ids)
{
    QString lastSeen;
    QDeadlineTimer deadline(ConvergeTimeoutMs);
    while (!deadline.hasExpired() && !allUp(server, token, ids, &lastSeen))
        QTest::qWait(1000);
    QVERIFY2(allUp(server, token, ids, &lastSeen), qPrintable(lastSeen + u'\n' + server.output().right(4000)));
    for (const QString &id : ids) {
        const QString services = QString::fromUtf8(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                                                   QStringLiteral("--filter"), QStringLiteral("label=buttcloud.pub.id=") + id}));
        QCOMPARE(services.split(u'\n', Qt::SkipEmptyParts).size(), 1); // exactly once
    }
}

QStringList SharedJobsTest::jobsRunBy(const ServerProcess &server)
{
    // The worker logs "running job <id> <kind> attempt <n> of <max>" for every job it starts.
    static const QRegularExpression running(QStringLiteral("running job (\\w+) pub\\.create attempt"));
    QStringList ids;
    for (auto it = running.globalMatch(server.output()); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

void SharedJobsTest::killedServersJobsAreTakenOver()
{
    const QStringList ids = createPubs(m_first, m_firstToken, QStringLiteral("kill"));
    QCOMPARE(ids.size(), PubsPerRound);
    // Mid-way: the first server has started some of the jobs (holding their leases), not all of them.
    QTRY_VERIFY_WITH_TIMEOUT(!jobsRunBy(m_first).isEmpty(), 30000);
    m_first.kill();
    QVERIFY(!m_first.isRunning());

    QVERIFY2(m_second.start(ServerArguments), qPrintable(m_second.lastError()));
    m_secondToken = m_second.signIn(AdminEmail, AdminPassword);
    QVERIFY2(!m_secondToken.isEmpty(), qPrintable(m_second.output()));
    verifyConverged(m_second, m_secondToken, ids);
    QVERIFY2(!jobsRunBy(m_second).isEmpty(), "the second server ran none of the killed server's jobs");

    const HttpResult jobs = m_second.request("GET", QStringLiteral("/api/v1/jobs?kind=pub.create&limit=100"), m_secondToken);
    QCOMPARE(jobs.status, 200);
    const QJsonArray list = jobs.body.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(list.size(), PubsPerRound);
    for (const QJsonValue &job : list)
        QCOMPARE(job.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
}

void SharedJobsTest::twoServersSideBySideRunEachJobOnce()
{
    QVERIFY2(m_first.start(ServerArguments), qPrintable(m_first.lastError()));
    m_firstToken = m_first.signIn(AdminEmail, AdminPassword);
    QVERIFY2(!m_firstToken.isEmpty(), qPrintable(m_first.output()));
    const QStringList ranBefore = jobsRunBy(m_first) + jobsRunBy(m_second);

    // Created through one, seen converged through the other.
    const QStringList ids = createPubs(m_first, m_firstToken, QStringLiteral("pair"));
    QCOMPARE(ids.size(), PubsPerRound);
    verifyConverged(m_second, m_secondToken, ids);
    verifyConverged(m_first, m_firstToken, m_pubIds);

    // Each create job ran exactly once, on one server or the other, never on both.
    QStringList ranNow = jobsRunBy(m_first) + jobsRunBy(m_second);
    for (const QString &id : ranBefore)
        ranNow.removeOne(id);
    const HttpResult jobs = m_first.request("GET", QStringLiteral("/api/v1/jobs?kind=pub.create&limit=100"), m_firstToken);
    QCOMPARE(jobs.status, 200);
    int created = 0;
    for (const QJsonValue &value : jobs.body.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject job = value.toObject();
        if (!ids.contains(job.value(QStringLiteral("pubId")).toString()))
            continue;
        ++created;
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(ranNow.count(job.value(QStringLiteral("id")).toString()), 1);
    }
    QCOMPARE(created, PubsPerRound);
    qInfo("create jobs run by the first server: %lld, by the second: %lld",
          qlonglong(jobsRunBy(m_first).size()), qlonglong(jobsRunBy(m_second).size()));
}

QTEST_GUILESS_MAIN(SharedJobsTest)
#include "tst_sharedjobs.moc"
