#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "billingfixtures.h"
#include "auth/useradministration.h"
#include "http/apierror.h"
#include "store/database.h"
#include "pubs/pubcontroller.h"
#include "jobs/jobworker.h"
#include "store/pubrepository.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace buttcloud;

// The REST API against an in-process server on a free port, through a real QNetworkAccessManager.
class TestApiRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void authorizationMatrix_data();
    void authorizationMatrix();
    void hiddenLooksLikeMissing();
    void health();
    void accountFlow();
    void pubLifecycle();
    void listsFollowRoles();
    void supportReadsButNeverChanges();
    void demotedUserLosesRightsAtOnce();
    void portsRunOut();
    void internalErrorsLeakNothing();
    void jobRoutes();
    void reconcilePlanRoute();
    void capacityRoute();
    void usersList();
    void userCreateQueuesSetPasswordMail();
    void userUpdateRules();
    void disablingRevokesAtOnce();
    void adminPasswordReset();
    void passwordChange();
    void signInRateLimited();

private:
    QString tokenFor(const QString &caller) const;
    QByteArray snapshot() const;
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &caller = {});

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    QHash<QString, UserRecord> m_users;
    QString m_alicePub;
    QString m_aliceJob;
};

void TestApiRoutes::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    m_users.clear();
    for (const auto &[name, role] : {std::pair{"alice", Role::Customer}, std::pair{"bob", Role::Customer},
                                     std::pair{"support", Role::Support}, std::pair{"admin", Role::Admin}}) {
        m_users.insert(QLatin1String(name), m_backend->addUser(QLatin1String(name) + "@example.org", role));
    }
    const PubWithJob created = m_backend->pubs().create(m_users.value("alice").id, "alicepub");
    m_alicePub = created.pub.id;
    m_aliceJob = created.job.id;
    // A subscription, so that the subscription routes have something to show on alice's pub.
    const PlanRecord plan = insertTestPlan(m_backend->database(), "Small");
    insertTestSubscription(m_backend->database(), m_alicePub, m_users.value("alice").id, plan.id, "active");
    QTRY_VERIFY(!m_backend->pubs().isBusy(m_alicePub));
}

void TestApiRoutes::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

QString TestApiRoutes::tokenFor(const QString &caller) const
{
    if (caller.isEmpty())
        return {};
    if (caller == "expired")
        return m_backend->expiredAccessTokenFor(m_users.value("alice"));
    if (caller == "forged")
        return AccessTokens(QByteArray(32, 'x'), std::chrono::seconds(900)).issue(m_users.value("admin").id, Role::Admin);
    if (caller == "garbage")
        return "not-a-token";
    return m_backend->accessTokenFor(m_users.value(caller));
}

TestReply TestApiRoutes::send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &caller)
{
    return m_client->send(method, m_backend->url(path), body, tokenFor(caller));
}

// Everything a refused request must leave alone.
QByteArray TestApiRoutes::snapshot() const
{
    QByteArray state;
    for (const char *sql : {"SELECT id, email, role, name, disabled, token_generation FROM users ORDER BY id",
                            "SELECT id, kind, recipient FROM mail_outbox ORDER BY id",
                            "SELECT id, action FROM audit_log WHERE action LIKE 'user.%' ORDER BY id", // refused commands are audited
                            "SELECT id, name, desired_state, status, port, updated_at FROM pubs ORDER BY id",
                            "SELECT id, used_at, revoked FROM refresh_tokens ORDER BY id"}) {
        QSqlQuery query = m_backend->database().exec(QLatin1String(sql));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                state += query.value(column).toString().toUtf8() + '|';
            state += '\n';
        }
    }
    return state + m_backend->runtime().operations().join(',').toUtf8();
}

