#include "commands/commandallowlist.h"
#include "commands/commandarguments.h"
#include "http/apierror.h"
#include "pubs/pubcontroller.h"
#include "store/auditrepository.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

// The command relay through the REST API, with FakePubRuntime standing in for Docker: refused
// requests never reach exec, and every attempt lands in the audit log.
class TestCommandRelay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInAllowList();
    void badAllowListsRefused_data();
    void badAllowListsRefused();
    void stringArguments_data();
    void stringArguments();
    void refusals_data();
    void refusals();
    void roles_data();
    void roles();
    void listsWhatTheRoleMayRun();
    void runsAndParsesOutput();
    void pubNotUpIsConflict();
    void runtimeFailures();
    void callerLeavesWhileRunning();
    void accessLogShowsTheStatusSent();
    void auditLog();
    void bulkRun();

private:
    TestReply post(const QString &path, const QJsonObject &body, const QString &caller);
    TestReply get(const QString &path, const QString &caller);
    QString makeUpPub(const QString &owner, const QString &name);
    int auditCount() const;
    // Starts whoami with the runtime holding its answer, then leaves; false when it never ran.
    bool leaveWhileRunning(const QString &pubId, const QString &caller);

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    QHash<QString, UserRecord> m_users;
    QString m_alicePub;
};

void TestCommandRelay::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    m_users.clear();
    for (const auto &[name, role] : {std::pair{"alice", Role::Customer}, std::pair{"bob", Role::Customer},
                                     std::pair{"support", Role::Support}, std::pair{"admin", Role::Admin}}) {
        m_users.insert(QLatin1String(name), m_backend->addUser(QLatin1String(name) + "@example.org", role));
    }
    m_alicePub = makeUpPub("alice", "alicepub");
}

void TestCommandRelay::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

QString TestCommandRelay::makeUpPub(const QString &owner, const QString &name)
{
    const QString id = m_backend->pubs().create(m_users.value(owner).id, name).pub.id;
    QTest::qWaitFor([&] { return !m_backend->pubs().isBusy(id); }, 5000);
    m_backend->runtime().setServiceStatus(id, PubStatus::Up);
    QSignalSpy observed(&m_backend->pubs(), &PubController::observationApplied);
    m_backend->pubs().observeNow();
    observed.wait(5000);
    return id;
}

TestReply TestCommandRelay::post(const QString &path, const QJsonObject &body, const QString &caller)
{
    return m_client->send("POST", m_backend->url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                          m_backend->accessTokenFor(m_users.value(caller)));
}

TestReply TestCommandRelay::get(const QString &path, const QString &caller)
{
    return m_client->send("GET", m_backend->url(path), {}, m_backend->accessTokenFor(m_users.value(caller)));
}

int TestCommandRelay::auditCount() const
{
    return int(AuditRepository(m_backend->database()).list(AuditRepository::MaxListLimit).size());
}

void TestCommandRelay::builtInAllowList()
{
    const CommandAllowList &list = CommandAllowList::builtIn();
    for (const char *name : {"whoami", "version", "status", "gossip.peers", "invite.create"})
        QVERIFY2(list.find(QLatin1String(name)), name);
    const CommandSpec *invite = list.find("invite.create");
    QVERIFY(!invite->readOnly);
    QCOMPARE(invite->arguments.size(), 1);
    QCOMPARE(invite->arguments.first().minimum, 1);
    QCOMPARE(invite->arguments.first().maximum, 100);
    QVERIFY(list.find("whoami")->readOnly);
    QVERIFY(!list.find("rm"));
}

