#include "billing/billinglifecycle.h"
#include "billingfixtures.h"
#include "pubs/pubbackups.h"
#include "pubs/pubcontroller.h"
#include "store/backuprepository.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace buttcloud;

// Backups of pubs removed after their subscription was canceled, through the real API (billing
// offline): who may list, download and delete them, and the retention purge. The backup itself is made
// by the lifecycle's pub.backup_and_delete on the fake runtime.
class TestBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listFollowsRoles();
    void downloadByAdminsOnlyAndKept();
    void deleteByAdminsOnly();
    void retentionPurge();
    void listRefusals();

private:
    TestReply send(const QByteArray &method, const QString &path, const UserRecord &caller);
    QString backupsDir() const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    UserRecord m_admin;
    UserRecord m_support;
    UserRecord m_customer;
    QString m_pubId;
    BackupRecord m_backup;
};

void TestBackups::init()
{
    m_backend = std::make_unique<TestBackend>([](ServerConfig &config) {
        config.billing.mode = BillingConfig::Mode::Offline;
        config.billing.cancelRemoval = std::chrono::milliseconds(0);
    });
    m_client = std::make_unique<TestHttpClient>();
    m_admin = m_backend->addUser("admin@example.org", Role::Admin);
    m_support = m_backend->addUser("support@example.org", Role::Support);
    m_customer = m_backend->addUser("alice@example.org", Role::Customer);

    m_pubId = m_backend->pubs().create(m_customer.id, "alicepub").pub.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_pubId));
    const PlanRecord plan = insertTestPlan(m_backend->database(), "Small");
    SubscriptionRecord canceled = insertTestSubscription(m_backend->database(), m_pubId, m_customer.id, plan.id, "canceled");
    canceled.canceledAt = currentEpochMs() - 1000;
    BillingRepository(m_backend->database()).updateSubscription(canceled);
    QVERIFY(m_backend->core().billingLifecycle()->checkNow() >= 1);
    QTRY_VERIFY(!m_backend->runtime().hasService(m_pubId));
    const QList<BackupRecord> backups = m_backend->core().backups()->list(m_pubId, 10);
    QCOMPARE(backups.size(), 1);
    m_backup = backups.first();
}

void TestBackups::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

TestReply TestBackups::send(const QByteArray &method, const QString &path, const UserRecord &caller)
{
    return m_client->send(method, m_backend->url(path), {}, m_backend->accessTokenFor(caller));
}

QString TestBackups::backupsDir() const
{
    return m_backend->core().backups()->settings().dir;
}

void TestBackups::listFollowsRoles()
{
    for (const UserRecord &staff : {m_admin, m_support}) {
        const TestReply listed = send("GET", "/api/v1/backups", staff);
        QCOMPARE(listed.status, 200);
        const QJsonArray backups = listed.json.value("backups").toArray();
        QCOMPARE(backups.size(), 1);
        const QJsonObject backup = backups.first().toObject();
        QCOMPARE(backup.value("id").toString(), m_backup.id);
        QCOMPARE(backup.value("pubId").toString(), m_pubId);
        QCOMPARE(backup.value("pubName").toString(), QString("alicepub"));
        QCOMPARE(backup.value("ownerId").toString(), m_customer.id);
        QCOMPARE(backup.value("feedId").toString(), FakePubRuntime::fakeFeedId(m_pubId));
        QCOMPARE(backup.value("bytes").toInteger(), m_backup.bytes);
        QCOMPARE(backup.value("reason").toString(), QString("billing.canceled"));
        QVERIFY(backup.value("createdAt").toString().endsWith('Z'));
        QVERIFY(backup.value("expiresAt").toString() > backup.value("createdAt").toString());
    }
    QCOMPARE(send("GET", "/api/v1/backups?pubId=" + m_pubId, m_admin).json.value("backups").toArray().size(), 1);
    QCOMPARE(send("GET", "/api/v1/backups?pubId=nosuchpub", m_admin).json.value("backups").toArray().size(), 0);
    QCOMPARE(send("GET", "/api/v1/backups", m_customer).status, 403);
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/backups")).status, 401);
}

