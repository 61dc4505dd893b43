// buttcloudd as a process: its command line, its configuration and its tokens, with no Docker needed.
#include "serverprocess.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace buttcloud::test;

class ServerProcessTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();
    void userAddFromTheCommandLine();
    void dataDirectoryKeepsItsSecretsPrivate();
    void expiredTokenIsRefused();
    void reusedRefreshTokenRevokesTheFamily();
    void healthReportsTheEngine();

private:
    static int runServer(const QStringList &arguments, QByteArray *output);
};

int ServerProcessTest::runServer(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::serverExecutable(), arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        return -1;
    }
    *output = process.readAll();
    return process.exitCode();
}

void ServerProcessTest::versionAndHelp()
{
    QByteArray output;
    QCOMPARE(runServer({QStringLiteral("--version")}, &output), 0);
    QVERIFY2(output.contains("0.1.0"), output.constData());
    QCOMPARE(runServer({QStringLiteral("--help")}, &output), 0);
    QVERIFY2(output.contains("--listen") && output.contains("--data") && output.contains("user add"), output.constData());
}

void ServerProcessTest::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << QByteArray("listen");
    QTest::newRow("bad port range") << QStringList{QStringLiteral("--pub-port-range"), QStringLiteral("9-3")} << QByteArray("pub-port-range");
    QTest::newRow("bad memory") << QStringList{QStringLiteral("--pub-memory-limit"), QStringLiteral("lots")} << QByteArray("pub-memory-limit");
    QTest::newRow("bad label") << QStringList{QStringLiteral("--label"), QStringLiteral("novalue")} << QByteArray("label");
    QTest::newRow("postgresql without database") << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://u@127.0.0.1")} << QByteArray("postgresql://user");
}

void ServerProcessTest::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    QTemporaryDir data;
    QByteArray output;
    QCOMPARE(runServer(QStringList{QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")} + arguments, &output), 2);
    QVERIFY2(output.toLower().contains(mentions), output.constData());
}

void ServerProcessTest::userAddFromTheCommandLine()
{
    ServerProcess server;
    QByteArray output;
    const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                          QStringLiteral("ops@example.org"), QStringLiteral("--name"), QStringLiteral("Ops"),
                          QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
    QCOMPARE(server.runCommand(add, "short\n", &output), 1);
    QVERIFY2(output.contains("password"), output.constData());
    QCOMPARE(server.runCommand(add, "a long enough password\n", &output), 0);
    QVERIFY2(!output.contains("a long enough password"), "the password was echoed");
    QVERIFY(server.runCommand(add, "a long enough password\n", &output) != 0);
    QVERIFY2(output.toLower().contains("exists") || output.toLower().contains("taken"), output.constData());
    QStringList badRole = add;
    badRole[7] = QStringLiteral("emperor");
    QVERIFY(server.runCommand(badRole, "a long enough password\n", &output) != 0);

    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const HttpResult login = server.requestJson("POST", QStringLiteral("/api/v1/auth/login"), {},
                                                QJsonObject{{QStringLiteral("email"), QStringLiteral("OPS@example.org")},
                                                            {QStringLiteral("password"), QStringLiteral("a long enough password")}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.body.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
}

void ServerProcessTest::dataDirectoryKeepsItsSecretsPrivate()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QFile::Permissions key = QFile::permissions(server.dataDir() + QStringLiteral("/server.key"));
    QVERIFY(key & QFile::ReadOwner);
    QVERIFY(!(key & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    // Secrets never reach the log.
    server.createUserAndSignIn(QStringLiteral("quiet@example.org"), QStringLiteral("customer"), QStringLiteral("never print me please"));
    server.stop();
    QVERIFY(!server.output().contains(QStringLiteral("never print me please")));
}

void ServerProcessTest::expiredTokenIsRefused()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--access-token-ttl"), QStringLiteral("1")}), qPrintable(server.lastError()));
    const QString token = server.createUserAndSignIn(QStringLiteral("brief@example.org"), QStringLiteral("customer"),
                                                     QStringLiteral("a long enough password"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(server.request("GET", QStringLiteral("/api/v1/me"), token).status, 200);
    QTest::qWait(2200);
    const HttpResult expired = server.request("GET", QStringLiteral("/api/v1/me"), token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
}

void ServerProcessTest::reusedRefreshTokenRevokesTheFamily()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    server.createUserAndSignIn(QStringLiteral("thief@example.org"), QStringLiteral("customer"), QStringLiteral("a long enough password"));
    const HttpResult login = server.requestJson("POST", QStringLiteral("/api/v1/auth/login"), {},
                                                QJsonObject{{QStringLiteral("email"), QStringLiteral("thief@example.org")},
                                                            {QStringLiteral("password"), QStringLiteral("a long enough password")}});
    const QString first = login.body.value(QStringLiteral("refreshToken")).toString();
    const auto refresh = [&](const QString &token) {
        return server.requestJson("POST", QStringLiteral("/api/v1/auth/refresh"), {}, QJsonObject{{QStringLiteral("refreshToken"), token}});
    };
    const HttpResult rotated = refresh(first);
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.body.value(QStringLiteral("refreshToken")).toString();
    QVERIFY(second != first);
    const HttpResult reused = refresh(first);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("invalid_refresh_token"));
    // The reuse revoked the whole sign-in, the legitimate newer token included.
    QCOMPARE(refresh(second).status, 401);
}

void ServerProcessTest::healthReportsTheEngine()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--docker-host"), QStringLiteral("unix:///nonexistent/docker.sock")}),
             qPrintable(server.lastError()));
    const HttpResult health = server.request("GET", QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.body.value(QStringLiteral("engine")).toString(), QStringLiteral("unavailable"));
}

QTEST_GUILESS_MAIN(ServerProcessTest)
#include "tst_serverprocess.moc"