void TestCommandRelay::badAllowListsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = R"({"name":"whoami","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[]})";
    const auto file = [](const QByteArray &command) { return R"({"version":1,"commands":[)" + command + "]}"; };
    const auto withArgument = [&file](const QByteArray &argument) {
        return file(R"({"name":"x","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[)" + argument + "]}");
    };
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no version") << QByteArray(R"({"commands":[)" + good + "]}");
    QTest::newRow("version 2") << QByteArray(R"({"version":2,"commands":[)" + good + "]}");
    QTest::newRow("no commands") << QByteArray(R"({"version":1,"commands":[]})");
    QTest::newRow("unknown root key") << QByteArray(R"({"version":1,"extra":1,"commands":[)" + good + "]}");
    QTest::newRow("duplicate") << file(good + "," + good);
    QTest::newRow("shell in name") << file(R"({"name":"whoami; reboot","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("option as name") << file(R"({"name":"--help","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("misspelt key") << file(R"({"name":"x","description":"d","readonly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("unknown role") << file(R"({"name":"x","description":"d","readOnly":true,"leastRole":"root","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("support changing") << file(R"({"name":"x","description":"d","readOnly":false,"leastRole":"support","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("zero timeout") << file(R"({"name":"x","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":0,"arguments":[]})");
    QTest::newRow("huge timeout") << file(R"({"name":"x","description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":100000,"arguments":[]})");
    QTest::newRow("no description") << file(R"({"name":"x","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[]})");
    QTest::newRow("unknown type") << withArgument(R"({"name":"a","type":"shell"})");
    QTest::newRow("min above max") << withArgument(R"({"name":"a","type":"integer","minimum":5,"maximum":1})");
    QTest::newRow("default out of range") << withArgument(R"({"name":"a","type":"integer","minimum":1,"maximum":5,"default":9})");
    QTest::newRow("string without maxLength") << withArgument(R"({"name":"a","type":"string"})");
    QTest::newRow("string too long allowed") << withArgument(R"({"name":"a","type":"string","maxLength":100000})");
    QTest::newRow("bad argument name") << withArgument(R"({"name":"a b","type":"integer","minimum":1,"maximum":5})");
    QTest::newRow("argument twice") << withArgument(R"({"name":"a","type":"integer","minimum":1,"maximum":5},{"name":"a","type":"integer","minimum":1,"maximum":5})");
    QTest::newRow("required with default") << withArgument(R"({"name":"a","type":"integer","minimum":1,"maximum":5,"default":1,"required":true})");
}

void TestCommandRelay::badAllowListsRefused()
{
    QFETCH(QByteArray, json);
    QVERIFY_THROWS_EXCEPTION(AllowListError, CommandAllowList::fromJson(json));
}

void TestCommandRelay::stringArguments_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("feed id") << QJsonValue("@abc+/=.ed25519") << true;
    QTest::newRow("host:port") << QJsonValue("pub.example.org:8008") << true;
    QTest::newRow("shell list") << QJsonValue("1; rm -rf /") << false;
    QTest::newRow("substitution") << QJsonValue("$(reboot)") << false;
    QTest::newRow("backticks") << QJsonValue("`reboot`") << false;
    QTest::newRow("pipe") << QJsonValue("a|b") << false;
    QTest::newRow("option") << QJsonValue("--config=/etc/passwd") << false;
    QTest::newRow("newline") << QJsonValue("a\nb") << false;
    QTest::newRow("nul") << QJsonValue(QString(QChar(0)) + "a") << false;
    QTest::newRow("escape") << QJsonValue("\x1b[2J") << false;
    QTest::newRow("non-ascii") << QJsonValue(QString::fromUtf8("caf\xc3\xa9")) << false;
    QTest::newRow("empty") << QJsonValue("") << false;
    QTest::newRow("10 kB") << QJsonValue(QString(10 * 1024, 'a')) << false;
    QTest::newRow("number") << QJsonValue(5) << false;
    QTest::newRow("object") << QJsonValue(QJsonObject{{"a", 1}}) << false;
}

void TestCommandRelay::stringArguments()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    const CommandAllowList list = CommandAllowList::fromJson(R"({"version":1,"commands":[{"name":"friends.isFollowing",
        "description":"d","readOnly":true,"leastRole":"customer","timeoutSeconds":5,"arguments":[
        {"name":"source","type":"string","maxLength":64,"required":true}]}]})");
    const CommandSpec &command = list.commands().first();
    if (accepted) {
        const QJsonObject validated = validateCommandArguments(command, QJsonObject{{"source", value}});
        QCOMPARE(commandArgv(command, validated), (QStringList{"ssb-server", "friends.isFollowing", value.toString()}));
    } else {
        QVERIFY_THROWS_EXCEPTION(ApiError, validateCommandArguments(command, QJsonObject{{"source", value}}));
    }
}

