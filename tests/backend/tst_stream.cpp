#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "pubs/pubcontroller.h"
#include "stream/streamhub.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTcpSocket>
#include <QWebSocket>

using namespace buttcloud;

namespace {
// A WebSocket client of /api/v1/stream that records what arrives.
class StreamClient final
{
public:
    explicit StreamClient(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        m_connected = connected.wait(5000);
    }

    bool isConnected() const { return m_connected; }
    void send(const QJsonObject &message) { m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))); }
    bool authenticate(const QString &token)
    {
        send({{"type", "auth"}, {"token", token}});
        return waitFor("ready");
    }
    bool waitFor(const QString &type, int timeoutMs = 3000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (count(type) > 0)
                return true;
            QTest::qWait(10);
        }
        return false;
    }
    bool waitForClose(int timeoutMs = 3000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&m_socket, &QWebSocket::disconnected);
        return closed.wait(timeoutMs);
    }
    int count(const QString &type) const
    {
        return int(std::count_if(m_messages.cbegin(), m_messages.cend(), [&type](const QJsonObject &m) { return m.value("type").toString() == type; }));
    }
    QList<QJsonObject> messages(const QString &type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &message : m_messages) {
            if (message.value("type").toString() == type)
                found.append(message);
        }
        return found;
    }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_connected = false;
};
}

// The live stream against the in-process server: authentication, subscriptions, who sees what,
// heartbeats and backpressure.
class TestStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void plainGetIsToldToUpgrade();
    void authenticationRequired();
    void badTokensClose_data();
    void badTokensClose();
    void readyAndPing();
    void refusedMessages();
    void subscriptionsAreCounted();
    void statsOnlyForVisiblePubs();
    void pubEventsFollowAccess();
    void jobEventsFollowAccess();
    void hubEventsAreForStaff();
    void slowClientGetsNewestSampleOnly();
    void commandOutputReachesItsCaller();
    void silentPeerIsDropped();
    void revokedSignInEndsTheStream();
    void logsShareOneFollowPerPub();
    void slowLogClientIsDropped();

private:
    std::unique_ptr<StreamClient> connectClient();
    std::unique_ptr<StreamClient> signedIn(const QString &user);

    std::unique_ptr<TestBackend> m_backend;
    QHash<QString, UserRecord> m_users;
    QString m_alicePub;
    QString m_bobPub;
    QHash<QString, int> m_watchCounts;
    StreamSettings m_settings;
};

void TestStream::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_users.clear();
    for (const auto &[name, role] : {std::pair{"alice", Role::Customer}, std::pair{"bob", Role::Customer},
                                     std::pair{"support", Role::Support}, std::pair{"admin", Role::Admin}}) {
        m_users.insert(QLatin1String(name), m_backend->addUser(QLatin1String(name) + "@example.org", role));
    }
    m_alicePub = m_backend->pubs().create(m_users.value("alice").id, "alicepub").pub.id;
    m_bobPub = m_backend->pubs().create(m_users.value("bob").id, "bobpub").pub.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub) && !m_backend->pubs().isBusy(m_bobPub));

    m_watchCounts.clear();
    m_backend->stream().setStatsFeed(StatsFeed{[this](const QString &pubId) { ++m_watchCounts[pubId]; },
                                               [this](const QString &pubId) { --m_watchCounts[pubId]; }});
    m_settings = StreamSettings();
    m_settings.authTimeout = std::chrono::milliseconds(300);
    m_backend->stream().setSettings(m_settings);
}

void TestStream::cleanup()
{
    m_backend.reset();
}

std::unique_ptr<StreamClient> TestStream::connectClient()
{
    QUrl url = m_backend->url("/api/v1/stream");
    url.setScheme("ws");
    auto client = std::make_unique<StreamClient>(url);
    return client;
}

std::unique_ptr<StreamClient> TestStream::signedIn(const QString &user)
{
    auto client = connectClient();
    if (!client->isConnected() || !client->authenticate(m_backend->accessTokenFor(m_users.value(user))))
        return nullptr;
    return client;
}

void TestStream::plainGetIsToldToUpgrade()
{
    TestHttpClient http;
    const TestReply reply = http.send("GET", m_backend->url("/api/v1/stream"));
    QCOMPARE(reply.status, 426);
    QCOMPARE(reply.errorCode(), "upgrade_required");
    QCOMPARE(http.send("POST", m_backend->url("/api/v1/stream"), "{}").status, 405);
}

