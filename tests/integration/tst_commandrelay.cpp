// The command relay and the live stream end to end: a real buttcloudd, a real pub in the swarm.
#include "serverprocess.h"
#include "streamclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
const QRegularExpression FeedId(QStringLiteral("@[A-Za-z0-9+/]{43}=\\.ed25519"));
}

class CommandRelayTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void whoamiIsThePubsFeed();
    void inviteCarriesThePubsAddress();
    void inviteIsAcceptedByASecondPub();
    void refusedCommandsNeverRun_data();
    void refusedCommandsNeverRun();
    void statsArriveOverTheStream();
    void statusEventsArriveOverTheStream(); // stops the pub: keep it last

private:
    QJsonObject waitForStatus(const QString &status, int timeoutMs);
    QString container() const;
    int execCount() const;
    QString createInvite();

    ServerProcess m_server;
    QString m_adminToken;
    QString m_pubId;
    QJsonObject m_pub;
};

void CommandRelayTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("relay-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201);
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    m_pub = waitForStatus(QStringLiteral("up"), UpTimeoutMs);
    QVERIFY2(!m_pub.isEmpty(), qPrintable(m_server.output().right(4000)));
}

void CommandRelayTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QJsonObject CommandRelayTest::waitForStatus(const QString &status, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const HttpResult result = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_adminToken);
        if (result.body.value(QStringLiteral("status")).toString() == status)
            return result.body;
        QTest::qWait(500);
    }
    return {};
}

QString CommandRelayTest::container() const
{
    return QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                             QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + m_pubId}))
        .trimmed().section(QLatin1Char('\n'), 0, 0);
}

// Docker keeps the ids of a container's recent execs: a refused command must not add one.
int CommandRelayTest::execCount() const
{
    return QString::fromUtf8(DockerCli::run({QStringLiteral("inspect"), QStringLiteral("--format"),
                                             QStringLiteral("{{len .ExecIDs}}"), container()})).trimmed().toInt();
}

void CommandRelayTest::whoamiIsThePubsFeed()
{
    // The pub answers whoami about a second after it starts; the health check makes "up" mean ready.
    const HttpResult run = m_server.runPubCommandUntilItAnswers(m_pubId, QStringLiteral("whoami"), m_adminToken);
    QCOMPARE(run.status, 200);
    QCOMPARE(run.body.value(QStringLiteral("exitCode")).toInt(), 0);
    const QString relayed = run.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(FeedId.match(relayed).hasMatch(), run.raw.constData());

    const QString direct = QString::fromUtf8(DockerCli::run({QStringLiteral("exec"), container(), QStringLiteral("ssb-server"), QStringLiteral("whoami")}));
    QCOMPARE(relayed, FeedId.match(direct).captured());
}

QString CommandRelayTest::createInvite()
{
    const HttpResult run = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs/%1/commands").arg(m_pubId), m_adminToken,
                                                QJsonObject{{QStringLiteral("command"), QStringLiteral("invite.create")},
                                                            {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("uses"), 1}}}});
    if (run.status != 200 || run.body.value(QStringLiteral("exitCode")).toInt() != 0) {
        qWarning("invite.create answered %d: %s", run.status, run.raw.constData());
        return {};
    }
    return run.body.value(QStringLiteral("result")).toString();
}

void CommandRelayTest::inviteCarriesThePubsAddress()
{
    const QString invite = createInvite();
    const QString address = m_pub.value(QStringLiteral("address")).toString();
    QVERIFY2(invite.startsWith(address + QLatin1Char(':')), qPrintable(invite + QStringLiteral(" / ") + address));
    QVERIFY(FeedId.match(invite).hasMatch());

    const HttpResult audit = m_server.request("GET", QStringLiteral("/api/v1/audit?pubId=") + m_pubId, m_adminToken);
    QCOMPARE(audit.status, 200);
    const QJsonObject newest = audit.body.value(QStringLiteral("entries")).toArray().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("command")).toString(), QStringLiteral("invite.create"));
    QCOMPARE(newest.value(QStringLiteral("exitCode")).toInt(), 0);
}