void TestCommandRelay::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const auto invite = [](const QByteArray &uses) { return R"({"command":"invite.create","arguments":{"uses":)" + uses + "}}"; };
    QTest::newRow("unknown command") << QByteArray(R"({"command":"rm"})") << 422 << "validation_failed";
    QTest::newRow("command with shell") << QByteArray(R"({"command":"whoami; reboot"})") << 422 << "validation_failed";
    QTest::newRow("command with newline") << QByteArray(R"({"command":"whoami\n"})") << 422 << "validation_failed";
    QTest::newRow("no command") << QByteArray(R"({"arguments":{}})") << 422 << "validation_failed";
    QTest::newRow("command not string") << QByteArray(R"({"command":7})") << 400 << "bad_request";
    QTest::newRow("arguments not object") << QByteArray(R"({"command":"whoami","arguments":[1]})") << 400 << "bad_request";
    QTest::newRow("unknown argument") << QByteArray(R"({"command":"whoami","arguments":{"verbose":true}})") << 422 << "validation_failed";
    QTest::newRow("injection in count") << invite(R"("1; rm -rf /")") << 422 << "validation_failed";
    QTest::newRow("substitution in count") << invite(R"json("$(reboot)")json") << 422 << "validation_failed";
    QTest::newRow("10 kB count") << invite("\"" + QByteArray(10 * 1024, '1') + "\"") << 422 << "validation_failed";
    QTest::newRow("control characters") << invite(R"("\u0001\u001b")") << 422 << "validation_failed";
    QTest::newRow("zero") << invite("0") << 422 << "validation_failed";
    QTest::newRow("101") << invite("101") << 422 << "validation_failed";
    QTest::newRow("negative") << invite("-1") << 422 << "validation_failed";
    QTest::newRow("fraction") << invite("1.5") << 422 << "validation_failed";
    QTest::newRow("boolean") << invite("true") << 422 << "validation_failed";
    QTest::newRow("huge") << invite("1e300") << 422 << "validation_failed";
    QTest::newRow("not json") << QByteArray("{") << 400 << "bad_request";
}

void TestCommandRelay::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const int auditBefore = auditCount();
    const TestReply reply = m_client->send("POST", m_backend->url("/api/v1/pubs/" + m_alicePub + "/commands"), body,
                                           m_backend->accessTokenFor(m_users.value("alice")));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(m_backend->runtime().execCalls(m_alicePub).isEmpty());
    // Refusals by the relay are audited; a body without a command string never reaches it.
    const bool namesCommand = QJsonDocument::fromJson(body).object().value("command").isString();
    QCOMPARE(auditCount(), auditBefore + (namesCommand ? 1 : 0));
}

void TestCommandRelay::roles_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::newRow("owner whoami") << "alice" << "whoami" << 200;
    QTest::newRow("owner invite") << "alice" << "invite.create" << 200;
    QTest::newRow("stranger whoami") << "bob" << "whoami" << 404;
    QTest::newRow("stranger invite") << "bob" << "invite.create" << 404;
    QTest::newRow("support whoami") << "support" << "whoami" << 200;
    QTest::newRow("support gossip") << "support" << "gossip.peers" << 200;
    QTest::newRow("support invite") << "support" << "invite.create" << 403;
    QTest::newRow("admin whoami") << "admin" << "whoami" << 200;
    QTest::newRow("admin invite") << "admin" << "invite.create" << 200;
}