void TestApiRoutes::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString signup = "/api/v1/auth/signup";
    QTest::newRow("unknown path") << QByteArray("GET") << "/nope" << QByteArray() << "" << 404 << "not_found";
    QTest::newRow("unknown api path") << QByteArray("GET") << "/api/v1/pubs/x/y/z" << QByteArray() << "alice" << 404 << "not_found";
    QTest::newRow("wrong method") << QByteArray("PUT") << "/api/v1/pubs" << QByteArray("{}") << "alice" << 405 << "method_not_allowed";
    QTest::newRow("wrong method on id") << QByteArray("PATCH") << "/api/v1/pubs/{alicePub}" << QByteArray("{}") << "alice" << 405 << "method_not_allowed";
    QTest::newRow("get on login") << QByteArray("GET") << "/api/v1/auth/login" << QByteArray() << "" << 405 << "method_not_allowed";
    QTest::newRow("no token") << QByteArray("GET") << "/api/v1/pubs" << QByteArray() << "" << 401 << "unauthenticated";
    QTest::newRow("forged token") << QByteArray("GET") << "/api/v1/me" << QByteArray() << "forged" << 401 << "unauthenticated";
    QTest::newRow("garbage token") << QByteArray("GET") << "/api/v1/me" << QByteArray() << "garbage" << 401 << "unauthenticated";
    QTest::newRow("expired token") << QByteArray("GET") << "/api/v1/me" << QByteArray() << "expired" << 401 << "token_expired";

    QTest::newRow("signup malformed json") << QByteArray("POST") << signup << QByteArray("{\"name\":") << "" << 400 << "bad_request";
    QTest::newRow("signup array") << QByteArray("POST") << signup << QByteArray("[]") << "" << 400 << "bad_request";
    QTest::newRow("signup empty body") << QByteArray("POST") << signup << QByteArray() << "" << 400 << "bad_request";
    QTest::newRow("signup name not string") << QByteArray("POST") << signup
        << QByteArray(R"({"name":7,"email":"c@example.org","password":"long enough pass"})") << "" << 400 << "bad_request";
    QTest::newRow("signup missing email") << QByteArray("POST") << signup
        << QByteArray(R"({"name":"C","password":"long enough pass"})") << "" << 422 << "validation_failed";
    QTest::newRow("signup empty name") << QByteArray("POST") << signup
        << QByteArray(R"({"name":"","email":"c@example.org","password":"long enough pass"})") << "" << 422 << "validation_failed";
    QTest::newRow("signup long name") << QByteArray("POST") << signup
        << (R"({"name":")" + QByteArray(101, 'n') + R"(","email":"c@example.org","password":"long enough pass"})") << "" << 422 << "validation_failed";
    QTest::newRow("signup weak password") << QByteArray("POST") << signup
        << QByteArray(R"({"name":"C","email":"c@example.org","password":"short"})") << "" << 422 << "validation_failed";
    QTest::newRow("signup bad email") << QByteArray("POST") << signup
        << QByteArray(R"({"name":"C","email":"c at example.org","password":"long enough pass"})") << "" << 422 << "validation_failed";
    QTest::newRow("signup taken email") << QByteArray("POST") << signup
        << QByteArray(R"({"name":"A","email":"ALICE@example.org","password":"long enough pass"})") << "" << 409 << "conflict";
    QTest::newRow("signup oversized") << QByteArray("POST") << signup
        << (R"({"name":")" + QByteArray(70 * 1024, 'n') + R"("})") << "" << 413 << "payload_too_large";

    QTest::newRow("login wrong password") << QByteArray("POST") << "/api/v1/auth/login"
        << QByteArray(R"({"email":"alice@example.org","password":"wrong password"})") << "" << 401 << "invalid_credentials";
    QTest::newRow("login unknown email") << QByteArray("POST") << "/api/v1/auth/login"
        << QByteArray(R"({"email":"nobody@example.org","password":"wrong password"})") << "" << 401 << "invalid_credentials";
    QTest::newRow("login missing password") << QByteArray("POST") << "/api/v1/auth/login"
        << QByteArray(R"({"email":"alice@example.org"})") << "" << 422 << "validation_failed";
    QTest::newRow("refresh unknown") << QByteArray("POST") << "/api/v1/auth/refresh"
        << QByteArray(R"({"refreshToken":"rt_nope"})") << "" << 401 << "invalid_refresh_token";
    QTest::newRow("refresh missing") << QByteArray("POST") << "/api/v1/auth/refresh" << QByteArray("{}") << "" << 422 << "validation_failed";

    QTest::newRow("pub bad name") << QByteArray("POST") << "/api/v1/pubs" << QByteArray(R"({"name":"Bad_Name"})") << "alice" << 422 << "validation_failed";
    QTest::newRow("pub leading hyphen") << QByteArray("POST") << "/api/v1/pubs" << QByteArray(R"({"name":"-pub"})") << "alice" << 422 << "validation_failed";
    QTest::newRow("pub long name") << QByteArray("POST") << "/api/v1/pubs" << ("{\"name\":\"" + QByteArray(33, 'a') + "\"}") << "alice" << 422 << "validation_failed";
    QTest::newRow("pub name missing") << QByteArray("POST") << "/api/v1/pubs" << QByteArray("{}") << "alice" << 422 << "validation_failed";
    QTest::newRow("pub name taken") << QByteArray("POST") << "/api/v1/pubs" << QByteArray(R"({"name":"alicepub"})") << "bob" << 409 << "conflict";
    QTest::newRow("pub by support") << QByteArray("POST") << "/api/v1/pubs" << QByteArray(R"({"name":"staffpub"})") << "support" << 403 << "forbidden";
    // Hubs: support reads, only admins change; the shape is checked before any SSH (TestBackend has no
    // hub service: what gets that far answers 503).
    const QByteArray hub = R"({"name":"hub-2","host":"203.0.113.7","user":"root","privateKey":"k")";
    QTest::newRow("customer lists hubs") << QByteArray("GET") << "/api/v1/hubs" << QByteArray() << "alice" << 403 << "forbidden";
    QTest::newRow("customer reads a hub") << QByteArray("GET") << "/api/v1/hubs/unknown00000" << QByteArray() << "alice" << 403 << "forbidden";
    QTest::newRow("support probes") << QByteArray("POST") << "/api/v1/hubs/probe" << QByteArray(R"({"host":"h"})") << "support" << 403 << "forbidden";
    QTest::newRow("support adds a hub") << QByteArray("POST") << "/api/v1/hubs" << (hub + "}") << "support" << 403 << "forbidden";
    QTest::newRow("support drains") << QByteArray("POST") << "/api/v1/hubs/unknown00000/drain" << QByteArray() << "support" << 403 << "forbidden";
    QTest::newRow("support removes") << QByteArray("DELETE") << "/api/v1/hubs/unknown00000" << QByteArray() << "support" << 403 << "forbidden";
    QTest::newRow("unknown hub") << QByteArray("GET") << "/api/v1/hubs/unknown00000" << QByteArray() << "support" << 404 << "not_found";
    QTest::newRow("hub without name") << QByteArray("POST") << "/api/v1/hubs" << QByteArray("{}") << "admin" << 422 << "validation_failed";
    QTest::newRow("hub port as text") << QByteArray("POST") << "/api/v1/hubs" << (hub + R"(,"port":"22"})") << "admin" << 422 << "validation_failed";
    QTest::newRow("hub fingerprint not text") << QByteArray("POST") << "/api/v1/hubs" << (hub + R"(,"hostKeyFingerprint":7})") << "admin" << 400 << "bad_request";
    QTest::newRow("hub key over 16 KiB") << QByteArray("POST") << "/api/v1/hubs"
        << (R"({"name":"h","host":"h","user":"root","privateKey":")" + QByteArray(17 * 1024, 'k') + R"("})") << "admin" << 422 << "validation_failed";
    QTest::newRow("probe without host") << QByteArray("POST") << "/api/v1/hubs/probe" << QByteArray("{}") << "admin" << 422 << "validation_failed";
    QTest::newRow("probe without hub service") << QByteArray("POST") << "/api/v1/hubs/probe" << QByteArray(R"({"host":"h"})") << "admin" << 503 << "engine_unavailable";
    QTest::newRow("drain without hub service") << QByteArray("POST") << "/api/v1/hubs/unknown00000/drain" << QByteArray() << "admin" << 503 << "engine_unavailable";
    QTest::newRow("unknown pub") << QByteArray("GET") << "/api/v1/pubs/unknown00000" << QByteArray() << "admin" << 404 << "not_found";
    QTest::newRow("other's pub read") << QByteArray("GET") << "/api/v1/pubs/{alicePub}" << QByteArray() << "bob" << 404 << "not_found";
    QTest::newRow("other's pub stop") << QByteArray("POST") << "/api/v1/pubs/{alicePub}/stop" << QByteArray() << "bob" << 404 << "not_found";
    QTest::newRow("other's pub delete") << QByteArray("DELETE") << "/api/v1/pubs/{alicePub}" << QByteArray() << "bob" << 404 << "not_found";
    QTest::newRow("support stops") << QByteArray("POST") << "/api/v1/pubs/{alicePub}/stop" << QByteArray() << "support" << 403 << "forbidden";
    QTest::newRow("support deletes") << QByteArray("DELETE") << "/api/v1/pubs/{alicePub}" << QByteArray() << "support" << 403 << "forbidden";
    QTest::newRow("bad removeData") << QByteArray("DELETE") << "/api/v1/pubs/{alicePub}?removeData=maybe" << QByteArray() << "alice" << 422 << "validation_failed";
}

