#include "docker/dockerengine.h"
#include "logs/publogfollower.h"
#include "mail/mailer.h"
#include "pubs/pubcontroller.h"
#include "servercore.h"
#include "store/auditrepository.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/pubeventrepository.h"
#include "store/pubrepository.h"
#include "swarm/pubservicespec.h"
#include "testbackend.h"
#include "testhttpclient.h"
#include "timeline/pubeventrecorder.h"
#include "timeline/pubtimeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

// A pub's logs (route and live follow) and its timeline (Docker events recorded once, merged with
// jobs, billing, mails and commands), against the in-process server with fake Docker logs.
class TestPubLogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void logsRoute();
    void logsRouteRefusals_data();
    void logsRouteRefusals();
    void logsRouteEngineErrors();
    void followerSharesAndResumes();
    void dockerEventsMapped_data();
    void dockerEventsMapped();
    void eventsRecordedOnce();
    void timelineMergesAndPages();
    void timelineHidesOthersFromCustomers();
    void timelineEventsArePruned();
    void hubRecorderResubscribesAtOnceAndLeavesPruning();

private:
    TestReply get(const QString &path, const QString &user);
    QJsonObject dockerEvent(const QString &action, qint64 timeNs, QJsonObject attributes = {}) const;
    // An invite.create run on alice's pub by user, recorded in the audit log.
    void addCommandRun(const QString &user, qint64 atMs, int uses);

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    QHash<QString, UserRecord> m_users;
    QString m_alicePub;
    QMap<QString, QString> m_managed{{"buttcloud.instance", "test"}};
};

void TestPubLogs::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    m_users.clear();
    for (const auto &[name, role] : {std::pair{"alice", Role::Customer}, std::pair{"bob", Role::Customer},
                                     std::pair{"support", Role::Support}, std::pair{"admin", Role::Admin}}) {
        m_users.insert(QLatin1String(name), m_backend->addUser(QLatin1String(name) + "@example.org", role));
    }
    m_alicePub = m_backend->pubs().create(m_users.value("alice").id, "alicepub").pub.id;
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub));
}

void TestPubLogs::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

TestReply TestPubLogs::get(const QString &path, const QString &user)
{
    return m_client->send("GET", m_backend->url(path), {}, m_backend->accessTokenFor(m_users.value(user)));
}

QJsonObject TestPubLogs::dockerEvent(const QString &action, qint64 timeNs, QJsonObject attributes) const
{
    if (attributes.isEmpty())
        attributes = QJsonObject{{"buttcloud.pub.id", m_alicePub}, {"buttcloud.instance", "test"}, {"name", "c1"}};
    return QJsonObject{{"Type", "container"}, {"Action", action},
                       {"Actor", QJsonObject{{"ID", "0123456789abcdef"}, {"Attributes", attributes}}},
                       {"time", timeNs / 1000000000}, {"timeNano", timeNs}};
}

void TestPubLogs::addCommandRun(const QString &user, qint64 atMs, int uses)
{
    AuditEntry audit;
    audit.at = atMs;
    audit.userId = m_users.value(user).id;
    audit.userEmail = user + "@example.org";
    audit.pubId = m_alicePub;
    audit.action = "command";
    audit.command = "invite.create";
    audit.argumentsJson = QStringLiteral(R"({"uses":%1})").arg(uses).toUtf8();
    audit.exitCode = 0;
    AuditRepository(m_backend->database()).insert(audit);
}

