// A pub's logs and timeline end to end: a real buttcloudd, a real pub in the swarm, Docker's own
// service logs and events.
#include "serverprocess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;

bool anyLineContains(const QJsonArray &lines, const QString &text)
{
    return std::any_of(lines.begin(), lines.end(), [&text](const QJsonValue &line) {
        return line.toObject().value(QStringLiteral("text")).toString().contains(text);
    });
}
}

class PubLogsLiveTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void logsHoldTheStartUpLines();
    void killedPubShowsInTheFollowAndTheTimeline();

private:
    QJsonObject pub();
    QString container() const;
    QJsonArray timeline();

    ServerProcess m_server;
    QString m_adminToken;
    QString m_pubId;
};

void PubLogsLiveTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_adminToken = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(m_server.output()));
    const HttpResult created = m_server.requestJson(
        "POST", QStringLiteral("/api/v1/pubs"), m_adminToken,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("logs-%1").arg(m_server.runLabel().right(8).toLower())}});
    QCOMPARE(created.status, 201);
    m_pubId = created.body.value(QStringLiteral("id")).toString();
    QVERIFY2(QTest::qWaitFor([this] { return pub().value(QStringLiteral("status")).toString() == QLatin1String("up"); }, UpTimeoutMs),
             qPrintable(m_server.output().right(4000)));
}

void PubLogsLiveTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QJsonObject PubLogsLiveTest::pub()
{
    return m_server.request("GET", QStringLiteral("/api/v1/pubs/") + m_pubId, m_adminToken).body;
}

QString PubLogsLiveTest::container() const
{
    return QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                             QStringLiteral("label=com.docker.swarm.service.name=buttcloud-pub-") + m_pubId}))
        .trimmed().section(QLatin1Char('\n'), 0, 0);
}

QJsonArray PubLogsLiveTest::timeline()
{
    return m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/timeline?limit=100").arg(m_pubId), m_adminToken)
        .body.value(QStringLiteral("entries")).toArray();
}

void PubLogsLiveTest::logsHoldTheStartUpLines()
{
    QJsonArray lines;
    // ssb-server writes its start-up lines within a second or two of "up".
    QVERIFY(QTest::qWaitFor([&] {
        const HttpResult result = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/logs?tail=500").arg(m_pubId), m_adminToken);
        lines = result.body.value(QStringLiteral("lines")).toArray();
        return result.status == 200 && anyLineContains(lines, QStringLiteral("pub-entrypoint: listening on"));
    }, 30000));
    const QJsonObject first = lines.first().toObject();
    QVERIFY(QDateTime::fromString(first.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(first.value(QStringLiteral("stream")).toString() == QLatin1String("stdout")
            || first.value(QStringLiteral("stream")).toString() == QLatin1String("stderr"));
    QVERIFY2(anyLineContains(lines, QStringLiteral("ssb-server")) || lines.size() >= 2,
             QJsonDocument(lines).toJson().constData());

    const HttpResult one = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/logs?tail=1").arg(m_pubId), m_adminToken);
    QCOMPARE(one.body.value(QStringLiteral("lines")).toArray().size(), 1);
    const HttpResult none = m_server.request("GET", QStringLiteral("/api/v1/pubs/%1/logs?until=2000-01-01T00:00:00Z").arg(m_pubId),
                                             m_adminToken);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.body.value(QStringLiteral("lines")).toArray().size(), 0);

    // The job that created the pub is in its timeline.
    QVERIFY(QTest::qWaitFor([this] {
        const QJsonArray entries = timeline();
        return std::any_of(entries.begin(), entries.end(), [](const QJsonValue &entry) {
            return entry.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("pub.create.succeeded");
        });
    }, 10000));
}

void PubLogsLiveTest::killedPubShowsInTheFollowAndTheTimeline()
{
    QList<QJsonObject> messages;
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&messages](const QString &text) {
        messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    const auto send = [&socket](const QJsonObject &message) {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    const auto arrived = [&messages](const QString &type) {
        return std::any_of(messages.cbegin(), messages.cend(), [&type](const QJsonObject &m) { return m.value(QStringLiteral("type")).toString() == type; });
    };
    QUrl url = m_server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(url);
    QVERIFY(connected.wait(20000));
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), m_adminToken}});
    QVERIFY(QTest::qWaitFor([&] { return arrived(QStringLiteral("ready")); }, 20000));
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), QStringLiteral("pub.logs")},
                     {QStringLiteral("pubId"), m_pubId}});
    // The server handles a connection's messages in order: the pong says the follow is being opened.
    // The new task's first lines come seconds after the kill (the swarm's restart delay), well after.
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("subscribed")}});
    QVERIFY(QTest::qWaitFor([&] {
        return std::any_of(messages.cbegin(), messages.cend(), [](const QJsonObject &m) {
            return m.value(QStringLiteral("type")).toString() == QLatin1String("pong") && m.value(QStringLiteral("id")).toString() == QLatin1String("subscribed");
        });
    }, 20000));

    const QString killed = container();
    QVERIFY(!killed.isEmpty());
    int exitCode = -1;
    DockerCli::run({QStringLiteral("kill"), killed}, &exitCode);
    QCOMPARE(exitCode, 0);

    // The swarm starts a new task: its start-up lines reach the follower over the stream.
    QVERIFY2(QTest::qWaitFor([&] {
        return std::any_of(messages.cbegin(), messages.cend(), [](const QJsonObject &m) {
            return m.value(QStringLiteral("type")).toString() == QLatin1String("logs")
                && anyLineContains(m.value(QStringLiteral("lines")).toArray(), QStringLiteral("pub-entrypoint: listening on"));
        });
    }, UpTimeoutMs), qPrintable(m_server.output().right(3000)));

    // The timeline has the kill (die, exit code 137) and then the new container's start.
    QJsonArray entries;
    QVERIFY2(QTest::qWaitFor([&] {
        entries = timeline();
        qint64 dieAt = -1;
        qint64 startAfter = -1;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const qint64 at = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
            if (entry.value(QStringLiteral("source")).toString() != QLatin1String("docker"))
                continue;
            if (entry.value(QStringLiteral("kind")).toString() == QLatin1String("die")
                && entry.value(QStringLiteral("detail")).toObject().value(QStringLiteral("exitCode")).toInt() == 137)
                dieAt = std::max(dieAt, at);
            if (entry.value(QStringLiteral("kind")).toString() == QLatin1String("start"))
                startAfter = std::max(startAfter, at);
        }
        return dieAt > 0 && startAfter > dieAt;
    }, 60000), QJsonDocument(entries).toJson().constData());
    socket.close();
}

QTEST_GUILESS_MAIN(PubLogsLiveTest)
#include "tst_publogs.moc"