void TestApiRoutes::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, caller);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QByteArray before = snapshot();
    const TestReply reply = send(method, QString(path).replace("{alicePub}", m_alicePub), body, caller);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QVERIFY(!reply.json.value("error").toObject().value("message").toString().isEmpty());
    QTest::qWait(10); // let any (wrongly) started runtime operation show up
    QCOMPARE(snapshot(), before);
}

// Who may call what: every authenticated route, for every role, on a pub of alice's. Each route's
// expected rights follow docs/api.md; "allowed" means the request got past the role check (its own
// answer may still be 409, 422 or 503), "hidden" that someone else's pub is 404 as if it did not exist.
namespace {
enum class Access {
    SignedIn,    // any role
    OwnerRead,   // alice (owner), support, admin; bob 404
    OwnerChange, // alice, admin; support 403; bob 404
    Create,      // customers and admins; support 403
    Staff,       // support and admin; customers 403
    Admin,       // admin only
};
}
Q_DECLARE_METATYPE(Access)

void TestApiRoutes::authorizationMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Access>("access");

    const auto row = [](const char *name, const char *method, const char *path, const char *body, Access access) {
        QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << QByteArray(body) << access;
    };
    row("me", "GET", "/api/v1/me", "", Access::SignedIn);
    row("command list", "GET", "/api/v1/commands", "", Access::SignedIn);
    row("pub list", "GET", "/api/v1/pubs", "", Access::SignedIn);
    row("bulk command", "POST", "/api/v1/commands/run", R"({"command":"whoami","pubIds":["{alicePub}"]})", Access::SignedIn);
    row("pub create", "POST", "/api/v1/pubs", R"({"name":"another"})", Access::Create);
    row("pub read", "GET", "/api/v1/pubs/{alicePub}", "", Access::OwnerRead);
    row("pub stats", "GET", "/api/v1/pubs/{alicePub}/stats", "", Access::OwnerRead);
    row("pub logs", "GET", "/api/v1/pubs/{alicePub}/logs?tail=10", "", Access::OwnerRead);
    row("pub timeline", "GET", "/api/v1/pubs/{alicePub}/timeline", "", Access::OwnerRead);
    row("pub command", "POST", "/api/v1/pubs/{alicePub}/commands", R"({"command":"whoami"})", Access::OwnerRead);
    row("pub start", "POST", "/api/v1/pubs/{alicePub}/start", "", Access::OwnerChange);
    row("pub stop", "POST", "/api/v1/pubs/{alicePub}/stop", "", Access::OwnerChange);
    row("pub delete", "DELETE", "/api/v1/pubs/{alicePub}", "", Access::OwnerChange);
    row("audit", "GET", "/api/v1/audit", "", Access::Staff);
    row("audit of a pub", "GET", "/api/v1/audit?pubId={alicePub}", "", Access::Staff);
    row("jobs", "GET", "/api/v1/jobs", "", Access::Staff);
    row("jobs of a pub", "GET", "/api/v1/jobs?pubId={alicePub}", "", Access::Staff);
    row("job", "GET", "/api/v1/jobs/{aliceJob}", "", Access::Staff);
    row("job retry", "POST", "/api/v1/jobs/{aliceJob}/retry", "", Access::Admin);
    row("job cancel", "POST", "/api/v1/jobs/{aliceJob}/cancel", "", Access::Admin);
    row("reconcile plan", "GET", "/api/v1/reconcile/plan", "", Access::Staff);
    row("capacity", "GET", "/api/v1/capacity", "", Access::Staff);
    row("hubs", "GET", "/api/v1/hubs", "", Access::Staff);
    row("hub", "GET", "/api/v1/hubs/unknown00000", "", Access::Staff);
    row("hub probe", "POST", "/api/v1/hubs/probe", R"({"host":"h"})", Access::Admin);
    row("hub add", "POST", "/api/v1/hubs", R"({"name":"h","host":"h","user":"root","privateKey":"k"})", Access::Admin);
    row("hub drain", "POST", "/api/v1/hubs/unknown00000/drain", "", Access::Admin);
    row("hub remove", "DELETE", "/api/v1/hubs/unknown00000", "", Access::Admin);
    row("mail outbox", "GET", "/api/v1/mail/outbox", "", Access::Admin);
    row("mail retry", "POST", "/api/v1/mail/outbox/unknown00000/retry", "", Access::Admin);
    row("server metrics", "GET", "/api/v1/server/metrics", "", Access::Admin);
    row("plans", "GET", "/api/v1/plans", "", Access::SignedIn);
    row("plan create", "POST", "/api/v1/plans", R"({"name":"Large","amount":900,"currency":"eur","interval":"month"})", Access::Admin);
    row("plan change", "PATCH", "/api/v1/plans/unknown00000", R"({"trialDays":3})", Access::Admin);
    row("invoices", "GET", "/api/v1/invoices", "", Access::SignedIn);
    row("subscription", "GET", "/api/v1/pubs/{alicePub}/subscription", "", Access::OwnerRead);
    row("subscribe", "POST", "/api/v1/pubs/{alicePub}/subscription", R"({"planId":"unknown00000"})", Access::OwnerChange);
    row("subscription override", "PATCH", "/api/v1/pubs/{alicePub}/subscription", R"({"comped":true})", Access::Admin);
    row("offline payment", "POST", "/api/v1/pubs/{alicePub}/payments", R"({"amount":500,"currency":"eur"})", Access::Admin);
    row("billing summary", "GET", "/api/v1/billing/summary", "", Access::Staff);
    row("password change", "POST", "/api/v1/auth/password", R"({"currentPassword":"x","newPassword":"short"})", Access::SignedIn);
    row("users", "GET", "/api/v1/users", "", Access::Staff);
    row("users by role", "GET", "/api/v1/users?role=customer&query=ali", "", Access::Staff);
    row("own user", "GET", "/api/v1/users/{self}", "", Access::Staff);
    row("other user", "GET", "/api/v1/users/{alice}", "", Access::Staff);
    row("user create", "POST", "/api/v1/users", R"({"name":"N","email":"taken@example.org","role":"customer"})", Access::Admin);
    row("user rename own", "PATCH", "/api/v1/users/{self}", R"({"name":"Same"})", Access::Admin);
    row("user rename other", "PATCH", "/api/v1/users/{alice}", R"({"name":"Alice A."})", Access::Admin);
    row("user disable other", "PATCH", "/api/v1/users/{bob}", R"({"disabled":true})", Access::Admin);
    row("user reset own", "POST", "/api/v1/users/{self}/password-reset", "", Access::Admin);
    row("user reset other", "POST", "/api/v1/users/{alice}/password-reset", "", Access::Admin);
}