void TestPubLogs::logsRoute()
{
    m_backend->logs().lines(m_alicePub) = {logLine(1'796'197'345'696, "started"), logLine(1'796'197'345'697, QString::fromUtf8("b\xef\xbf\xbd"), true)};
    const TestReply reply = get("/api/v1/pubs/" + m_alicePub + "/logs?tail=5&since=2026-12-02T07:00:00Z&until=2026-12-02T09:00:00%2B01:00", "alice");
    QCOMPARE(reply.status, 200);
    const QJsonArray lines = reply.json.value("lines").toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toObject(), (QJsonObject{{"at", "2026-12-02T07:42:25.696Z"}, {"stream", "stdout"}, {"text", "started"}}));
    QCOMPARE(lines[1].toObject().value("stream").toString(), "stderr");
    QCOMPARE(lines[1].toObject().value("text").toString(), QString::fromUtf8("b\xef\xbf\xbd"));
    const PubLogQuery query = m_backend->logs().queries().constLast();
    QCOMPARE(query.tail, 5);
    QCOMPARE(query.sinceNs, 1'796'194'800'000LL * 1000000);
    QCOMPARE(query.untilNs, 1'796'198'400'000LL * 1000000);

    // Defaults: the newest 200 lines, no window.
    QCOMPARE(get("/api/v1/pubs/" + m_alicePub + "/logs", "support").status, 200);
    QCOMPARE(m_backend->logs().queries().constLast().tail, 200);
    QCOMPARE(m_backend->logs().queries().constLast().sinceNs, 0);
}

void TestPubLogs::logsRouteRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("tail 0") << "tail=0" << "tail";
    QTest::newRow("tail too big") << "tail=5001" << "tail";
    QTest::newRow("tail text") << "tail=all" << "tail";
    QTest::newRow("since without zone") << "since=2026-12-02T07:00:00" << "since";
    QTest::newRow("until garbage") << "until=yesterday" << "until";
    QTest::newRow("since after until") << "since=2026-12-02T08:00:00Z&until=2026-12-02T07:00:00Z" << "since";
}

void TestPubLogs::logsRouteRefusals()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const TestReply reply = get("/api/v1/pubs/" + m_alicePub + "/logs?" + query, "admin");
    QCOMPARE(reply.status, 422);
    const QString message = reply.json.value("error").toObject().value("message").toString();
    QVERIFY2(message.startsWith(field), qPrintable(message));
    QVERIFY(m_backend->logs().queries().isEmpty()); // refused before Docker is asked
}

void TestPubLogs::logsRouteEngineErrors()
{
    m_backend->logs().failWith(RuntimeError{"pub has no service", false, true});
    TestReply reply = get("/api/v1/pubs/" + m_alicePub + "/logs", "alice");
    QCOMPARE(reply.status, 200); // not deployed: no output yet
    QCOMPARE(reply.json.value("lines").toArray().size(), 0);

    m_backend->logs().failWith(RuntimeError{"the Docker engine is unavailable", true, false});
    reply = get("/api/v1/pubs/" + m_alicePub + "/logs", "alice");
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), "engine_unavailable");
}

