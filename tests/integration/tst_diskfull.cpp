// The data disk full: a real buttcloudd whose data directory (SQLite) is a small ext4 filesystem
// mounted from a loop image, filled up while it serves. Writes must fail with a clear answer (never a
// hang or a crash), reads keep working, nothing stored is corrupted or half written, and once space
// is freed the server works again without a restart. Needs root and loop devices; skips otherwise.
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace buttcloud::test;

namespace {
const QString Password = QStringLiteral("correct horse battery staple");
constexpr qint64 ImageBytes = 16 * 1024 * 1024;

// Runs a program to completion; its exit code (-1 when it did not run), output in *output.
int runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
}

class DiskFullTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesFailClearlyAndRecover();
    void nothingIsCorrupted();

private:
    HttpResult signUp(const QString &email);
    // Fills the filesystem: a file that grows until the disk refuses more.
    bool fill();

    QTemporaryDir m_imageDir;
    ServerProcess m_server;
    bool m_mounted = false;
    QStringList m_stored;    // accounts the server said it created
    QStringList m_refused;   // accounts it refused while the disk was full
};

void DiskFullTest::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("mounting a loop filesystem needs root (scripts/test runs as root in CI)");
    QVERIFY(m_imageDir.isValid());
    const QString image = m_imageDir.filePath(QStringLiteral("data.ext4"));
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(ImageBytes));
    file.close();
    QByteArray output;
    // No blocks reserved for root: the server runs as root and must hit the same wall.
    if (runTool(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-m"), QStringLiteral("0"), image}, &output) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot make an ext4 image (mkfs.ext4 from e2fsprogs): ") + QString::fromUtf8(output)));
    if (runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"), image, m_server.dataDir()}, &output) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a loop filesystem here (no loop devices?): ") + QString::fromUtf8(output)));
    m_mounted = true;
    QDir(m_server.dataDir()).rmdir(QStringLiteral("lost+found"));
    // A new filesystem's root is open to all; the server wants its data directory private.
    QVERIFY(QFile::setPermissions(m_server.dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(!m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), Password).isEmpty());
}

void DiskFullTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
    if (m_mounted && runTool(QStringLiteral("umount"), {m_server.dataDir()}) != 0)
        runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_server.dataDir()});
}

HttpResult DiskFullTest::signUp(const QString &email)
{
    return m_server.requestJson("POST", QStringLiteral("/api/v1/auth/signup"), QString(),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Someone")},
                                            {QStringLiteral("email"), email},
                                            {QStringLiteral("password"), Password}});
}

bool DiskFullTest::fill()
{
    QFile filler(m_server.dataDir() + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size()) {
    }
    // The last bytes that fit.
    for (qsizetype size = block.size() / 2; size >= 512; size /= 2) {
        while (filler.write(block.left(size)) == size) {
        }
    }
    filler.close();
    return QStorageInfo(m_server.dataDir()).bytesAvailable() < 4096;
}

void DiskFullTest::writesFailClearlyAndRecover()
{
    for (int i = 0; i < 3; ++i) {
        const QString email = QStringLiteral("before%1@example.org").arg(i);
        QCOMPARE(signUp(email).status, 201);
        m_stored.append(email);
    }
    const QString token = m_server.signIn(m_stored.first(), Password);
    QVERIFY(!token.isEmpty());
    QVERIFY(fill());

    // Writes until one meets the full disk (SQLite's journal may still hold room for a few).
    for (int i = 0; i < 200 && m_refused.size() < 3; ++i) {
        const QString email = QStringLiteral("full%1@example.org").arg(i);
        const HttpResult result = signUp(email);
        QVERIFY2(result.status == 201 || result.status == 500, result.raw.constData());
        if (result.status == 201) {
            m_stored.append(email);
            continue;
        }
        QCOMPARE(result.errorCode(), QStringLiteral("internal"));
        // Nothing of the cause reaches the client; the log names it.
        QVERIFY(!result.raw.contains("disk"));
        m_refused.append(email);
    }
    QVERIFY2(!m_refused.isEmpty(), "no write failed on a full disk");
    qInfo("on the full disk: %lld sign-ups stored, %lld refused", qlonglong(m_stored.size() - 3), qlonglong(m_refused.size()));
    QVERIFY2(m_server.output().contains(QStringLiteral("database or disk is full")), qPrintable(m_server.output().right(3000)));
    QVERIFY(m_server.isRunning());

    // A pub asked for on the full disk: refused as a whole, so no service appears in the swarm for a
    // pub the database does not hold (or, had the journal still had room, a normal pub).
    const HttpResult pub = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), token,
                                                QJsonObject{{QStringLiteral("name"), QStringLiteral("full-%1").arg(m_server.runLabel().right(8).toLower())}});
    QVERIFY2(pub.status == 201 || pub.status == 500, pub.raw.constData());
    if (pub.status == 500) {
        QTest::qWait(2000);
        QCOMPARE(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                 QStringLiteral("label=buttcloud.test=") + m_server.runLabel()}).trimmed(),
                 QByteArray());
    }

    // Reads still work, and the health check says the database answers.
    QCOMPARE(m_server.request("GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/me"), token).status, 200);
    QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/auth/signup")).status, 405);

    // Space again: the same server works, no restart needed.
    QVERIFY(QFile::remove(m_server.dataDir() + QStringLiteral("/filler")));
    const HttpResult again = signUp(m_refused.first());
    QVERIFY2(again.status == 201, again.raw.constData());
    m_stored.append(m_refused.takeFirst());
    QVERIFY(!m_server.signIn(m_stored.last(), Password).isEmpty());
    QVERIFY(m_server.isRunning());
}

void DiskFullTest::nothingIsCorrupted()
{
    QVERIFY(!m_stored.isEmpty());
    m_server.stop();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        database.setDatabaseName(m_server.dataDir() + QStringLiteral("/buttcloud.sqlite"));
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // Every account the server confirmed is there with its welcome mail (one transaction); no
        // refused one is there, not even in part.
        const auto rowsOf = [&query](const QString &email) {
            query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM users WHERE email = ?),"
                                         " (SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?)"));
            query.addBindValue(email);
            query.addBindValue(email);
            return query.exec() && query.next() ? std::pair{query.value(0).toInt(), query.value(1).toInt()} : std::pair{-1, -1};
        };
        for (const QString &email : std::as_const(m_stored))
            QVERIFY2(rowsOf(email) == std::pair(1, 1), qPrintable(email));
        for (const QString &email : std::as_const(m_refused))
            QVERIFY2(rowsOf(email) == std::pair(0, 0), qPrintable(email));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // And the server starts again on it.
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(!m_server.signIn(m_stored.first(), Password).isEmpty());
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