void TestApiRoutes::authorizationMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Access, access);

    const auto expected = [access](const QString &caller) -> std::optional<int> { // nullopt: allowed
        if (caller.isEmpty())
            return 401;
        const bool customer = caller == "alice" || caller == "bob";
        switch (access) {
        case Access::SignedIn: return std::nullopt;
        case Access::OwnerRead: return caller == "bob" ? std::optional(404) : std::nullopt;
        case Access::OwnerChange:
            return caller == "bob" ? std::optional(404) : caller == "support" ? std::optional(403) : std::nullopt;
        case Access::Create: return caller == "support" ? std::optional(403) : std::nullopt;
        case Access::Staff: return customer ? std::optional(403) : std::nullopt;
        case Access::Admin: return caller == "admin" ? std::nullopt : std::optional(403);
        }
        return std::nullopt;
    };
    for (const char *name : {"", "bob", "support", "alice", "admin"}) {
        const QString caller = QLatin1String(name);
        const auto fill = [this, &caller](QString text) {
            return text.replace("{alicePub}", m_alicePub).replace("{aliceJob}", m_aliceJob)
                .replace("{self}", m_users.value(caller.isEmpty() ? "alice" : caller).id)
                .replace("{alice}", m_users.value("alice").id).replace("{bob}", m_users.value("bob").id);
        };
        const QByteArray before = snapshot();
        const TestReply reply = send(method, fill(path), fill(QString::fromUtf8(body)).toUtf8(), caller);
        const QString what = QStringLiteral("%1 as '%2': %3 %4").arg(QString::fromLatin1(method), caller).arg(reply.status)
                                 .arg(QString::fromUtf8(reply.body.left(200)));
        const bool deletesThePub = method == "DELETE" && path.startsWith("/api/v1/pubs/");
        if (const std::optional<int> refused = expected(caller)) {
            QVERIFY2(reply.status == *refused, qPrintable(what));
            QTest::qWait(10); // a refused request changes nothing, not even later
            QVERIFY2(snapshot() == before, qPrintable(what));
        } else {
            // Past the role check: the route's own answer (a 404 here is an unknown hub or mail, not hiding).
            QVERIFY2((reply.status != 401 && reply.status != 403 && reply.status < 500) || reply.status == 503, qPrintable(what));
            if (access == Access::OwnerRead || access == Access::OwnerChange)
                QVERIFY2(reply.status != 404, qPrintable(what));
            if (deletesThePub) { // the next caller gets a pub of alice's again
                const PubWithJob created = m_backend->pubs().create(m_users.value("alice").id, "alicepub-" + caller);
                m_alicePub = created.pub.id;
            }
        }
    }
}

// Someone else's pub is indistinguishable from no pub at all: same status, code and message, on every
// route that names a pub, and in a bulk command's per-pub result.
void TestApiRoutes::hiddenLooksLikeMissing()
{
    for (const auto &[method, suffix] : {std::pair{"GET", ""}, std::pair{"GET", "/stats"}, std::pair{"GET", "/logs"},
                                         std::pair{"GET", "/timeline"}, std::pair{"POST", "/start"},
                                         std::pair{"POST", "/stop"}, std::pair{"DELETE", ""}}) {
        const TestReply hidden = send(method, "/api/v1/pubs/" + m_alicePub + QLatin1String(suffix), {}, "bob");
        const TestReply missing = send(method, "/api/v1/pubs/unknown00000" + QLatin1String(suffix), {}, "bob");
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.body, missing.body);
    }
    const TestReply commandHidden = send("POST", "/api/v1/pubs/" + m_alicePub + "/commands", R"({"command":"whoami"})", "bob");
    const TestReply commandMissing = send("POST", "/api/v1/pubs/unknown00000/commands", R"({"command":"whoami"})", "bob");
    QCOMPARE(commandHidden.status, 404);
    QCOMPARE(commandHidden.body, commandMissing.body);

    const TestReply bulk = send("POST", "/api/v1/commands/run",
                                ("{\"command\":\"whoami\",\"pubIds\":[\"" + m_alicePub + "\",\"unknown00000\"]}").toUtf8(), "bob");
    QCOMPARE(bulk.status, 200);
    const QJsonArray results = bulk.json.value("results").toArray();
    QCOMPARE(results.size(), 2);
    QJsonObject first = results.at(0).toObject();
    QJsonObject second = results.at(1).toObject();
    QCOMPARE(first.value("error").toObject().value("code").toString(), "not_found");
    first.remove("pubId");
    second.remove("pubId");
    QCOMPARE(first, second);

    // Lists never carry what the caller may not see.
    QVERIFY(!send("GET", "/api/v1/pubs", {}, "bob").body.contains(m_alicePub.toUtf8()));
    QVERIFY(send("GET", "/api/v1/pubs", {}, "support").body.contains(m_alicePub.toUtf8()));
}

void TestApiRoutes::health()
{
    TestReply reply = send("GET", "/healthz");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value("database").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value("engine").toString(), QStringLiteral("ok"));
    QVERIFY(!reply.json.value("version").toString().isEmpty());

    m_backend->setEngineReachable(false);
    reply = send("GET", "/healthz");
    QCOMPARE(reply.status, 200); // the API stays in the load balancer without Docker
    QCOMPARE(reply.json.value("engine").toString(), QStringLiteral("unavailable"));
}