void TestBackups::downloadByAdminsOnlyAndKept()
{
    const QString path = "/api/v1/backups/" + m_backup.id;
    QCOMPARE(send("GET", path, m_support).status, 403);
    QCOMPARE(send("GET", path, m_customer).status, 403); // the pub's owner too: restoring is an admin's act
    for (int download = 0; download < 2; ++download) {
        const TestReply archive = send("GET", path, m_admin);
        QCOMPARE(archive.status, 200);
        QVERIFY(archive.body.startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "));
        QCOMPARE(archive.body.size(), m_backup.bytes);
        QCOMPARE(archive.contentType, QByteArray("application/vnd.buttcloud.pub-archive"));
        QCOMPARE(archive.headers.value("content-disposition"), QByteArray("attachment; filename=\"alicepub-backup.bcpub\""));
    }
    QCOMPARE(send("GET", "/api/v1/backups/aaaaaaaaaaaa", m_admin).status, 404);
    QCOMPARE(send("GET", "/api/v1/backups/..%2F..%2Fbuttcloud.sqlite", m_admin).status, 404);
}

void TestBackups::deleteByAdminsOnly()
{
    const QString path = "/api/v1/backups/" + m_backup.id;
    QCOMPARE(send("DELETE", path, m_support).status, 403);
    QCOMPARE(send("DELETE", path, m_customer).status, 403);
    QCOMPARE(send("DELETE", path, m_admin).status, 204);
    QVERIFY(QDir(backupsDir()).entryList(QDir::Files).isEmpty());
    QCOMPARE(send("GET", path, m_admin).status, 404);
    QCOMPARE(send("DELETE", path, m_admin).status, 404);
    QCOMPARE(send("GET", "/api/v1/backups", m_admin).json.value("backups").toArray().size(), 0);
}

void TestBackups::retentionPurge()
{
    PubBackups &backups = *m_backend->core().backups();
    // A leftover of a crash between writing and recording, a day old, and one being written now.
    const QString leftover = QDir(backupsDir()).filePath("leftover0000.bcpub.part");
    const QString young = QDir(backupsDir()).filePath("writingnow00.bcpub.part");
    for (const QString &path : {leftover, young}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    {
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    }
    QCOMPARE(backups.purgeExpired(), 0);
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(QFile::exists(young));
    QCOMPARE(backups.list(QString(), 10).size(), 1);

    // Kept for its retention (90 days by default), then gone, row and file.
    const qint64 created = m_backup.createdAt;
    backups.setClock([created] { return created + qint64(90) * 24 * 3600 * 1000 - 1; });
    QCOMPARE(backups.purgeExpired(), 0);
    QCOMPARE(send("GET", "/api/v1/backups/" + m_backup.id, m_admin).status, 200);
    backups.setClock([created] { return created + qint64(90) * 24 * 3600 * 1000; });
    QCOMPARE(send("GET", "/api/v1/backups/" + m_backup.id, m_admin).status, 404); // expired: gone for callers at once
    QCOMPARE(send("GET", "/api/v1/backups", m_admin).json.value("backups").toArray().size(), 0);
    QCOMPARE(backups.purgeExpired(), 1);
    QVERIFY(!BackupRepository(m_backend->database()).findById(m_backup.id));
    QVERIFY(!QFile::exists(QDir(backupsDir()).filePath(m_backup.id + ".bcpub")));
}

void TestBackups::listRefusals()
{
    QCOMPARE(send("GET", "/api/v1/backups?limit=0", m_admin).status, 422);
    QCOMPARE(send("GET", "/api/v1/backups?limit=1001", m_admin).status, 422);
    QCOMPARE(send("GET", "/api/v1/backups?pubId=" + QString(65, 'a'), m_admin).status, 422);
    QCOMPARE(send("POST", "/api/v1/backups", m_admin).status, 405);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
