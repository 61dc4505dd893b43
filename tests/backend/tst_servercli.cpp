#include "store/database.h"
#include "testhttpclient.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

class TestServerCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void versionAndHelp();
    void invalidConfigurationExitsWithTwo_data();
    void invalidConfigurationExitsWithTwo();
    void unreachablePostgresqlExitsWithOne();
    void userAddAndList();
    void userAddRefusals_data();
    void userAddRefusals();
    void serverListensAndStopsOnSigterm();
    void portInUseFails();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &environment = {});
    QStringList dataArgs() const;

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerCli::initTestCase()
{
    m_program = qEnvironmentVariable("BUTTCLOUDD");
    if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable())
        QSKIP("BUTTCLOUDD does not name the buttcloudd executable; run through ctest");
}

void TestServerCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestServerCli::dataArgs() const
{
    return {"--data", m_dir->filePath("data")};
}

TestServerCli::Result TestServerCli::run(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        env.insert(key, environment.value(key));
    process.setProcessEnvironment(env);
    process.start(m_program, arguments);
    if (!process.waitForStarted(5000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestServerCli::versionAndHelp()
{
    Result result = run({"--version"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("buttcloudd 0."));
    result = run({"--help"});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--listen", "--data", "--database", "--docker-host", "--public-host", "--pub-image",
                               "--pub-port-range", "--pub-memory-limit", "--access-token-ttl", "--observe-interval", "--label"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

void TestServerCli::invalidConfigurationExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("bad listen flag") << QStringList{"--listen", "here"} << "" << "--listen";
    QTest::newRow("bad listen env") << QStringList{} << "BUTTCLOUD_LISTEN=nowhere" << "--listen";
    QTest::newRow("postgres without database") << QStringList{"--database", "postgresql://localhost"} << "" << "postgresql://user";
    QTest::newRow("unknown flag") << QStringList{"--bogus"} << "" << "bogus";
}

void TestServerCli::invalidConfigurationExitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, mentioned);
    QProcessEnvironment environment;
    if (!variable.isEmpty())
        environment.insert(variable.section('=', 0, 0), variable.section('=', 1));
    const Result result = run(dataArgs() + arguments, {}, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("data"))); // refused before touching anything
}

void TestServerCli::unreachablePostgresqlExitsWithOne()
{
    // Port 1 on loopback refuses at once: a clear error naming the database, never its password.
    const Result result = run(dataArgs() + QStringList{"--database", "postgresql://fleet:hunter2@127.0.0.1:1/bc"}, {}, {});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("cannot open database postgresql://fleet@127.0.0.1:1/bc"), qPrintable(result.err));
    QVERIFY(!result.err.contains("hunter2"));
    QVERIFY(!result.out.contains("hunter2"));
}

void TestServerCli::userAddAndList()
{
    const QString secret = "a password of some length";
    Result result = run(dataArgs() + QStringList{"user", "add", "--email", "Root@Example.org", "--name", "Root",
                                                 "--role", "admin", "--password-stdin"},
                        secret.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("root@example.org"));
    QVERIFY(!(result.out + result.err).contains(secret));

    result = run(dataArgs() + QStringList{"user", "list"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("admin\troot@example.org\tRoot"));

    // Without a password: the account waits for the mailed set-password link. Both get that mail.
    result = run(dataArgs() + QStringList{"user", "add", "--email", "sam@example.org", "--name", "Sam", "--role", "support"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("mailed a link"), qPrintable(result.out));
    const Database database(m_dir->filePath("data/buttcloud.sqlite"));
    QSqlQuery mails = database.exec("SELECT recipient, kind, text_body FROM mail_outbox ORDER BY recipient");
    QStringList queued;
    while (mails.next()) {
        queued.append(mails.value(0).toString() + ' ' + mails.value(1).toString());
        QVERIFY(mails.value(2).toString().contains("reset-password?token=pr_"));
    }
    QCOMPARE(queued, QStringList({"root@example.org account_created", "sam@example.org account_created"}));
}

void TestServerCli::userAddRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("weak password") << QStringList{"--email", "a@example.org", "--name", "A"} << QByteArray("short\n") << "password";
    QTest::newRow("no password") << QStringList{"--email", "a@example.org", "--name", "A"} << QByteArray() << "password";
    QTest::newRow("bad email") << QStringList{"--email", "nope", "--name", "A"} << QByteArray("long enough pass\n") << "email";
    QTest::newRow("bad role") << QStringList{"--email", "a@example.org", "--name", "A", "--role", "root"} << QByteArray("long enough pass\n") << "role";
    QTest::newRow("taken email") << QStringList{"--email", "taken@example.org", "--name", "A"} << QByteArray("long enough pass\n") << "exists";
}

void TestServerCli::userAddRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, password);
    QFETCH(QString, mentioned);
    QCOMPARE(run(dataArgs() + QStringList{"user", "add", "--email", "taken@example.org", "--name", "T", "--password-stdin"},
                 "long enough pass\n").exitCode, 0);
    const Result result = run(dataArgs() + QStringList{"user", "add", "--password-stdin"} + arguments, password);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
}

void TestServerCli::serverListensAndStopsOnSigterm()
{
    QProcess server;
    server.start(m_program, dataArgs() + QStringList{"--listen", "127.0.0.1:0", "--docker-host", "unix:///nonexistent/docker.sock"});
    QVERIFY(server.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10000);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QRegularExpressionMatch match = QRegularExpression("^buttcloudd: listening on http://127\\.0\\.0\\.1:(\\d+)$").match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    TestHttpClient client;
    const TestReply health = client.send("GET", QUrl("http://127.0.0.1:" + match.captured(1) + "/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value("database").toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value("engine").toString(), QStringLiteral("unavailable"));

    const QString data = m_dir->filePath("data");
    QCOMPARE(int(QFileInfo(data).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), 0);
    QCOMPARE(QFileInfo(data + "/server.key").size(), 32);
    QVERIFY(QFileInfo::exists(data + "/instance-id"));
    QVERIFY(QFileInfo::exists(data + "/buttcloud.sqlite"));

    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestServerCli::portInUseFails()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const Result result = run(dataArgs() + QStringList{"--listen", QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()),
                                                       "--docker-host", "unix:///nonexistent/docker.sock"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("cannot listen"), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