void TestApiRoutes::accountFlow()
{
    TestReply reply = send("POST", "/api/v1/auth/signup", R"({"name":"Carol","email":"Carol@Example.org","password":"long enough pass"})");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value("role").toString(), QStringLiteral("customer"));
    QCOMPARE(reply.json.value("email").toString(), QStringLiteral("carol@example.org"));
    QVERIFY(reply.json.value("createdAt").toString().endsWith('Z'));
    QVERIFY(!reply.json.contains("passwordHash"));

    reply = send("POST", "/api/v1/auth/login", R"({"email":"carol@example.org","password":"long enough pass"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("tokenType").toString(), QStringLiteral("Bearer"));
    QCOMPARE(reply.json.value("expiresIn").toInt(), 900);
    QCOMPARE(reply.json.value("user").toObject().value("name").toString(), QStringLiteral("Carol"));
    const QString access = reply.json.value("accessToken").toString();
    const QString refresh = reply.json.value("refreshToken").toString();
    QVERIFY(refresh.startsWith("rt_"));

    reply = m_client->send("GET", m_backend->url("/api/v1/me"), {}, access);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("email").toString(), QStringLiteral("carol@example.org"));

    const QByteArray refreshBody = QJsonDocument(QJsonObject{{"refreshToken", refresh}}).toJson();
    reply = send("POST", "/api/v1/auth/refresh", refreshBody);
    QCOMPARE(reply.status, 200);
    const QString rotated = reply.json.value("refreshToken").toString();
    QVERIFY(rotated != refresh);

    reply = send("POST", "/api/v1/auth/refresh", refreshBody); // reuse: theft
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_refresh_token"));
    reply = send("POST", "/api/v1/auth/refresh", QJsonDocument(QJsonObject{{"refreshToken", rotated}}).toJson());
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_refresh_token"));

    reply = send("POST", "/api/v1/auth/logout", refreshBody);
    QCOMPARE(reply.status, 204);
    reply = send("POST", "/api/v1/auth/logout", R"({"refreshToken":"rt_unknown"})");
    QCOMPARE(reply.status, 204);
}

void TestApiRoutes::pubLifecycle()
{
    TestReply reply = send("POST", "/api/v1/pubs", R"({"name":"second-pub"})", "alice");
    QCOMPARE(reply.status, 201);
    const QString id = reply.json.value("id").toString();
    QCOMPARE(reply.json.value("desiredState").toString(), QStringLiteral("running"));
    QVERIFY(QStringList({"none", "starting"}).contains(reply.json.value("status").toString()));
    QCOMPARE(reply.json.value("ownerId").toString(), m_users.value("alice").id);
    QCOMPARE(reply.json.value("host").toString(), QStringLiteral("pubs.example.org"));
    QCOMPARE(reply.json.value("address").toString(), QStringLiteral("pubs.example.org:%1").arg(reply.json.value("port").toInt()));
    QCOMPARE(reply.json.value("image").toString(), QStringLiteral("buttcloud/pub:test"));
    // No pub-domain: the web fields are there, and null.
    for (const char *field : {"hostName", "landingUrl", "viewerUrl", "gitUrl"})
        QVERIFY2(reply.json.contains(QLatin1String(field)) && reply.json.value(QLatin1String(field)).isNull(), field);
    QTRY_VERIFY(m_backend->runtime().hasService(id));

    reply = send("POST", "/api/v1/pubs/" + id + "/stop", "ignored body", "alice");
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.json.value("desiredState").toString(), QStringLiteral("stopped"));
    QTRY_COMPARE(m_backend->runtime().service(id).replicas, 0);

    reply = send("POST", "/api/v1/pubs/" + id + "/start", {}, "admin");
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.json.value("desiredState").toString(), QStringLiteral("running"));
    QTRY_COMPARE(m_backend->runtime().service(id).replicas, 1);

    reply = send("DELETE", "/api/v1/pubs/" + id + "?removeData=true", {}, "alice");
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.json.value("status").toString(), QStringLiteral("removing"));
    QCOMPARE(reply.json.value("desiredState").toString(), QStringLiteral("deleted"));
    QTRY_COMPARE(send("GET", "/api/v1/pubs/" + id, {}, "alice").status, 404);
    QVERIFY(!m_backend->runtime().hasService(id));
    QVERIFY(m_backend->runtime().calls().last().removeData);
}

void TestApiRoutes::listsFollowRoles()
{
    QTest::qWait(2); // a later creation time than alicepub's
    m_backend->pubs().create(m_users.value("bob").id, "bobpub");
    const auto names = [this](const QString &caller) {
        QStringList result;
        for (const QJsonValue &pub : send("GET", "/api/v1/pubs", {}, caller).json.value("pubs").toArray())
            result.append(pub.toObject().value("name").toString());
        return result;
    };
    QCOMPARE(names("alice"), QStringList{"alicepub"});
    QCOMPARE(names("bob"), QStringList{"bobpub"});
    QCOMPARE(names("support"), QStringList({"bobpub", "alicepub"})); // newest first
    QCOMPARE(names("admin"), QStringList({"bobpub", "alicepub"}));
    QCOMPARE(send("GET", "/api/v1/pubs/" + m_alicePub, {}, "support").status, 200);
}

void TestApiRoutes::supportReadsButNeverChanges()
{
    QCOMPARE(send("GET", "/api/v1/pubs/" + m_alicePub, {}, "support").status, 200);
    QCOMPARE(send("POST", "/api/v1/pubs/" + m_alicePub + "/start", {}, "support").status, 403);
    QCOMPARE(send("POST", "/api/v1/pubs/" + m_alicePub + "/stop", {}, "admin").status, 202);
}

void TestApiRoutes::demotedUserLosesRightsAtOnce()
{
    const UserRecord admin = m_users.value("admin");
    QCOMPARE(send("POST", "/api/v1/pubs/" + m_alicePub + "/stop", {}, "admin").status, 202);
    m_backend->database().exec("UPDATE users SET role = ? WHERE id = ?", {"support", admin.id});
    // The token still says admin; the database says support.
    QCOMPARE(send("POST", "/api/v1/pubs/" + m_alicePub + "/start", {}, "admin").status, 403);
}