void TestCommandRelay::roles()
{
    QFETCH(QString, caller);
    QFETCH(QString, command);
    QFETCH(int, status);
    const TestReply reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", command}}, caller);
    QCOMPARE(reply.status, status);
    QCOMPARE(m_backend->runtime().execCalls(m_alicePub).size(), status == 200 ? 1 : 0);
    const QList<AuditEntry> audit = AuditRepository(m_backend->database()).list(1);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().userId, m_users.value(caller).id);
    QCOMPARE(audit.first().command, command);
    QCOMPARE(audit.first().exitCode.has_value(), status == 200);
}

void TestCommandRelay::listsWhatTheRoleMayRun()
{
    const auto names = [this](const QString &caller) {
        QStringList list;
        for (const QJsonValue &command : get("/api/v1/commands", caller).json.value("commands").toArray())
            list.append(command.toObject().value("name").toString());
        return list;
    };
    QVERIFY(names("alice").contains("invite.create"));
    QVERIFY(names("admin").contains("invite.create"));
    QVERIFY(!names("support").contains("invite.create"));
    QVERIFY(names("support").contains("whoami"));
    const QJsonArray commands = get("/api/v1/commands", "alice").json.value("commands").toArray();
    const auto invite = std::find_if(commands.begin(), commands.end(), [](const QJsonValue &c) { return c.toObject().value("name") == "invite.create"; });
    const QJsonObject uses = invite->toObject().value("arguments").toArray().first().toObject();
    QCOMPARE(uses.value("type").toString(), "integer");
    QCOMPARE(uses.value("default").toInt(), 1);
    QCOMPARE(uses.value("maximum").toInt(), 100);
}

void TestCommandRelay::runsAndParsesOutput()
{
    m_backend->runtime().setExecOutcome("ssb-server invite.create 7",
                                        ExecOutcome{0, "\"pubs.example.org:21000:@key=.ed25519~secret\"\n", {}, false});
    m_backend->runtime().setExecOutcome("ssb-server whoami", ExecOutcome{0, "{\n  \"id\": \"@feed=.ed25519\"\n}\n", {}, false});
    m_backend->runtime().setExecOutcome("ssb-server status", ExecOutcome{3, "not json at all", "boom", false});

    TestReply reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "invite.create"}, {"arguments", QJsonObject{{"uses", 7}}}}, "alice");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("result").toString(), "pubs.example.org:21000:@key=.ed25519~secret");
    QCOMPARE(reply.json.value("exitCode").toInt(), 0);
    QCOMPARE(reply.json.value("arguments").toObject().value("uses").toInt(), 7);
    QCOMPARE(reply.json.value("pubId").toString(), m_alicePub);
    QVERIFY(reply.json.value("startedAt").toString().endsWith('Z'));
    QCOMPARE(m_backend->runtime().execCalls(m_alicePub).last(), (QStringList{"ssb-server", "invite.create", "7"}));

    reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "invite.create"}}, "alice");
    QCOMPARE(m_backend->runtime().execCalls(m_alicePub).last(), (QStringList{"ssb-server", "invite.create", "1"}));

    reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QCOMPARE(reply.json.value("result").toObject().value("id").toString(), "@feed=.ed25519");

    reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "status"}}, "alice");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("exitCode").toInt(), 3);
    QVERIFY(reply.json.value("result").isNull());
    QCOMPARE(reply.json.value("errorOutput").toString(), "boom");
}

void TestCommandRelay::pubNotUpIsConflict()
{
    m_backend->pubs().requestStop(m_alicePub);
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub));
    const TestReply reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), "conflict");
    QVERIFY(m_backend->runtime().execCalls(m_alicePub).isEmpty());
    QCOMPARE(AuditRepository(m_backend->database()).list(1).first().error, "conflict");
}