void TestStream::authenticationRequired()
{
    auto silent = connectClient();
    QVERIFY(silent->isConnected());
    QVERIFY(silent->waitForClose());
    QCOMPARE(int(silent->closeCode()), 4401);

    auto eager = connectClient();
    eager->send({{"type", "subscribe"}, {"topic", "pubs"}});
    QVERIFY(eager->waitForClose());
    QCOMPARE(int(eager->closeCode()), 4401);
    QCOMPARE(eager->count("pub"), 0);
}

void TestStream::badTokensClose_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("garbage") << "not-a-token";
    QTest::newRow("empty") << "";
    QTest::newRow("expired") << "expired";
    QTest::newRow("forged") << "forged";
}

void TestStream::badTokensClose()
{
    QFETCH(QString, token);
    if (token == "expired")
        token = m_backend->expiredAccessTokenFor(m_users.value("alice"));
    if (token == "forged")
        token = AccessTokens(QByteArray(32, 'x'), std::chrono::seconds(900)).issue(m_users.value("admin").id, Role::Admin);
    auto client = connectClient();
    client->send({{"type", "auth"}, {"token", token}});
    QVERIFY(client->waitForClose());
    QCOMPARE(int(client->closeCode()), 4401);
    QCOMPARE(client->count("ready"), 0);
}

void TestStream::readyAndPing()
{
    auto client = signedIn("alice");
    QVERIFY(client);
    QCOMPARE(client->messages("ready").first().value("user").toObject().value("email").toString(), "alice@example.org");
    client->send({{"type", "ping"}, {"id", "p1"}});
    QVERIFY(client->waitFor("pong"));
    QCOMPARE(client->messages("pong").first().value("id").toString(), "p1");
    // Past the auth deadline, an authenticated connection stays open.
    QTest::qWait(int(m_settings.authTimeout.count()) + 200);
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
    // Re-auth with another user's token is refused.
    client->send({{"type", "auth"}, {"token", m_backend->accessTokenFor(m_users.value("bob"))}});
    QVERIFY(client->waitForClose());
    QCOMPARE(int(client->closeCode()), 4401);
}

void TestStream::refusedMessages()
{
    auto client = signedIn("alice");
    QVERIFY(client);
    client->socket().sendTextMessage("not json");
    client->send({{"type", "launch"}});
    client->send({{"type", "subscribe"}, {"topic", "everything"}});
    QTRY_COMPARE(client->count("error"), 3);
    const QList<QJsonObject> errors = client->messages("error");
    QCOMPARE(errors.at(0).value("code").toString(), "bad_request");
    QCOMPARE(errors.at(2).value("code").toString(), "validation_failed");
    client->socket().sendTextMessage(QString(64 * 1024, 'x')); // over the incoming limit: the peer is dropped
    QVERIFY(client->waitForClose());
}

