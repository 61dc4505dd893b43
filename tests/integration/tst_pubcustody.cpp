// Identity custody end to end: a real buttcloudd exports a real pub's identity and messages, and
// imports them as a new pub with the same feed; damaged archives create nothing.
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString Password = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 180000;
}

class PubCustodyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportIsDownloadedOnceByItsOwnerOnly();
    void damagedArchivesCreateNothing_data();
    void damagedArchivesCreateNothing();
    void importGivesTheSameFeedAndMessages();

private:
    bool waitUntilUp(const QString &pubId);
    int pubCount();

    ServerProcess m_server;
    QString m_adminToken;
    QString m_ownerToken;
    QString m_supportToken;
    QString m_strangerToken;
    QString m_pubId;
    QString m_feedId;
    QString m_message;
    QByteArray m_archive;
};

void PubCustodyTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), Password);
    m_ownerToken = m_server.createUserAndSignIn(QStringLiteral("owner@example.org"), QStringLiteral("customer"), Password);
    m_supportToken = m_server.createUserAndSignIn(QStringLiteral("support@example.org"), QStringLiteral("support"), Password);
    m_strangerToken = m_server.createUserAndSignIn(QStringLiteral("stranger@example.org"), QStringLiteral("customer"), Password);
    QVERIFY2(!m_adminToken.isEmpty() && !m_ownerToken.isEmpty() && !m_supportToken.isEmpty() && !m_strangerToken.isEmpty(),
             qPrintable(m_server.output()));
    const QString suffix = m_server.runLabel().right(8).toLower();
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_ownerToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("custody-") + suffix}});
    QCOMPARE(created.status, 201);
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    QVERIFY2(waitUntilUp(m_pubId), qPrintable(m_server.output().right(4000)));
    m_feedId = DockerCli::pubFeedId(m_pubId);
    QVERIFY2(!m_feedId.isEmpty(), "the pub did not answer whoami");
    m_message = QStringLiteral("kept across export and import ") + suffix;
    const QByteArray published = DockerCli::ssb(m_pubId, {QStringLiteral("publish"), QStringLiteral("--type"), QStringLiteral("post"),
                                               QStringLiteral("--text"), m_message});
    QVERIFY2(published.contains(m_message.toUtf8()), published.constData());
}

void PubCustodyTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

bool PubCustodyTest::waitUntilUp(const QString &pubId)
{
    return m_server.waitForPubStatus(pubId, QStringLiteral("up"), m_adminToken, UpTimeoutMs);
}

int PubCustodyTest::pubCount()
{
    return m_server.request("GET", QStringLiteral("/api/v1/pubs"), m_adminToken).body.value(QStringLiteral("pubs")).toArray().size();
}

void PubCustodyTest::exportIsDownloadedOnceByItsOwnerOnly()
{
    QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/export").arg(m_pubId), m_supportToken).status, 403);
    QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/export").arg(m_pubId), m_strangerToken).status, 404);
    const HttpResult queued = m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/export").arg(m_pubId), m_ownerToken);
    QCOMPARE(queued.status, 202);

    QJsonObject job;
    QDeadlineTimer deadline(UpTimeoutMs);
    while (!deadline.hasExpired()) {
        job = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/export").arg(m_pubId), m_ownerToken)
                  .body.value(QStringLiteral("job")).toObject();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("succeeded") || state == QLatin1String("failed"))
            break;
        QTest::qWait(500);
    }
    QVERIFY2(job.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
             qPrintable(QString::fromUtf8(QJsonDocument(job).toJson()) + m_server.output().right(3000)));
    const QString exportId = job.value(QStringLiteral("result")).toObject().value(QStringLiteral("exportId")).toString();
    QVERIFY(!exportId.isEmpty());
    const QString download = QStringLiteral("/api/v1/pubs/%1/export/%2").arg(m_pubId, exportId);

    QCOMPARE(m_server.request("GET", download, m_supportToken).status, 403);
    QCOMPARE(m_server.request("GET", download, m_strangerToken).status, 404);
    const HttpResult archive = m_server.request("GET", download, m_ownerToken);
    QCOMPARE(archive.status, 200);
    QVERIFY(archive.raw.startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "));
    m_archive = archive.raw;
    QCOMPARE(m_server.request("GET", download, m_ownerToken).status, 404);
    // Nothing of it stays on the server's disk, and its secret never reaches the log.
    QVERIFY(QDir(m_server.dataDir() + QStringLiteral("/exports")).entryList(QDir::Files).isEmpty());
    QVERIFY(!m_server.output().contains(QLatin1String("\"private\"")));

    // The pub runs again after its export.
    QVERIFY(waitUntilUp(m_pubId));
}

void PubCustodyTest::damagedArchivesCreateNothing_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("problem");
    QVERIFY(!m_archive.isEmpty());
    QByteArray flipped = m_archive;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    QTest::newRow("a flipped byte") << flipped << QStringLiteral("corrupted");
    QTest::newRow("truncated") << m_archive.left(m_archive.size() - 700) << QStringLiteral("truncated");
    QTest::newRow("not an archive") << QByteArray("hello") << QStringLiteral("not a ButtCloud pub archive");
}

void PubCustodyTest::damagedArchivesCreateNothing()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, problem);
    const int pubsBefore = pubCount();
    const HttpResult refused = m_server.request("POST", QStringLiteral("/api/v1/pubs/import?name=damaged"), m_ownerToken, archive);
    QCOMPARE(refused.status, 422);
    QVERIFY2(refused.raw.contains(problem.toUtf8()), refused.raw.constData());
    QCOMPARE(pubCount(), pubsBefore);
    QVERIFY(QDir(m_server.dataDir() + QStringLiteral("/imports")).entryList(QDir::Files).isEmpty());
}

void PubCustodyTest::importGivesTheSameFeedAndMessages()
{
    QVERIFY(!m_archive.isEmpty());
    QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/pubs/import?name=x"), m_supportToken, m_archive).status, 403);
    const QString name = QStringLiteral("imported-") + m_server.runLabel().right(8).toLower();
    const HttpResult imported = m_server.request("POST", QStringLiteral("/api/v1/pubs/import?name=") + name, m_ownerToken, m_archive);
    QCOMPARE(imported.status, 202);
    const QString pubId = imported.body.value(QStringLiteral("id")).toString();
    QVERIFY(!pubId.isEmpty() && pubId != m_pubId);
    QVERIFY2(waitUntilUp(pubId), qPrintable(m_server.output().right(4000)));
    QCOMPARE(DockerCli::pubFeedId(pubId), m_feedId);
    const QByteArray messages = DockerCli::ssb(pubId, {QStringLiteral("createUserStream"), QStringLiteral("--id"), m_feedId});
    QVERIFY2(messages.contains(m_message.toUtf8()), messages.constData());
}

QTEST_GUILESS_MAIN(PubCustodyTest)
#include "tst_pubcustody.moc"