void TestCommandRelay::runtimeFailures()
{
    m_backend->runtime().failNext("exec", "the container vanished");
    TestReply reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), "internal");

    m_backend->runtime().setUnavailable(true);
    reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), "engine_unavailable");
    QCOMPARE(AuditRepository(m_backend->database()).list(1).first().error, "engine_unavailable");
    m_backend->runtime().setUnavailable(false);

    // The pub's hub is away (its SSH link is down): 503 hub_unreachable, try again later.
    m_backend->runtime().failNextHubUnreachable("exec");
    reply = post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.errorCode(), "hub_unreachable");
    QVERIFY(!reply.json.value("error").toObject().value("message").toString().isEmpty());
    QCOMPARE(AuditRepository(m_backend->database()).list(1).first().error, "hub_unreachable");
}

bool TestCommandRelay::leaveWhileRunning(const QString &pubId, const QString &caller)
{
    const qsizetype execsBefore = m_backend->runtime().execCalls(pubId).size();
    m_backend->runtime().setHoldReplies(true);
    QNetworkAccessManager network;
    QNetworkRequest request(m_backend->url("/api/v1/pubs/" + pubId + "/commands"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_backend->accessTokenFor(m_users.value(caller)).toLatin1());
    QNetworkReply *reply = network.post(request, QByteArray(R"({"command":"whoami"})"));
    // Wait for the exec itself: the stats collector's idle reading may be held beside it.
    const bool running = QTest::qWaitFor([&] { return m_backend->runtime().execCalls(pubId).size() == execsBefore + 1; }, 5000);
    reply->abort();
    reply->deleteLater();
    QTest::qWait(100);
    return running;
}

void TestCommandRelay::callerLeavesWhileRunning()
{
    QVERIFY(leaveWhileRunning(m_alicePub, "alice"));
    // The answer comes after its client left: dropped, and the server carries on.
    m_backend->runtime().setHoldReplies(false);
    m_backend->runtime().releaseReplies();
    QTest::qWait(100);
    QCOMPARE(post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice").status, 200);
    QCOMPARE(auditCount(), 2);
}

namespace {
// The access log lines of the command route, as the server logged them.
QStringList g_accessLog;
void keepAccessLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("buttcloud.http") && message.contains(QLatin1String("/commands ")))
        g_accessLog.append(message);
}
}

void TestCommandRelay::accessLogShowsTheStatusSent()
{
    g_accessLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepAccessLog);
    const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
    const QString path = "/api/v1/pubs/" + m_alicePub + "/commands";

    QCOMPARE(post(path, {{"command", "whoami"}}, "alice").status, 200);
    m_backend->runtime().setUnavailable(true);
    QCOMPARE(post(path, {{"command", "whoami"}}, "alice").status, 503);
    m_backend->runtime().setUnavailable(false);
    QCOMPARE(post(path, {{"command", "rm"}}, "alice").status, 422);
    // An answer for a client that left is logged as not sent.
    QVERIFY(leaveWhileRunning(m_alicePub, "alice"));
    m_backend->runtime().setHoldReplies(false);
    m_backend->runtime().releaseReplies();

    QTRY_COMPARE(g_accessLog.size(), 4);
    const QString line = "POST " + path + " %1 ";
    QVERIFY2(g_accessLog.at(0).startsWith(line.arg(200)), qPrintable(g_accessLog.join('\n')));
    QVERIFY2(g_accessLog.at(1).startsWith(line.arg(503)), qPrintable(g_accessLog.join('\n')));
    QVERIFY2(g_accessLog.at(2).startsWith(line.arg(422)), qPrintable(g_accessLog.join('\n')));
    QVERIFY2(g_accessLog.at(3).startsWith(line.arg(200)) && g_accessLog.at(3).contains("not sent"),
             qPrintable(g_accessLog.join('\n')));
}