void TestStream::subscriptionsAreCounted()
{
    auto first = signedIn("alice");
    auto second = signedIn("admin");
    QVERIFY(first && second);
    const QJsonObject subscribe{{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}};
    first->send(subscribe);
    first->send(subscribe); // twice on one connection counts once
    second->send(subscribe);
    QTRY_COMPARE(m_watchCounts.value(m_alicePub), 2);

    first->send({{"type", "unsubscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}});
    QTRY_COMPARE(m_watchCounts.value(m_alicePub), 1);
    first->send({{"type", "unsubscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}});
    QTest::qWait(50);
    QCOMPARE(m_watchCounts.value(m_alicePub), 1);

    second->socket().close();
    QTRY_COMPARE(m_watchCounts.value(m_alicePub), 0);
    QTRY_COMPARE(m_backend->stream().connectionCount(), 1);
}

void TestStream::statsOnlyForVisiblePubs()
{
    auto bob = signedIn("bob");
    auto support = signedIn("support");
    QVERIFY(bob && support);
    bob->send({{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}});
    QVERIFY(bob->waitFor("error"));
    QCOMPARE(bob->messages("error").first().value("code").toString(), "not_found");
    bob->send({{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", "nosuchpub"}});
    QTRY_COMPARE(bob->count("error"), 2);
    QCOMPARE(m_watchCounts.value(m_alicePub), 0);

    support->send({{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}});
    QTRY_COMPARE(m_watchCounts.value(m_alicePub), 1);
    StatsSample sample;
    sample.atMs = 1'700'000'000'000;
    sample.memoryBytes = 4242;
    sample.pids = 11;
    m_backend->stream().publishSample(m_alicePub, sample);
    QVERIFY(support->waitFor("stats"));
    const QJsonObject stats = support->messages("stats").first();
    QCOMPARE(stats.value("pubId").toString(), m_alicePub);
    QCOMPARE(stats.value("sample").toObject().value("memoryBytes").toInteger(), 4242);
    QCOMPARE(stats.value("sample").toObject().value("pids").toInt(), 11);
    QVERIFY(stats.value("sample").toObject().value("t").toString().endsWith('Z'));
    QTest::qWait(50);
    QCOMPARE(bob->count("stats"), 0);
}

void TestStream::pubEventsFollowAccess()
{
    auto alice = signedIn("alice");
    auto bob = signedIn("bob");
    auto support = signedIn("support");
    auto unsubscribed = signedIn("admin");
    QVERIFY(alice && bob && support && unsubscribed);
    for (StreamClient *client : {alice.get(), bob.get(), support.get()})
        client->send({{"type", "subscribe"}, {"topic", "pubs"}});
    QTest::qWait(50);

    m_backend->pubs().requestStop(m_alicePub);
    QVERIFY(alice->waitFor("pub", 1000));
    QVERIFY(support->waitFor("pub", 1000));
    const QJsonObject pub = alice->messages("pub").first().value("pub").toObject();
    QCOMPARE(pub.value("id").toString(), m_alicePub);
    QCOMPARE(pub.value("desiredState").toString(), "stopped");
    QTest::qWait(100);
    QCOMPARE(bob->count("pub"), 0);
    QCOMPARE(unsubscribed->count("pub"), 0);

    m_backend->pubs().requestDelete(m_alicePub, false);
    QVERIFY(alice->waitFor("pub.removed", 3000));
    QVERIFY(support->waitFor("pub.removed", 3000));
    QCOMPARE(alice->messages("pub.removed").first().value("pubId").toString(), m_alicePub);
    QCOMPARE(bob->count("pub.removed"), 0);
}

void TestStream::jobEventsFollowAccess()
{
    auto alice = signedIn("alice");
    auto bob = signedIn("bob");
    auto support = signedIn("support");
    QVERIFY(alice && bob && support);
    for (StreamClient *client : {alice.get(), bob.get(), support.get()})
        client->send({{"type", "subscribe"}, {"topic", "jobs"}});
    QTest::qWait(50);

    const QString jobId = m_backend->pubs().requestStop(m_alicePub).job.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub));
    QVERIFY(alice->waitFor("job", 2000));
    QVERIFY(support->waitFor("job", 2000));
    // Queued, running, progress, succeeded: the last one says how it ended.
    QTRY_COMPARE(alice->messages("job").last().value("job").toObject().value("state").toString(), QStringLiteral("succeeded"));
    QCOMPARE(alice->messages("job").last().value("job").toObject().value("id").toString(), jobId);
    QTest::qWait(100);
    QCOMPARE(bob->count("job"), 0);

    alice->send({{"type", "unsubscribe"}, {"topic", "jobs"}});
    QTest::qWait(50);
    const int before = alice->count("job");
    m_backend->pubs().requestStart(m_alicePub);
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub));
    QVERIFY(support->waitFor("job"));
    QTest::qWait(100);
    QCOMPARE(alice->count("job"), before);
}

void TestStream::hubEventsAreForStaff()
{
    auto alice = signedIn("alice");
    auto support = signedIn("support");
    auto admin = signedIn("admin");
    QVERIFY(alice && support && admin);
    for (StreamClient *client : {alice.get(), support.get(), admin.get()})
        client->send({{"type", "subscribe"}, {"topic", "hubs"}});
    QVERIFY(alice->waitFor("error", 1000));
    QCOMPARE(alice->messages("error").first().value("code").toString(), QStringLiteral("forbidden"));
    QTest::qWait(50);

    m_backend->stream().publishHubChanged(QJsonObject{{"id", "hub000000001"}, {"state", "draining"}});
    QVERIFY(support->waitFor("hub", 1000));
    QVERIFY(admin->waitFor("hub", 1000));
    QCOMPARE(admin->messages("hub").first().value("hub").toObject().value("state").toString(), QStringLiteral("draining"));
    m_backend->stream().publishHubRemoved(QStringLiteral("hub000000001"));
    QVERIFY(support->waitFor("hub.removed", 1000));
    QCOMPARE(support->messages("hub.removed").first().value("hubId").toString(), QStringLiteral("hub000000001"));
    QTest::qWait(100);
    QCOMPARE(alice->count("hub"), 0);
    QCOMPARE(alice->count("hub.removed"), 0);

    admin->send({{"type", "unsubscribe"}, {"topic", "hubs"}});
    QTest::qWait(50);
    m_backend->stream().publishHubChanged(QJsonObject{{"id", "hub000000001"}, {"state", "drained"}});
    QTRY_COMPARE_WITH_TIMEOUT(support->count("hub"), 2, 1000);
    QTest::qWait(100);
    QCOMPARE(admin->count("hub"), 1);
}

void TestStream::slowClientGetsNewestSampleOnly()
{
    m_settings.inFlightBudgetBytes = 1; // every sample after the first waits for the socket to drain
    m_backend->stream().setSettings(m_settings);
    auto client = signedIn("alice");
    QVERIFY(client);
    client->send({{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", m_alicePub}});
    client->send({{"type", "subscribe"}, {"topic", "pub.stats"}, {"pubId", m_bobPub}}); // refused: not hers
    QTRY_COMPARE(m_watchCounts.value(m_alicePub), 1);

    // No event loop turn between them: the socket cannot drain, so only the newest may wait.
    for (int i = 1; i <= 200; ++i) {
        StatsSample sample;
        sample.atMs = 1'700'000'000'000 + i * 1000;
        sample.pids = i;
        m_backend->stream().publishSample(m_alicePub, sample);
    }
    QTRY_VERIFY(client->count("stats") >= 1);
    QTest::qWait(200);
    const QList<QJsonObject> received = client->messages("stats");
    QVERIFY2(received.size() <= 2, qPrintable(QString::number(received.size())));
    QCOMPARE(received.last().value("sample").toObject().value("pids").toInt(), 200);
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
    // The metrics account for every sample: the first sent at once, the newest after the drain.
    const StreamMetrics metrics = m_backend->stream().metrics();
    QCOMPARE(metrics.samples.sent, quint64(received.size()));
    QCOMPARE(metrics.samples.sent + metrics.samples.dropped, quint64(200));
    QCOMPARE(metrics.statsSubscriptions, 1);
    QCOMPARE(metrics.authenticatedConnections, 1);
}

void TestStream::commandOutputReachesItsCaller()
{
    m_backend->runtime().setServiceStatus(m_alicePub, PubStatus::Up);
    QSignalSpy observed(&m_backend->pubs(), &PubController::observationApplied);
    m_backend->pubs().observeNow();
    QVERIFY(observed.wait(3000));
    m_backend->runtime().setExecOutcome("ssb-server whoami", ExecOutcome{0, "{\"id\":\"@me\"}", "warning", false});

    auto alice = signedIn("alice");
    auto admin = signedIn("admin");
    QVERIFY(alice && admin);
    TestHttpClient http;
    const TestReply reply = http.send("POST", m_backend->url("/api/v1/pubs/" + m_alicePub + "/commands"),
                                      R"({"command":"whoami"})", m_backend->accessTokenFor(m_users.value("alice")));
    QCOMPARE(reply.status, 200);
    QVERIFY(alice->waitFor("command.output"));
    QTRY_COMPARE(alice->count("command.output"), 2);
    const QList<QJsonObject> output = alice->messages("command.output");
    QCOMPARE(output.at(0).value("commandId").toString(), reply.json.value("id").toString());
    QCOMPARE(output.at(0).value("stream").toString(), "stdout");
    QCOMPARE(output.at(0).value("data").toString(), "{\"id\":\"@me\"}");
    QCOMPARE(output.at(1).value("stream").toString(), "stderr");
    QCOMPARE(admin->count("command.output"), 0);
}

void TestStream::silentPeerIsDropped()
{
    m_settings.authTimeout = std::chrono::seconds(60);
    m_settings.pingInterval = std::chrono::milliseconds(100);
    m_settings.peerTimeout = std::chrono::milliseconds(300);
    m_backend->stream().setSettings(m_settings);
    // A live client answers pings by itself (QWebSocket does): it stays.
    auto client = signedIn("alice");
    QVERIFY(client);
    // A peer that completes the handshake and then never reads or answers: dropped after the timeout.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_backend->url("/").port());
    QVERIFY(silent.waitForConnected(3000));
    silent.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QTRY_COMPARE(m_backend->stream().connectionCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->stream().connectionCount(), 1, 3000);
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
}

void TestStream::revokedSignInEndsTheStream()
{
    m_settings.authTimeout = std::chrono::seconds(60);
    m_settings.pingInterval = std::chrono::milliseconds(100);
    m_backend->stream().setSettings(m_settings);
    auto alice = signedIn("alice");
    auto bob = signedIn("bob");
    QVERIFY(alice && bob);
    // Alice changes her password elsewhere: every token of hers is revoked, the stream included.
    m_backend->auth().changePassword(m_users.value("alice"), TestBackend::password(), "a brand new password");
    QVERIFY(alice->waitForClose());
    QCOMPARE(int(alice->closeCode()), 4401);
    // Bob is disabled.
    m_backend->database().exec("UPDATE users SET disabled = ? WHERE id = ?", {true, m_users.value("bob").id});
    QVERIFY(bob->waitForClose());
    QCOMPARE(int(bob->closeCode()), 4401);
    // Others stay.
    auto admin = signedIn("admin");
    QVERIFY(admin);
    QTest::qWait(300);
    QCOMPARE(admin->socket().state(), QAbstractSocket::ConnectedState);
}

void TestStream::logsShareOneFollowPerPub()
{
    auto alice = signedIn("alice");
    auto admin = signedIn("admin");
    auto bob = signedIn("bob");
    QVERIFY(alice && admin && bob);
    const QJsonObject subscribe{{"type", "subscribe"}, {"topic", "pub.logs"}, {"pubId", m_alicePub}};
    alice->send(subscribe);
    admin->send(subscribe);
    admin->send(subscribe); // counted once per connection
    bob->send(subscribe);   // not his pub
    QVERIFY(bob->waitFor("error"));
    QCOMPARE(bob->messages("error").first().value("code").toString(), "not_found");
    FakePubLogs &logs = m_backend->logs();
    QTRY_COMPARE(m_backend->stream().metrics().logSubscriptions, 2);
    QCOMPARE(logs.openFollows(m_alicePub), 1);

    logs.push(m_alicePub, {logLine(1'796'197'345'696, "hello"), logLine(1'796'197'345'697, "oops", true)});
    QVERIFY(alice->waitFor("logs") && admin->waitFor("logs"));
    const QJsonObject message = alice->messages("logs").first();
    QCOMPARE(message.value("pubId").toString(), m_alicePub);
    const QJsonArray lines = message.value("lines").toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toObject(), (QJsonObject{{"at", "2026-12-02T07:42:25.696Z"}, {"stream", "stdout"}, {"text", "hello"}}));
    QCOMPARE(lines[1].toObject().value("stream").toString(), "stderr");
    QCOMPARE(bob->count("logs"), 0);

    alice->send({{"type", "unsubscribe"}, {"topic", "pub.logs"}, {"pubId", m_alicePub}});
    QTRY_COMPARE(m_backend->stream().metrics().logSubscriptions, 1);
    QCOMPARE(logs.openFollows(m_alicePub), 1);
    admin->socket().close();
    QTRY_COMPARE(logs.openFollows(m_alicePub), 0); // the last watcher left: the follow is closed
    QCOMPARE(logs.follows().size(), 1);
}

void TestStream::slowLogClientIsDropped()
{
    m_settings.maxBacklogBytes = 1; // the peer is "behind" as soon as one message is not written yet
    m_backend->stream().setSettings(m_settings);
    auto client = signedIn("alice");
    QVERIFY(client);
    client->send({{"type", "subscribe"}, {"topic", "pub.logs"}, {"pubId", m_alicePub}});
    QTRY_COMPARE(m_backend->logs().openFollows(m_alicePub), 1);
    // No event loop turn between them: the socket cannot drain.
    for (int i = 0; i < 50; ++i)
        m_backend->logs().push(m_alicePub, {logLine(1'796'197'345'000 + i, QString(1000, u'x'))});
    QVERIFY(client->waitForClose(8000));
    QCOMPARE(int(client->closeCode()), int(StreamHub::CloseTooSlow));
    QCOMPARE(m_backend->stream().metrics().slowClientsDropped, quint64(1));
    QTRY_COMPARE(m_backend->logs().openFollows(m_alicePub), 0);
}

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