void TestPubLogs::followerSharesAndResumes()
{
    FakePubLogs logs;
    PubLogFollowerSettings settings;
    settings.retryMin = std::chrono::milliseconds(10);
    settings.retryMax = std::chrono::milliseconds(40);
    settings.clockNs = [] { return 5'000'000'000LL; };
    PubLogFollower follower(&logs, settings);
    QSignalSpy published(&follower, &PubLogFollower::linesReady);

    follower.watch("pub1");
    follower.watch("pub1");
    QCOMPARE(follower.upstreamCount(), 1);
    QCOMPARE(logs.openFollows("pub1"), 1);
    QCOMPARE(logs.follows().first()->sinceNs, 0); // from now on, by Docker's clock

    logs.push("pub1", {logLine(10'000, "a"), logLine(10'001, "b")});
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.first().at(1).value<QList<DockerLogLine>>().size(), 2);

    // dockerd went away: the follow ends, and is opened again from the last line seen.
    logs.end("pub1", RuntimeError{"broke off", true, false});
    QTRY_COMPARE(logs.follows().size(), 2);
    QCOMPARE(logs.openFollows("pub1"), 1);
    QCOMPARE(logs.follows().last()->sinceNs, 10'001LL * 1000000);
    // Docker's since is inclusive: the repeated line is dropped, the new one published.
    logs.push("pub1", {logLine(10'001, "b"), logLine(10'002, "c")});
    QCOMPARE(published.size(), 2);
    const QList<DockerLogLine> resumed = published.last().at(1).value<QList<DockerLogLine>>();
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().text, QStringLiteral("c"));

    follower.unwatch("pub1");
    QCOMPARE(logs.openFollows("pub1"), 1);
    follower.unwatch("pub1");
    QCOMPARE(logs.openFollows("pub1"), 0);
    QCOMPARE(follower.upstreamCount(), 0);
    follower.unwatch("pub1"); // harmless

    // A follow that breaks before any line resumes from when watching began (the server's clock).
    follower.watch("pub2");
    logs.end("pub2");
    QTRY_COMPARE(logs.follows().size(), 4);
    QTRY_COMPARE(logs.openFollows("pub2"), 1);
    QCOMPARE(logs.follows().last()->sinceNs, 5'000'000'000LL);
    QCOMPARE(follower.followsOpened(), quint64(4));
}

void TestPubLogs::dockerEventsMapped_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<QString>("kind"); // empty: not recorded
    QTest::addColumn<QJsonObject>("detail");
    const QJsonObject labels{{"buttcloud.pub.id", "k3v9q2x7mz4a"}, {"buttcloud.instance", "test"}};
    const auto container = [&](const QString &action, QJsonObject attributes) {
        return QJsonObject{{"Type", "container"}, {"Action", action},
                           {"Actor", QJsonObject{{"ID", "0123456789abcdef"}, {"Attributes", attributes}}},
                           {"timeNano", 1'796'197'345'696'687'014LL}};
    };
    QJsonObject died = labels;
    died.insert("exitCode", "137");
    QTest::newRow("start") << container("start", labels) << "start" << QJsonObject{{"containerId", "0123456789ab"}};
    QTest::newRow("die") << container("die", died) << "die" << QJsonObject{{"containerId", "0123456789ab"}, {"exitCode", 137}};
    QTest::newRow("oom") << container("oom", labels) << "oom" << QJsonObject{{"containerId", "0123456789ab"}};
    QTest::newRow("health") << container("health_status: unhealthy", labels) << "health_status"
                            << QJsonObject{{"containerId", "0123456789ab"}, {"status", "unhealthy"}};
    QTest::newRow("other action") << container("attach", labels) << "" << QJsonObject();
    QJsonObject otherInstance = labels;
    otherInstance.insert("buttcloud.instance", "someone-else");
    QTest::newRow("another server's pub") << container("start", otherInstance) << "" << QJsonObject();
    QTest::newRow("not a pub") << container("start", QJsonObject{{"name", "x"}}) << "" << QJsonObject();
    QJsonObject noTime = container("start", labels);
    noTime.remove("timeNano");
    QTest::newRow("no time") << noTime << "" << QJsonObject();
    const auto service = [](const QString &action, const QString &name) {
        return QJsonObject{{"Type", "service"}, {"Action", action},
                           {"Actor", QJsonObject{{"ID", "svc1"}, {"Attributes", QJsonObject{{"name", name}}}}},
                           {"timeNano", 1'796'197'345'696'687'014LL}};
    };
    QTest::newRow("service update") << service("update", "buttcloud-pub-k3v9q2x7mz4a") << "service.update" << QJsonObject();
    QTest::newRow("other service") << service("update", "web") << "" << QJsonObject();
    QTest::newRow("bad pub id") << service("update", "buttcloud-pub-../x") << "" << QJsonObject();
}

void TestPubLogs::dockerEventsMapped()
{
    QFETCH(QJsonObject, event);
    QFETCH(QString, kind);
    QFETCH(QJsonObject, detail);
    const std::optional<PubEventRecord> record = pubEventFromDocker(event, m_managed);
    QCOMPARE(record.has_value(), !kind.isEmpty());
    if (!record)
        return;
    QCOMPARE(record->pubId, "k3v9q2x7mz4a");
    QCOMPARE(record->kind, kind);
    QCOMPARE(record->detail, detail);
    QCOMPARE(record->at, 1'796'197'345'696LL);
    QVERIFY(record->eventKey.startsWith("1796197345696687014:"));
}