void TestCommandRelay::auditLog()
{
    post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "whoami"}}, "alice");
    QTest::qWait(5); // distinct times, so "newest first" is observable
    post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "invite.create"}, {"arguments", QJsonObject{{"uses", 1000}}}}, "alice");
    QTest::qWait(5);
    post("/api/v1/pubs/" + m_alicePub + "/commands", {{"command", "invite.create"}, {"arguments", QJsonObject{{"uses", QString(20000, 'x')}}}}, "admin");

    QCOMPARE(get("/api/v1/audit", "alice").status, 403);
    QCOMPARE(get("/api/v1/audit", "bob").status, 403);
    QCOMPARE(get("/api/v1/audit?limit=0", "admin").status, 422);
    QCOMPARE(get("/api/v1/audit?before=yesterday", "admin").status, 422);

    const TestReply reply = get("/api/v1/audit", "support");
    QCOMPARE(reply.status, 200);
    const QJsonArray entries = reply.json.value("entries").toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject oversized = entries.at(0).toObject();
    QCOMPARE(oversized.value("userEmail").toString(), "admin@example.org");
    QVERIFY(oversized.value("exitCode").isNull());
    QCOMPARE(oversized.value("error").toString(), "validation_failed");
    QVERIFY(oversized.value("arguments").toObject().value("truncated").toBool());
    QVERIFY(QJsonDocument(oversized).toJson().size() < 4096);
    QCOMPARE(entries.at(1).toObject().value("arguments").toObject().value("uses").toInt(), 1000);
    const QJsonObject ran = entries.at(2).toObject();
    QCOMPARE(ran.value("command").toString(), "whoami");
    QCOMPARE(ran.value("exitCode").toInt(), 0);
    QCOMPARE(ran.value("pubId").toString(), m_alicePub);
    QCOMPARE(ran.value("action").toString(), "command");

    QCOMPARE(get("/api/v1/audit?limit=1", "admin").json.value("entries").toArray().size(), 1);
    QCOMPARE(get("/api/v1/audit?pubId=nothere", "admin").json.value("entries").toArray().size(), 0);
    const QString before = QString::fromLatin1(QUrl::toPercentEncoding(ran.value("at").toString()));
    QCOMPARE(get("/api/v1/audit?before=" + before, "admin").json.value("entries").toArray().size(), 0);
}

void TestCommandRelay::bulkRun()
{
    const QString bobPub = makeUpPub("bob", "bobpub");
    m_backend->runtime().setExecOutcome("ssb-server whoami", ExecOutcome{0, "{\"id\":\"@x\"}", {}, false});

    TestReply reply = post("/api/v1/commands/run", {{"command", "whoami"}, {"pubIds", QJsonArray{m_alicePub, bobPub, "unknown"}}}, "alice");
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value("results").toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value("result").toObject().value("id").toString(), "@x");
    QVERIFY(results.at(0).toObject().value("error").isNull());
    QCOMPARE(results.at(1).toObject().value("error").toObject().value("code").toString(), "not_found");
    QCOMPARE(results.at(2).toObject().value("error").toObject().value("code").toString(), "not_found");
    QVERIFY(m_backend->runtime().execCalls(bobPub).isEmpty());

    reply = post("/api/v1/commands/run", {{"command", "whoami"}, {"pubIds", QJsonArray{m_alicePub, bobPub}}}, "support");
    QCOMPARE(reply.json.value("results").toArray().size(), 2);
    QCOMPARE(m_backend->runtime().execCalls(bobPub).size(), 1);

    QCOMPARE(post("/api/v1/commands/run", {{"command", "invite.create"}, {"pubIds", QJsonArray{m_alicePub}}}, "admin").status, 422);
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(QString::number(i));
    QCOMPARE(post("/api/v1/commands/run", {{"command", "whoami"}, {"pubIds", tooMany}}, "admin").status, 422);
    QCOMPARE(post("/api/v1/commands/run", {{"command", "whoami"}}, "admin").status, 422);
    QCOMPARE(post("/api/v1/commands/run", {{"command", "whoami"}, {"pubIds", "x"}}, "admin").status, 400);

    // By node: the fake swarm runs nothing on a node of this name.
    reply = post("/api/v1/commands/run", {{"command", "whoami"}, {"node", "nowhere"}}, "admin");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("results").toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCommandRelay)
#include "tst_commandrelay.moc"