void TestApiRoutes::portsRunOut()
{
    // testPubSettings() has three ports; alicepub holds one.
    QCOMPARE(send("POST", "/api/v1/pubs", R"({"name":"two"})", "bob").status, 201);
    QCOMPARE(send("POST", "/api/v1/pubs", R"({"name":"three"})", "bob").status, 201);
    const TestReply reply = send("POST", "/api/v1/pubs", R"({"name":"four"})", "bob");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("conflict"));
    QVERIFY(!PubRepository(m_backend->database()).nameTaken("four"));
}

void TestApiRoutes::internalErrorsLeakNothing()
{
    m_backend->database().exec("DROP TABLE pubs");
    const TestReply reply = send("GET", "/api/v1/pubs", {}, "alice");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), QStringLiteral("internal"));
    QVERIFY2(!reply.body.contains("pubs") && !reply.body.contains("SQL") && !reply.body.contains("table"), reply.body.constData());
}

void TestApiRoutes::jobRoutes()
{
    TestReply reply = send("POST", "/api/v1/pubs", R"({"name":"jobbed"})", "alice");
    QCOMPARE(reply.status, 201);
    const QJsonObject createJob = reply.json.value("job").toObject();
    QCOMPARE(createJob.value("kind").toString(), "pub.create");
    QCOMPARE(createJob.value("pubId").toString(), reply.json.value("id").toString());
    QCOMPARE(createJob.value("reason").toString(), "requested by alice@example.org");
    QVERIFY(createJob.value("finishedAt").isNull());
    const QString pubId = reply.json.value("id").toString();
    QTRY_VERIFY(!m_backend->pubs().isBusy(pubId));

    QCOMPARE(send("GET", "/api/v1/jobs", {}, "alice").status, 403);
    reply = send("GET", "/api/v1/jobs", {}, "support");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("jobs").toArray().size(), 2); // alice's two pubs
    reply = send("GET", "/api/v1/jobs?pubId=" + pubId + "&state=succeeded&kind=pub.create&limit=10", {}, "support");
    QCOMPARE(reply.json.value("jobs").toArray().size(), 1);
    QCOMPARE(reply.json.value("jobs").toArray().first().toObject().value("id").toString(), createJob.value("id").toString());
    for (const char *bad : {"state=bogus", "kind=pub.explode", "limit=0", "limit=1001", "before=yesterday"})
        QCOMPARE(send("GET", "/api/v1/jobs?" + QLatin1String(bad), {}, "support").errorCode(), "validation_failed");
    QCOMPARE(send("GET", "/api/v1/jobs/" + createJob.value("id").toString(), {}, "support").json.value("state").toString(), "succeeded");
    QCOMPARE(send("GET", "/api/v1/jobs/nosuchjob000", {}, "support").status, 404);

    // Finished jobs cannot be canceled; support may not act; admins cancel and retry.
    const QString finished = "/api/v1/jobs/" + createJob.value("id").toString();
    QCOMPARE(send("POST", finished + "/cancel", {}, "admin").errorCode(), "conflict");
    QCOMPARE(send("POST", finished + "/retry", {}, "admin").errorCode(), "conflict");
    QCOMPARE(send("POST", finished + "/cancel", {}, "support").status, 403);
    QCOMPARE(send("POST", "/api/v1/jobs/nosuchjob000/cancel", {}, "admin").status, 404);

    m_backend->jobs().stop(); // the stop job stays queued while we act on it
    reply = send("POST", "/api/v1/pubs/" + pubId + "/stop", {}, "alice");
    QCOMPARE(reply.status, 202);
    const QString stopJob = "/api/v1/jobs/" + reply.json.value("job").toObject().value("id").toString();
    QCOMPARE(reply.json.value("job").toObject().value("kind").toString(), "pub.stop");
    reply = send("POST", stopJob + "/cancel", {}, "admin");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("state").toString(), "canceled");
    reply = send("POST", stopJob + "/retry", {}, "admin");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("state").toString(), "queued");
    QCOMPARE(reply.json.value("attempts").toInt(), 0);
    m_backend->jobs().start();
    QTRY_COMPARE(send("GET", stopJob, {}, "admin").json.value("state").toString(), "succeeded");
    QCOMPARE(m_backend->runtime().service(pubId).replicas, 0);
}

void TestApiRoutes::reconcilePlanRoute()
{
    QCOMPARE(send("GET", "/api/v1/reconcile/plan", {}, "support").errorCode(), "engine_unavailable"); // not observed yet
    m_backend->reconcile();
    TestReply reply = send("GET", "/api/v1/reconcile/plan", {}, "support");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.value("checkedAt").toString().isEmpty());
    QCOMPARE(reply.json.value("differences").toArray().size(), 0);

    m_backend->jobs().stop(); // a dry run: nothing may act on the plan
    m_backend->runtime().dropService(m_alicePub);
    m_backend->pubs().observeNow();
    QTRY_COMPARE(send("GET", "/api/v1/reconcile/plan", {}, "admin").json.value("differences").toArray().size(), 1);
    const QJsonObject difference = send("GET", "/api/v1/reconcile/plan", {}, "admin").json.value("differences").toArray().first().toObject();
    QCOMPARE(difference.value("kind").toString(), "service_missing");
    QCOMPARE(difference.value("pubId").toString(), m_alicePub);
    QCOMPARE(difference.value("job").toObject().value("kind").toString(), "pub.create");
    QVERIFY(!m_backend->runtime().hasService(m_alicePub));
    QCOMPARE(send("GET", "/api/v1/reconcile/plan", {}, "alice").status, 403);
}

void TestApiRoutes::capacityRoute()
{
    m_backend->runtime().setServiceStatus(m_alicePub, PubStatus::Up); // runs on node-1
    m_backend->reconcile();
    m_backend->reconcile(); // the nodes are in
    TestReply reply = send("GET", "/api/v1/capacity?extraPubs=30", {}, "support");
    QCOMPARE(reply.status, 200);
    const QJsonArray hubs = reply.json.value("hubs").toArray();
    QCOMPARE(hubs.size(), 1); // no hub rows yet: the swarm's node is the hub
    QCOMPARE(hubs[0].toObject().value("name").toString(), "node-1");
    QCOMPARE(hubs[0].toObject().value("pubs").toInt(), 1);
    QCOMPARE(hubs[0].toObject().value("reservedBytes").toDouble(), double(qint64(128) << 20));
    QCOMPARE(reply.json.value("totals").toObject().value("pubs").toInt(), 1);
    QCOMPARE(reply.json.value("hubPrice").toObject().value("currency").toString(), "usd");
    QCOMPARE(reply.json.value("plan").toObject().value("action").toString(), "none");
    QCOMPARE(reply.json.value("whatIf").toObject().value("extraPubs").toInt(), 30);
    QCOMPARE(reply.json.value("whatIf").toObject().value("hubsToAdd").toInt(), 2); // 15 slots free, 32 wanted
    for (const char *bad : {"extraPubs=-1", "extraPubs=x", "extraPubs=100001"})
        QCOMPARE(send("GET", "/api/v1/capacity?" + QLatin1String(bad), {}, "support").errorCode(), "validation_failed");
    QCOMPARE(send("GET", "/api/v1/capacity", {}, "alice").status, 403);
}

