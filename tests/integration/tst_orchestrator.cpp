// Durable jobs and reconcile against real processes: a server killed with SIGKILL while it creates
// pubs, restarted on the same data directory, ends with every pub existing exactly once and running.
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int PubCount = 4;
// A killed server's leases run out (30 s) before the restarted one takes its jobs over.
constexpr int ConvergeTimeoutMs = 240000;
}

class OrchestratorTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileCreatingConvergesAfterRestart();
    void reconcilePlanAndJobsAreVisible();

private:
    QStringList servicesOf(const QString &pubId);
    bool allUp(const QStringList &ids, QString *lastSeen);

    ServerProcess m_server;
    QString m_adminToken;
    QStringList m_pubIds;
};

void OrchestratorTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_server.start({QStringLiteral("--reconcile-interval"), QStringLiteral("2s")}), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
}

void OrchestratorTest::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_pubIds))
        m_server.request("DELETE", QStringLiteral("/api/v1/pubs/%1?removeData=true").arg(id), m_adminToken);
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && std::any_of(m_pubIds.cbegin(), m_pubIds.cend(), [this](const QString &id) {
               return m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_adminToken).status != 404;
           })) {
        QTest::qWait(500);
    }
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QStringList OrchestratorTest::servicesOf(const QString &pubId)
{
    const QString ids = QString::fromUtf8(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                                          QStringLiteral("--filter"), QStringLiteral("label=buttcloud.pub.id=") + pubId}));
    return ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool OrchestratorTest::allUp(const QStringList &ids, QString *lastSeen)
{
    for (const QString &id : ids) {
        const HttpResult pub = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_adminToken);
        if (pub.body.value(QStringLiteral("status")).toString() != QLatin1String("up")) {
            *lastSeen = QString::fromUtf8(pub.raw);
            return false;
        }
    }
    return true;
}

void OrchestratorTest::killedWhileCreatingConvergesAfterRestart()
{
    for (int i = 0; i < PubCount; ++i) {
        const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                        QJsonObject{{QStringLiteral("name"),
                                                                     QStringLiteral("crash%1-").arg(i) + m_server.runLabel().left(6)}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body.value(QStringLiteral("job")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pub.create"));
        m_pubIds.append(created.body.value(QStringLiteral("id")).toString());
    }
    m_server.kill(); // in the middle: some services exist, some are being created, some jobs are queued
    QVERIFY(!m_server.isRunning());

    QVERIFY2(m_server.start({QStringLiteral("--reconcile-interval"), QStringLiteral("2s")}), qPrintable(m_server.lastError()));
    QString lastSeen;
    QDeadlineTimer deadline(ConvergeTimeoutMs);
    while (!deadline.hasExpired() && !allUp(m_pubIds, &lastSeen))
        QTest::qWait(1000);
    QVERIFY2(allUp(m_pubIds, &lastSeen), qPrintable(lastSeen + QStringLiteral("\n") + m_server.output().right(4000)));
    for (const QString &id : std::as_const(m_pubIds))
        QCOMPARE(servicesOf(id).size(), 1); // exactly once, by label

    // Every create job ended well, none is left running under a dead worker's lease.
    const HttpResult jobs = m_server.request("GET", QStringLiteral("/api/v1/jobs?kind=pub.create&limit=100"), m_adminToken);
    QCOMPARE(jobs.status, 200);
    for (const QJsonValue &job : jobs.body.value(QStringLiteral("jobs")).toArray())
        QCOMPARE(job.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
}

void OrchestratorTest::reconcilePlanAndJobsAreVisible()
{
    QVERIFY(!m_pubIds.isEmpty());
    // Converged: the plan has nothing to do for our pubs.
    QTRY_VERIFY_WITH_TIMEOUT([this] {
        const HttpResult plan = m_server.request("GET", QStringLiteral("/api/v1/reconcile/plan"), m_adminToken);
        if (plan.status != 200)
            return false;
        for (const QJsonValue &difference : plan.body.value(QStringLiteral("differences")).toArray()) {
            if (m_pubIds.contains(difference.toObject().value(QStringLiteral("pubId")).toString()))
                return false;
        }
        return true;
    }(), 30000);
    const HttpResult capacity = m_server.request("GET", QStringLiteral("/api/v1/capacity?extraPubs=5"), m_adminToken);
    QCOMPARE(capacity.status, 200);
    QVERIFY(capacity.body.value(QStringLiteral("totals")).toObject().value(QStringLiteral("pubs")).toInt() >= PubCount);
    QVERIFY(!capacity.body.value(QStringLiteral("hubs")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(OrchestratorTest)
#include "tst_orchestrator.moc"