void CommandRelayTest::inviteIsAcceptedByASecondPub()
{
    const QString invite = createInvite();
    QVERIFY(!invite.isEmpty());
    // A second ssb-server of the same image on the host's network, so the invite's 127.0.0.1:port
    // reaches the first pub's host-mode port. Its own ports come from the end of this run's range.
    const QString invitee = QStringLiteral("buttcloud-invitee-") + m_server.runLabel();
    int exitCode = -1;
    DockerCli::run({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"), QStringLiteral("--network"),
                    QStringLiteral("host"), QStringLiteral("--name"), invitee, QStringLiteral("--label"),
                    QStringLiteral("buttcloud.test=") + m_server.runLabel(),
                    QStringLiteral("-e"), QStringLiteral("SSB_PORT=%1").arg(m_server.pubPortBase() + 18),
                    QStringLiteral("-e"), QStringLiteral("SSB_WS_PORT=%1").arg(m_server.pubPortBase() + 19),
                    QStringLiteral("-e"), QStringLiteral("SSB_EXTERNAL_HOST=127.0.0.1"),
                    qEnvironmentVariable("BUTTCLOUD_PUB_IMAGE")}, &exitCode);
    // Its anonymous data volume goes with it (-v).
    const auto removeInvitee = qScopeGuard([&invitee] {
        DockerCli::run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), invitee});
    });
    QCOMPARE(exitCode, 0);

    QString inviteeId;
    QDeadlineTimer deadline(60000);
    while (inviteeId.isEmpty() && !deadline.hasExpired()) {
        const QString whoami = QString::fromUtf8(DockerCli::run({QStringLiteral("exec"), invitee, QStringLiteral("ssb-server"),
                                                                 QStringLiteral("whoami")}));
        inviteeId = FeedId.match(whoami).captured();
        if (inviteeId.isEmpty())
            QTest::qWait(1000);
    }
    QVERIFY2(!inviteeId.isEmpty(), "the second ssb-server did not answer whoami");

    // argv, no shell: the invite is one argument whatever it holds.
    const QByteArray accepted = DockerCli::run({QStringLiteral("exec"), invitee, QStringLiteral("ssb-server"),
                                                QStringLiteral("invite.accept"), invite}, &exitCode);
    QVERIFY2(exitCode == 0, accepted.constData());
    QVERIFY2(accepted.contains(m_pub.value(QStringLiteral("address")).toString().section(u':', 1).toUtf8()), accepted.constData());

    // The pub followed the newcomer: that is what using an invite does on the pub's side.
    const QString pubFeed = FeedId.match(invite).captured();
    QString following;
    QDeadlineTimer followDeadline(30000);
    while (following != QLatin1String("true") && !followDeadline.hasExpired()) {
        following = QString::fromUtf8(DockerCli::run({QStringLiteral("exec"), container(), QStringLiteral("ssb-server"),
                                                      QStringLiteral("friends.isFollowing"), QStringLiteral("--source"), pubFeed,
                                                      QStringLiteral("--dest"), inviteeId})).trimmed();
        if (following != QLatin1String("true"))
            QTest::qWait(1000);
    }
    QCOMPARE(following, QStringLiteral("true"));
}

