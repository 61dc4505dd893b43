#include "core/datadir.h"
#include "core/random.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/pubrepository.h"
#include "store/deploymentsettings.h"
#include "store/userrepository.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migrationsCreateSchemaOnce();
    void newerSchemaIsRefused();
    void unopenableDatabaseFails();
    void dataDirIsPrivate();
    void serverKeyPersists();
    void corruptServerKeyIsRefused();
    void instanceIdPersists();
    void dataDirOverFileFails();
    void idsAreOpaque();
    void usersRoundTrip();
    void pubsRoundTripAndPortsAreUnique();
    void firstInstanceIdIsTheDeployments();

private:
    DatabaseLocation databasePath() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_testDatabase;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_testDatabase = std::make_unique<TestDatabase>(m_dir->path());
}

DatabaseLocation TestStore::databasePath() const
{
    return m_testDatabase->location();
}

void TestStore::migrationsCreateSchemaOnce()
{
    {
        const Database database(databasePath());
        QCOMPARE(database.schemaVersion(), latestSchemaVersion());
        QVERIFY(database.isHealthy());
        for (const char *table : {"users", "refresh_tokens", "pubs"})
            QVERIFY(database.connection().tables().contains(QLatin1String(table)));
    }
    // Reopening runs nothing again.
    const Database reopened(databasePath());
    QSqlQuery count = reopened.exec("SELECT COUNT(*) FROM migrations");
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), latestSchemaVersion());
}

void TestStore::newerSchemaIsRefused()
{
    {
        const Database database(databasePath());
        database.exec("INSERT INTO migrations (version, applied_at) VALUES (?, ?)", {latestSchemaVersion() + 1, 0});
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Database{databasePath()});
}

void TestStore::unopenableDatabaseFails()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(m_dir->filePath("missing-dir/x.sqlite")));
}

void TestStore::dataDirIsPrivate()
{
    const DataDir dataDir(m_dir->filePath("data/nested"));
    dataDir.ensureExists();
    const QFileInfo info(dataDir.path());
    QVERIFY(info.isDir());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(info.permissions() & owner, owner);
    QCOMPARE(int(info.permissions() & others), 0);
}

void TestStore::serverKeyPersists()
{
    const DataDir dataDir(m_dir->path());
    const QByteArray key = dataDir.serverKey();
    QCOMPARE(key.size(), 32);
    QCOMPARE(DataDir(m_dir->path()).serverKey(), key);
    const QFileInfo info(dataDir.filePath("server.key"));
    QCOMPARE(int(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup)), 0);
}

void TestStore::corruptServerKeyIsRefused()
{
    QFile file(m_dir->filePath("server.key"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("short");
    file.close();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, DataDir(m_dir->path()).serverKey());
}

void TestStore::instanceIdPersists()
{
    const QString id = DataDir(m_dir->path()).instanceId();
    QVERIFY(QRegularExpression("^[a-z0-9]{12}$").match(id).hasMatch());
    QCOMPARE(DataDir(m_dir->path()).instanceId(), id);
}

void TestStore::dataDirOverFileFails()
{
    QFile file(m_dir->filePath("plain-file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, DataDir(file.fileName()).ensureExists());
}

void TestStore::idsAreOpaque()
{
    QSet<QString> seen;
    const QRegularExpression shape("^[a-z0-9]{12}$");
    for (int i = 0; i < 1000; ++i) {
        const QString id = generateId();
        QVERIFY(shape.match(id).hasMatch());
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestStore::usersRoundTrip()
{
    const Database database(databasePath());
    const UserRepository users(database);
    const UserRecord alice{generateId(), "Alice", "alice@example.org", "$argon2id$fake", Role::Support, 1234};
    users.insert(alice);
    const std::optional<UserRecord> found = users.findByEmail("alice@example.org");
    QVERIFY(found);
    QCOMPARE(found->id, alice.id);
    QCOMPARE(found->role, Role::Support);
    QCOMPARE(found->createdAt, 1234);
    QVERIFY(!users.findById("nobody000000"));
    // The email is unique in the schema too, not only in the service.
    UserRecord twin = alice;
    twin.id = generateId();
    QVERIFY_THROWS_EXCEPTION(StoreError, users.insert(twin));
}

void TestStore::pubsRoundTripAndPortsAreUnique()
{
    const Database database(databasePath());
    const UserRecord owner{generateId(), "Owner", "owner@example.org", "x", Role::Customer, 1};
    UserRepository(database).insert(owner);
    const PubRepository pubs(database);
    PubRecord pub;
    pub.id = generateId();
    pub.ownerId = owner.id;
    pub.name = "alice";
    pub.image = "buttcloud/pub:test";
    pub.host = "127.0.0.1";
    pub.port = 21000;
    pub.createdAt = pub.updatedAt = 10;
    pubs.insert(pub); // empty strings (message, node, service) must not become NULL

    pub.status = PubStatus::Failed;
    pub.statusMessage = "no such image";
    pub.updatedAt = 20;
    pubs.update(pub);
    const std::optional<PubRecord> found = pubs.findById(pub.id);
    QVERIFY(found);
    QCOMPARE(found->status, PubStatus::Failed);
    QCOMPARE(found->statusMessage, QStringLiteral("no such image"));
    QCOMPARE(found->port, 21000);
    QVERIFY(pubs.nameTaken("alice"));
    QCOMPARE(pubs.usedPorts(), QSet<quint16>{21000});
    QCOMPARE(pubs.list(owner.id).size(), 1);
    QCOMPARE(pubs.list("someoneelse0").size(), 0);

    PubRecord samePort = pub;
    samePort.id = generateId();
    samePort.name = "bob";
    QVERIFY_THROWS_EXCEPTION(StoreError, pubs.insert(samePort));

    QVERIFY(pubs.remove(pub.id));
    QVERIFY(!pubs.remove(pub.id));
    QVERIFY(!pubs.findById(pub.id));
}

void TestStore::firstInstanceIdIsTheDeployments()
{
    const Database database(databasePath());
    QCOMPARE(adoptInstanceId(database, "aaaaaaaaaaaa"), QStringLiteral("aaaaaaaaaaaa"));
    // A second server (another data directory) on the same database adopts the first one's.
    QCOMPARE(adoptInstanceId(database, "bbbbbbbbbbbb"), QStringLiteral("aaaaaaaaaaaa"));
    const Database reopened(databasePath());
    QCOMPARE(adoptInstanceId(reopened, "cccccccccccc"), QStringLiteral("aaaaaaaaaaaa"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