void TestApiRoutes::usersList()
{
    TestReply reply = send("GET", "/api/v1/users", {}, "support");
    QCOMPARE(reply.status, 200);
    QStringList emails;
    for (const QJsonValue &user : reply.json.value("users").toArray())
        emails.append(user.toObject().value("email").toString());
    QCOMPARE(emails, QStringList({"admin@example.org", "alice@example.org", "bob@example.org", "support@example.org"}));
    const QJsonObject first = reply.json.value("users").toArray().first().toObject();
    QCOMPARE(first.value("disabled"), QJsonValue(false));
    QVERIFY(first.contains("lastSignInAt") && first.value("lastSignInAt").isNull());
    QVERIFY(!first.contains("passwordHash"));

    const auto listed = [this](const QString &query) {
        QStringList names;
        for (const QJsonValue &user : send("GET", "/api/v1/users?" + query, {}, "admin").json.value("users").toArray())
            names.append(user.toObject().value("name").toString());
        return names;
    };
    QCOMPARE(listed("query=ALI"), QStringList{"alice"});
    QCOMPARE(listed("role=customer"), QStringList({"alice", "bob"}));
    QCOMPARE(listed("role=customer&query=b"), QStringList{"bob"});
    QCOMPARE(listed("query=%25"), QStringList()); // LIKE wildcards are taken literally
    QCOMPARE(listed("query=_"), QStringList());
    QCOMPARE(listed("limit=1"), QStringList{"admin"});
    QCOMPARE(send("GET", "/api/v1/users?role=root", {}, "admin").status, 422);
    QCOMPARE(send("GET", "/api/v1/users?limit=0", {}, "admin").status, 422);

    reply = send("GET", "/api/v1/users/" + m_users.value("bob").id, {}, "support");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("email").toString(), "bob@example.org");
    QCOMPARE(send("GET", "/api/v1/users/unknown00000", {}, "admin").status, 404);

    QCOMPARE(send("POST", "/api/v1/auth/login", R"({"email":"bob@example.org","password":"correct horse battery staple"})").status, 200);
    reply = send("GET", "/api/v1/users/" + m_users.value("bob").id, {}, "support");
    QVERIFY(reply.json.value("lastSignInAt").toString().endsWith('Z'));
}

void TestApiRoutes::userCreateQueuesSetPasswordMail()
{
    TestReply reply = send("POST", "/api/v1/users", R"({"name":"Carol","email":"Carol@Example.org","role":"support","language":"de"})", "admin");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json.value("email").toString(), "carol@example.org");
    QCOMPARE(reply.json.value("role").toString(), "support");
    QCOMPARE(reply.json.value("language").toString(), "de");
    const QString id = reply.json.value("id").toString();
    QSqlQuery mail = m_backend->database().exec("SELECT kind, language, text_body FROM mail_outbox WHERE recipient = ?", {"carol@example.org"});
    QVERIFY(mail.next());
    QCOMPARE(mail.value(0).toString(), "account_created");
    QCOMPARE(mail.value(1).toString(), "de");
    QVERIFY(mail.value(2).toString().contains("reset-password?token=pr_"));
    QSqlQuery audit = m_backend->database().exec("SELECT user_id, arguments FROM audit_log WHERE action = 'user.create'");
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), m_users.value("admin").id);
    QVERIFY(audit.value(1).toString().contains(id));

    QCOMPARE(send("POST", "/api/v1/users", R"({"name":"C","email":"carol@example.org","role":"customer"})", "admin").status, 409);
    for (const char *body : {R"({"name":"C","email":"c2@example.org","role":"root"})", R"({"name":"C","email":"nope","role":"customer"})",
                             R"({"name":"","email":"c2@example.org","role":"customer"})", R"({"email":"c2@example.org","role":"customer"})",
                             R"({"name":"C","email":"c2@example.org","role":"customer","language":"fr"})"}) {
        reply = send("POST", "/api/v1/users", body, "admin");
        QVERIFY2(reply.status == 422 && reply.errorCode() == "validation_failed", body);
    }
    QCOMPARE(send("POST", "/api/v1/users", R"({"name":"C","email":"c2@example.org","role":7})", "admin").status, 400);
}