void CommandRelayTest::refusedCommandsNeverRun_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    const auto invite = [](const QJsonValue &uses) {
        return QJsonObject{{QStringLiteral("command"), QStringLiteral("invite.create")},
                           {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("uses"), uses}}}};
    };
    QTest::newRow("shell list") << invite(QStringLiteral("1; rm -rf /")) << 422;
    QTest::newRow("substitution") << invite(QStringLiteral("$(reboot)")) << 422;
    QTest::newRow("10 kB") << invite(QString(10 * 1024, QLatin1Char('1'))) << 422;
    QTest::newRow("control characters") << invite(QStringLiteral("1\n\x01")) << 422;
    QTest::newRow("out of range") << invite(1000) << 422;
    QTest::newRow("unknown command") << QJsonObject{{QStringLiteral("command"), QStringLiteral("sh")}} << 422;
    QTest::newRow("command with arguments") << QJsonObject{{QStringLiteral("command"), QStringLiteral("whoami; id")}} << 422;
    QTest::newRow("command substitution") << QJsonObject{{QStringLiteral("command"), QStringLiteral("$(id)")}} << 422;
    QTest::newRow("command with a newline") << QJsonObject{{QStringLiteral("command"), QStringLiteral("whoami\nid")}} << 422;
    QTest::newRow("command 10 kB") << QJsonObject{{QStringLiteral("command"), QString(10 * 1024, QLatin1Char('w'))}} << 422;
    QTest::newRow("command as an option") << QJsonObject{{QStringLiteral("command"), QStringLiteral("--help")}} << 422;
    QTest::newRow("argument name injected")
        << QJsonObject{{QStringLiteral("command"), QStringLiteral("invite.create")},
                       {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("uses; rm -rf /"), 1}}}} << 422;
    QTest::newRow("argument for a command without any")
        << QJsonObject{{QStringLiteral("command"), QStringLiteral("whoami")},
                       {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("x"), QStringLiteral("$(reboot)")}}}} << 422;
}

void CommandRelayTest::refusedCommandsNeverRun()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    const int before = execCount();
    const HttpResult run = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs/%1/commands").arg(m_pubId), m_adminToken, body);
    QCOMPARE(run.status, status);
    QCOMPARE(run.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(execCount(), before);
}

void CommandRelayTest::statsArriveOverTheStream()
{
    StreamClient stream;
    QVERIFY(stream.open(m_server.baseUrl(), m_adminToken, {{QStringLiteral("type"), QStringLiteral("subscribe")},
                                                           {QStringLiteral("topic"), QStringLiteral("pub.stats")},
                                                           {QStringLiteral("pubId"), m_pubId}}));
    const auto samples = [&stream] {
        QList<QJsonObject> found;
        for (const QJsonObject &message : stream.messages()) {
            if (message.value(QStringLiteral("type")).toString() == QStringLiteral("stats"))
                found.append(message.value(QStringLiteral("sample")).toObject());
        }
        return found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(samples().size() >= 2, 60000);
    const QJsonObject sample = samples().first();
    QVERIFY(sample.value(QStringLiteral("memoryBytes")).toDouble() > 10e6);
    QVERIFY(sample.value(QStringLiteral("pids")).toInt() > 0);
    // A watched pub is read every second, an unwatched one every 15 s: the samples' own times (taken
    // by the server, so a slow test machine does not matter) show the watched pace.
    const auto at = [](const QJsonObject &s) { return QDateTime::fromString(s.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs); };
    QVERIFY2(at(samples().at(0)).msecsTo(at(samples().at(1))) < 10000,
             QJsonDocument(QJsonArray{samples().at(0), samples().at(1)}).toJson().constData());
}

void CommandRelayTest::statusEventsArriveOverTheStream()
{
    StreamClient stream;
    QVERIFY(stream.open(m_server.baseUrl(), m_adminToken, {{QStringLiteral("type"), QStringLiteral("subscribe")},
                                                           {QStringLiteral("topic"), QStringLiteral("pubs")}}));
    QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/pubs/%1/stop").arg(m_pubId), m_adminToken).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(stream.arrived(QStringLiteral("pub"), [this](const QJsonObject &m) {
        const QJsonObject pub = m.value(QStringLiteral("pub")).toObject();
        return pub.value(QStringLiteral("id")).toString() == m_pubId && pub.value(QStringLiteral("desiredState")).toString() == QStringLiteral("stopped");
    }), 20000); // generous: a loaded machine or a sanitized server answers slowly
    // The swarm's own change follows from the observation, without polling by the client.
    QTRY_VERIFY_WITH_TIMEOUT(stream.arrived(QStringLiteral("pub"), [this](const QJsonObject &m) {
        const QJsonObject pub = m.value(QStringLiteral("pub")).toObject();
        return pub.value(QStringLiteral("id")).toString() == m_pubId && pub.value(QStringLiteral("status")).toString() == QStringLiteral("down");
    }), 60000);
}

QTEST_GUILESS_MAIN(CommandRelayTest)
#include "tst_commandrelay.moc"