void TestPubLogs::eventsRecordedOnce()
{
    // Two servers on one database see the same engine's events (and a resumed subscription repeats
    // some): each event is one row.
    PubEventRecorder first(m_backend->database(), nullptr, m_managed);
    PubEventRecorder second(m_backend->database(), nullptr, m_managed);
    QSignalSpy recorded(&first, &PubEventRecorder::recorded);
    const QJsonObject died = dockerEvent("die", 1'796'197'345'696'687'014LL);
    QVERIFY(first.take(died));
    QVERIFY(!second.take(died));
    QVERIFY(!first.take(died));
    QCOMPARE(recorded.size(), 1);
    QVERIFY(second.take(dockerEvent("start", 1'796'197'346'000'000'000LL)));
    // A pub this deployment does not know is not recorded, even with the right labels.
    QVERIFY(!first.take(dockerEvent("start", 1'796'197'347'000'000'000LL,
                                    QJsonObject{{"buttcloud.pub.id", "unknown00000"}, {"buttcloud.instance", "test"}})));
    const QList<PubEventRecord> events = PubEventRepository(m_backend->database()).list(m_alicePub, 100, 0);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, "start");
    QCOMPARE(events[1].kind, "die");
}

void TestPubLogs::timelineMergesAndPages()
{
    const Database &database = m_backend->database();
    PubEventRecorder recorder(database, nullptr, m_managed);
    QVERIFY(recorder.take(dockerEvent("die", 1'796'197'345'000'000'000LL)));
    QVERIFY(recorder.take(dockerEvent("start", 1'796'197'346'000'000'000LL)));
    BillingRepository(database).insertEvent(BillingEventRecord{"bill00000001", m_alicePub, "", "invoice.paid", {}, "", 1'796'197'347'000});
    addCommandRun("admin", 1'796'197'348'000, 1);
    const PubRecord pub = *PubRepository(database).findById(m_alicePub);
    m_backend->core().mailer().queuePubAlert(PubAlert::Down, pub, "exit code 137");

    TestReply reply = get("/api/v1/pubs/" + m_alicePub + "/timeline", "admin");
    QCOMPARE(reply.status, 200);
    const QJsonArray all = reply.json.value("entries").toArray();
    QStringList sources;
    QString previousAt = "9999";
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        QVERIFY2(entry.value("at").toString() <= previousAt, "newest first");
        previousAt = entry.value("at").toString();
        sources.append(entry.value("source").toString() + "/" + entry.value("kind").toString());
        QVERIFY(!entry.value("id").toString().isEmpty());
        QVERIFY(!entry.value("summary").toString().isEmpty());
    }
    // The job that created the pub (queued, succeeded) and the alert mails are newer than the rest.
    QVERIFY2(sources.contains("job/pub.create.queued") && sources.contains("job/pub.create.succeeded"), qPrintable(sources.join(',')));
    QVERIFY2(sources.contains("mail/pub_down"), qPrintable(sources.join(',')));
    QCOMPARE(sources.mid(sources.size() - 4),
             (QStringList{"command/invite.create", "billing/invoice.paid", "docker/start", "docker/die"}));
    const QJsonObject command = all[all.size() - 4].toObject();
    QCOMPARE(command.value("actor").toString(), "admin@example.org");
    QCOMPARE(command.value("detail").toObject().value("arguments").toObject().value("uses").toInt(), 1);
    QCOMPARE(all.last().toObject().value("detail").toObject().value("exitCode").toInt(), 0);

    // Paging back: before is exclusive.
    reply = get("/api/v1/pubs/" + m_alicePub + "/timeline?limit=2&before=" + all[all.size() - 3].toObject().value("at").toString(), "admin");
    const QJsonArray page = reply.json.value("entries").toArray();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page[0].toObject().value("kind").toString(), "start");
    QCOMPARE(page[1].toObject().value("kind").toString(), "die");
    QCOMPARE(get("/api/v1/pubs/" + m_alicePub + "/timeline?limit=0", "admin").status, 422);
    QCOMPARE(get("/api/v1/pubs/" + m_alicePub + "/timeline?before=soon", "admin").status, 422);
}