void TestApiRoutes::userUpdateRules()
{
    const QString adminPath = "/api/v1/users/" + m_users.value("admin").id;
    TestReply reply = send("PATCH", adminPath, R"({"role":"support"})", "admin");
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json.value("error").toObject().value("message").toString().startsWith("role"));
    reply = send("PATCH", adminPath, R"({"disabled":true})", "admin");
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json.value("error").toObject().value("message").toString().startsWith("disabled"));
    reply = send("PATCH", adminPath, R"({"role":"admin","disabled":false,"name":"Root"})", "admin"); // no change of either
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("name").toString(), "Root");
    QCOMPARE(send("PATCH", adminPath, "{}", "admin").status, 422);
    QCOMPARE(send("PATCH", adminPath, R"({"name":""})", "admin").status, 422);
    QCOMPARE(send("PATCH", adminPath, R"({"disabled":"yes"})", "admin").status, 400);
    QCOMPARE(send("PATCH", adminPath, R"({"role":"root"})", "admin").status, 422);
    QCOMPARE(send("PATCH", "/api/v1/users/unknown00000", R"({"name":"X"})", "admin").status, 404);

    // Promote and demote someone else; the role applies to their next request at once.
    reply = send("PATCH", "/api/v1/users/" + m_users.value("bob").id, R"({"role":"admin"})", "admin");
    QCOMPARE(reply.json.value("role").toString(), "admin");
    QCOMPARE(send("GET", "/api/v1/mail/outbox", {}, "bob").status, 200);
    QCOMPARE(send("PATCH", adminPath, R"({"role":"customer"})", "bob").status, 200); // two admins: one may go
    QCOMPARE(send("GET", "/api/v1/mail/outbox", {}, "admin").status, 403);

    // The last enabled admin stays. Through the API only reachable when two admins race (each sees
    // the other); shown here with a caller the database does not know.
    const UserAdministration users(m_backend->database(), m_backend->auth());
    UserRecord ghost = m_users.value("admin");
    ghost.id = "ghostadmin00";
    const auto codeOf = [&](const UserChanges &changes) {
        try {
            users.update(ghost, m_users.value("bob").id, changes);
        } catch (const ApiError &error) {
            return QString::fromLatin1(error.code());
        }
        return QString();
    };
    QCOMPARE(codeOf(UserChanges{std::nullopt, Role::Customer, std::nullopt}), "conflict");
    QCOMPARE(codeOf(UserChanges{std::nullopt, std::nullopt, true}), "conflict");
    QCOMPARE(codeOf(UserChanges{QStringLiteral("Bob"), std::nullopt, std::nullopt}), QString());

    QSqlQuery audit = m_backend->database().exec("SELECT COUNT(*) FROM audit_log WHERE action = 'user.update'");
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 4); // Root, bob promoted, admin demoted, bob renamed
}

void TestApiRoutes::disablingRevokesAtOnce()
{
    TestReply login = send("POST", "/api/v1/auth/login", R"({"email":"alice@example.org","password":"correct horse battery staple"})");
    QCOMPARE(login.status, 200);
    const QString access = login.json.value("accessToken").toString();
    const QByteArray refresh = QJsonDocument(QJsonObject{{"refreshToken", login.json.value("refreshToken")}}).toJson();
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, access).status, 200);

    TestReply reply = send("PATCH", "/api/v1/users/" + m_users.value("alice").id, R"({"disabled":true})", "admin");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("disabled"), QJsonValue(true));
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, access).status, 401);
    QCOMPARE(send("POST", "/api/v1/auth/refresh", refresh).errorCode(), "invalid_refresh_token");
    reply = send("POST", "/api/v1/auth/login", R"({"email":"alice@example.org","password":"correct horse battery staple"})");
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), "account_disabled");
    reply = send("POST", "/api/v1/auth/login", R"({"email":"alice@example.org","password":"wrong password"})");
    QCOMPARE(reply.errorCode(), "invalid_credentials");

    QCOMPARE(send("PATCH", "/api/v1/users/" + m_users.value("alice").id, R"({"disabled":false})", "admin").status, 200);
    QCOMPARE(send("POST", "/api/v1/auth/login", R"({"email":"alice@example.org","password":"correct horse battery staple"})").status, 200);
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, access).status, 401); // revoked stays revoked
}

void TestApiRoutes::adminPasswordReset()
{
    const QString path = "/api/v1/users/" + m_users.value("bob").id + "/password-reset";
    QCOMPARE(send("POST", path, {}, "admin").status, 202);
    QCOMPARE(send("POST", path, {}, "admin").status, 202); // no per-account minute limit for admins
    QSqlQuery mails = m_backend->database().exec("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'password_reset' AND recipient = ?",
                                                 {"bob@example.org"});
    QVERIFY(mails.next());
    QCOMPARE(mails.value(0).toInt(), 2);
    QCOMPARE(send("POST", "/api/v1/users/unknown00000/password-reset", {}, "admin").status, 404);
    QSqlQuery audit = m_backend->database().exec("SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_reset'");
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 2);
}

void TestApiRoutes::passwordChange()
{
    TestReply login = send("POST", "/api/v1/auth/login", R"({"email":"support@example.org","password":"correct horse battery staple"})");
    const QString access = login.json.value("accessToken").toString();
    const QByteArray refresh = QJsonDocument(QJsonObject{{"refreshToken", login.json.value("refreshToken")}}).toJson();

    TestReply reply = m_client->send("POST", m_backend->url("/api/v1/auth/password"),
                                     R"({"currentPassword":"wrong password","newPassword":"a brand new password"})", access);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), "invalid_credentials");
    reply = m_client->send("POST", m_backend->url("/api/v1/auth/password"),
                           R"({"currentPassword":"correct horse battery staple","newPassword":"short"})", access);
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json.value("error").toObject().value("message").toString().startsWith("newPassword"));
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, access).status, 200);

    reply = m_client->send("POST", m_backend->url("/api/v1/auth/password"),
                           R"({"currentPassword":"correct horse battery staple","newPassword":"a brand new password"})", access);
    QCOMPARE(reply.status, 200); // support may change their own password
    QCOMPARE(reply.json.value("tokenType").toString(), "Bearer");
    QCOMPARE(reply.json.value("user").toObject().value("email").toString(), "support@example.org");
    const QString newAccess = reply.json.value("accessToken").toString();
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, access).status, 401);
    QCOMPARE(send("POST", "/api/v1/auth/refresh", refresh).status, 401);
    QCOMPARE(send("GET", "/api/v1/me", {}, "support").status, 401); // every older access token
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/me"), {}, newAccess).status, 200);
    QCOMPARE(send("POST", "/api/v1/auth/refresh",
                  QJsonDocument(QJsonObject{{"refreshToken", reply.json.value("refreshToken")}}).toJson()).status, 200);
}

void TestApiRoutes::signInRateLimited()
{
    const QByteArray wrong = R"({"email":"bob@example.org","password":"wrong password"})";
    for (int attempt = 0; attempt < 6; ++attempt)
        QCOMPARE(send("POST", "/api/v1/auth/login", wrong).status, 401);
    const TestReply reply = send("POST", "/api/v1/auth/login", R"({"email":"bob@example.org","password":"correct horse battery staple"})");
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.errorCode(), "rate_limited");
    const int retryAfter = reply.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 30, reply.headers.value("retry-after").constData());
    QVERIFY(reply.json.value("error").toObject().value("message").toString().contains("try again"));
    // Others signing in from the same address are not locked out by one account's failures.
    QCOMPARE(send("POST", "/api/v1/auth/login", R"({"email":"alice@example.org","password":"correct horse battery staple"})").status, 200);
}

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "tst_apiroutes.moc"