void TestPubLogs::timelineHidesOthersFromCustomers()
{
    const Database &database = m_backend->database();
    addCommandRun("admin", 1'796'197'348'000, 5);
    addCommandRun("alice", 1'796'197'349'000, 7);
    const PubRecord pub = *PubRepository(database).findById(m_alicePub);
    QCOMPARE(m_backend->core().mailer().queuePubAlert(PubAlert::OutOfMemory, pub, "oom"), 2); // alice and the admin

    const TestReply reply = get("/api/v1/pubs/" + m_alicePub + "/timeline", "alice");
    QCOMPARE(reply.status, 200);
    const QByteArray body = reply.body;
    QVERIFY2(!body.contains("admin@example.org"), body.constData());
    QVERIFY(!body.contains("\"uses\":5")); // the staff run's arguments stay with staff
    QVERIFY(body.contains("\"uses\":7"));
    int staffCommands = 0;
    int ownCommands = 0;
    int mails = 0;
    for (const QJsonValue &value : reply.json.value("entries").toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value("source") == "command") {
            const bool staff = entry.value("actor").toString() == QLatin1String(StaffActor);
            staffCommands += staff ? 1 : 0;
            ownCommands += entry.value("actor").toString() == "alice@example.org" ? 1 : 0;
            QCOMPARE(entry.value("detail").toObject().contains("arguments"), !staff);
        }
        if (entry.value("source") == "mail") {
            ++mails;
            QCOMPARE(entry.value("detail").toObject().value("to").toString(), "alice@example.org");
        }
        if (entry.value("source") == "job")
            QVERIFY(!entry.value("detail").toObject().contains("reason"));
    }
    QCOMPARE(staffCommands, 1);
    QCOMPARE(ownCommands, 1);
    QCOMPARE(mails, 1);
    // Another customer does not learn that the pub exists.
    QCOMPARE(get("/api/v1/pubs/" + m_alicePub + "/timeline", "bob").status, 404);
}

void TestPubLogs::timelineEventsArePruned()
{
    PubEventRecorderSettings settings;
    settings.retention = std::chrono::hours(1);
    PubEventRecorder recorder(m_backend->database(), nullptr, m_managed, settings);
    const qint64 now = 1'796'197'345'000;
    QVERIFY(recorder.take(dockerEvent("die", (now - 2 * 3600 * 1000) * 1000000LL)));
    QVERIFY(recorder.take(dockerEvent("start", (now - 60 * 1000) * 1000000LL)));
    QCOMPARE(recorder.pruneNow(now), 1);
    const QList<PubEventRecord> left = PubEventRepository(m_backend->database()).list(m_alicePub, 10, 0);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, "start");
}

void TestPubLogs::hubRecorderResubscribesAtOnceAndLeavesPruning()
{
    // A hub's engine whose link is down: the subscription fails and waits for its retry, until the
    // link is back and reconnectNow() cuts the wait short. It never prunes: the manager's recorder does.
    DockerEngine engine(QUrl(QStringLiteral("unix:///nonexistent/buttcloud-test/docker.sock")));
    PubEventRecorderSettings settings;
    settings.retryMin = std::chrono::minutes(10);
    settings.retention = std::chrono::hours(1);
    settings.prune = false;
    settings.source = QStringLiteral("hub h1");
    PubEventRecorder recorder(m_backend->database(), &engine, m_managed, settings);
    QVERIFY(recorder.take(dockerEvent("die", (currentEpochMs() - 2 * 3600 * 1000) * 1000000LL)));
    recorder.start();
    QCOMPARE(recorder.connections(), quint64(1));
    QTest::qWait(200); // the engine reports the failed connection
    recorder.reconnectNow();
    QCOMPARE(recorder.connections(), quint64(2));
    QCOMPARE(PubEventRepository(m_backend->database()).list(m_alicePub, 10, 0).size(), 1);
}

QTEST_GUILESS_MAIN(TestPubLogs)
#include "tst_publogs.moc"
