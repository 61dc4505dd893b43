#include "billing/billinglifecycle.h"
#include "billing/billingservice.h"
#include "billingfixtures.h"
#include "core/random.h"
#include "fakebillingprovider.h"
#include "pubs/pubcontroller.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace buttcloud;

// Subscribing (with a pub, or for a pub), admins' overrides, offline payments and the billing summary
// through the real API, with billing stripe on a fake provider or billing offline.
class TestBillingSubscribe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void stripeCreatesPubWithSubscription();
    void refusedBeforeAnyoneIsCharged_data();
    void refusedBeforeAnyoneIsCharged();
    void providerFailuresStoreNothing_data();
    void providerFailuresStoreNothing();
    void trialNeedsNoToken();
    void storeFailureCancelsAtProvider();
    void subscribeExistingPub();
    void offlineOpenInvoiceThenPayment();
    void paymentsRefusedWithStripeOrOff();
    void offlinePeriodsAreInvoicedAndUnpaidOnesFallDue();
    void overrides();
    void compedIsNeverSuspended();
    void summary();
    void billingOffKeepsPubCreationAsItWas();

private:
    void start(BillingConfig::Mode mode);
    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const UserRecord &caller);
    QString addPlan(const QString &name, qint64 amount, int trialDays, bool active = true);
    int pubCount() const;
    int subscriptionCount() const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<FakeBillingProvider> m_provider;
    std::unique_ptr<TestHttpClient> m_client;
    UserRecord m_admin;
    UserRecord m_support;
    UserRecord m_alice;
};

void TestBillingSubscribe::start(BillingConfig::Mode mode)
{
    m_backend = std::make_unique<TestBackend>([mode](ServerConfig &config) { config.billing.mode = mode; });
    m_provider = std::make_unique<FakeBillingProvider>();
    m_backend->core().billing().setProvider(m_provider.get());
    m_client = std::make_unique<TestHttpClient>();
    m_admin = m_backend->addUser("admin@example.org", Role::Admin);
    m_support = m_backend->addUser("support@example.org", Role::Support);
    m_alice = m_backend->addUser("alice@example.org", Role::Customer);
}

void TestBillingSubscribe::cleanup()
{
    m_client.reset();
    if (m_backend)
        m_backend->core().billing().setProvider(nullptr);
    m_provider.reset();
    m_backend.reset();
}

TestReply TestBillingSubscribe::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                     const UserRecord &caller)
{
    return m_client->send(method, m_backend->url(path),
                          body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          m_backend->accessTokenFor(caller));
}

QString TestBillingSubscribe::addPlan(const QString &name, qint64 amount, int trialDays, bool active)
{
    const TestReply created = send("POST", "/api/v1/plans",
                                   QJsonObject{{"name", name}, {"amount", amount}, {"currency", "eur"}, {"interval", "month"},
                                               {"trialDays", trialDays}, {"active", active}},
                                   m_admin);
    if (created.status != 201)
        qFatal("cannot create a plan: %s", created.body.constData());
    return created.json.value("id").toString();
}

int TestBillingSubscribe::pubCount() const
{
    return int(PubRepository(m_backend->database()).list().size());
}

int TestBillingSubscribe::subscriptionCount() const
{
    QSqlQuery query = m_backend->database().exec("SELECT COUNT(*) FROM subscriptions");
    return query.next() ? query.value(0).toInt() : -1;
}

void TestBillingSubscribe::stripeCreatesPubWithSubscription()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    QCOMPARE(send("GET", "/api/v1/plans", {}, m_alice).json.value("billing").toString(), QString("stripe"));

    const TestReply created = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("name").toString(), QString("alicepub"));
    const QJsonObject subscription = created.json.value("subscription").toObject();
    QCOMPARE(subscription.value("status").toString(), QString("active"));
    QCOMPARE(subscription.value("planName").toString(), QString("Small"));
    QCOMPARE(subscription.value("amount").toInteger(), 500);
    QCOMPARE(subscription.value("comped").toBool(), false);
    QVERIFY(subscription.value("payUrl").isNull());
    QCOMPARE(subscription.value("pubId").toString(), created.json.value("id").toString());
    QCOMPARE(m_provider->calls(), (QStringList{"plan", "customer", "source", "subscription"}));
    for (const QString &key : m_provider->keys())
        QVERIFY(!key.isEmpty());
    const std::optional<PlanRecord> stored = BillingRepository(m_backend->database()).findPlan(plan);
    QVERIFY(!stored->providerPlanId.isEmpty());
    QCOMPARE(BillingRepository(m_backend->database()).providerCustomerId(m_alice.id), "cus_" + m_alice.id);

    // The same customer and the same provider plan again: neither is made twice.
    QCOMPARE(send("POST", "/api/v1/pubs", {{"name", "alicepub2"}, {"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice).status, 201);
    QCOMPARE(m_provider->calls().mid(4), (QStringList{"source", "subscription"}));
    QCOMPARE(m_provider->keys().at(4) == m_provider->keys().at(2), false); // a new request, a new key

    const TestReply read = send("GET", "/api/v1/pubs/" + created.json.value("id").toString() + "/subscription", {}, m_alice);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value("events").toArray().first().toObject().value("kind").toString(), QString("billing.subscribed"));
}

void TestBillingSubscribe::refusedBeforeAnyoneIsCharged_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no plan") << QJsonObject{{"name", "p1"}, {"paymentToken", "tok_visa"}} << 422;
    QTest::newRow("unknown plan") << QJsonObject{{"name", "p1"}, {"planId", "unknown00000"}, {"paymentToken", "tok_visa"}} << 422;
    QTest::newRow("inactive plan") << QJsonObject{{"name", "p1"}, {"planId", "{retired}"}, {"paymentToken", "tok_visa"}} << 422;
    QTest::newRow("no token") << QJsonObject{{"name", "p1"}, {"planId", "{plan}"}} << 422;
    QTest::newRow("card number") << QJsonObject{{"name", "p1"}, {"planId", "{plan}"}, {"paymentToken", "4242424242424242"}} << 422;
    QTest::newRow("token not text") << QJsonObject{{"name", "p1"}, {"planId", "{plan}"}, {"paymentToken", 42}} << 400;
    QTest::newRow("bad name") << QJsonObject{{"name", "Bad_Name"}, {"planId", "{plan}"}, {"paymentToken", "tok_visa"}} << 422;
    QTest::newRow("name taken") << QJsonObject{{"name", "taken"}, {"planId", "{plan}"}, {"paymentToken", "tok_visa"}} << 409;
}

void TestBillingSubscribe::refusedBeforeAnyoneIsCharged()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    const QString retired = addPlan("Old", 500, 0, false);
    m_backend->pubs().create(m_admin.id, "taken");
    const QString planId = body.value("planId").toString();
    body.insert("planId", planId == "{plan}" ? plan : planId == "{retired}" ? retired : planId);
    if (planId.isEmpty())
        body.remove("planId");
    const int pubsBefore = pubCount();
    const TestReply refused = send("POST", "/api/v1/pubs", body, m_alice);
    QCOMPARE(refused.status, status);
    QCOMPARE(pubCount(), pubsBefore);
    QCOMPARE(subscriptionCount(), 0);
    QVERIFY(m_provider->calls().isEmpty());
}

void TestBillingSubscribe::providerFailuresStoreNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("declined card") << "source" << int(BillingFailure::Kind::CardDeclined) << 402 << "card_declined";
    QTest::newRow("provider down") << "subscription" << int(BillingFailure::Kind::Unavailable) << 503 << "payment_unavailable";
    QTest::newRow("nonsense reply") << "customer" << int(BillingFailure::Kind::BadReply) << 502 << "payment_unavailable";
    QTest::newRow("key refused") << "plan" << int(BillingFailure::Kind::Unauthorized) << 503 << "payment_unavailable";
    QTest::newRow("refused request") << "subscription" << int(BillingFailure::Kind::InvalidRequest) << 422 << "validation_failed";
}

void TestBillingSubscribe::providerFailuresStoreNothing()
{
    QFETCH(QString, step);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    m_provider->failStep(step, BillingFailure{BillingFailure::Kind(kind), "refused: sk_test_secret must not leak", {}});
    const TestReply refused = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorCode(), code);
    if (kind == int(BillingFailure::Kind::Unauthorized))
        QVERIFY(!refused.body.contains("sk_test"));
    QCOMPARE(pubCount(), 0);
    QCOMPARE(subscriptionCount(), 0);
    QVERIFY(m_provider->canceled().isEmpty()); // nothing was made that would need undoing
}

void TestBillingSubscribe::trialNeedsNoToken()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Trial", 500, 14);
    const TestReply created = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}}, m_alice);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("subscription").toObject().value("status").toString(), QString("trialing"));
    QCOMPARE(m_provider->lastTrialDays(), QString("14"));
    QVERIFY(!m_provider->calls().contains("source"));

    // A free plan asks the provider nothing at all.
    const QString free = addPlan("Free", 0, 0);
    const int callsBefore = int(m_provider->calls().size());
    const TestReply freePub = send("POST", "/api/v1/pubs", {{"name", "freepub"}, {"planId", free}}, m_alice);
    QCOMPARE(freePub.status, 201);
    QCOMPARE(freePub.json.value("subscription").toObject().value("status").toString(), QString("active"));
    QCOMPARE(m_provider->calls().size(), callsBefore);
}

void TestBillingSubscribe::storeFailureCancelsAtProvider()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    // Two requests for one name pass the early check together; the second one's store then fails, after
    // the provider made its subscription: that one is cancelled again.
    QList<std::variant<Subscribed, ApiError>> results;
    const auto collect = [&results](std::variant<Subscribed, ApiError> result) { results.append(result); };
    m_backend->core().billing().createPub(m_alice, "samename", plan, "tok_visa", collect);
    m_backend->core().billing().createPub(m_alice, "samename", plan, "tok_visa", collect);
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(std::holds_alternative<Subscribed>(results.at(0)));
    QCOMPARE(QLatin1String(std::get<ApiError>(results.at(1)).code()), QLatin1String("conflict"));
    QTRY_COMPARE(m_provider->canceled().size(), 1);
    QCOMPARE(pubCount(), 1);
    QCOMPARE(subscriptionCount(), 1);
    QVERIFY(m_provider->canceled().first() != std::get<Subscribed>(results.at(0)).subscription.providerSubscriptionId);
}

void TestBillingSubscribe::subscribeExistingPub()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    const QString pubId = m_backend->pubs().create(m_alice.id, "oldpub").pub.id;
    const QString path = "/api/v1/pubs/" + pubId + "/subscription";
    QCOMPARE(send("GET", path, {}, m_alice).status, 404);
    QCOMPARE(send("POST", path, {{"planId", plan}}, m_alice).status, 422); // no token for a paid plan
    const TestReply made = send("POST", path, {{"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value("status").toString(), QString("active"));
    QCOMPARE(send("POST", path, {{"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice).status, 409);
    QCOMPARE(send("POST", path, {{"planId", plan}, {"paymentToken", "tok_visa"}}, m_support).status, 403);

    // Canceled: the pub may subscribe again, and the row is reused.
    QCOMPARE(send("PATCH", path, {{"status", "canceled"}}, m_admin).status, 200);
    QTRY_COMPARE(m_provider->canceled().size(), 1);
    const TestReply again = send("POST", path, {{"planId", plan}, {"paymentToken", "tok_visa"}}, m_admin);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value("id").toString(), made.json.value("id").toString());
    QCOMPARE(again.json.value("status").toString(), QString("active"));

    const QString leaving = m_backend->pubs().create(m_alice.id, "leavingpub").pub.id;
    m_backend->pubs().requestDelete(leaving, false);
    // Being deleted (409) or gone already (404): either way nothing is subscribed.
    const int refused = send("POST", "/api/v1/pubs/" + leaving + "/subscription", {{"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice).status;
    QVERIFY2(refused == 409 || refused == 404, qPrintable(QString::number(refused)));
    QVERIFY(!BillingRepository(m_backend->database()).findSubscriptionByPub(leaving));
}

void TestBillingSubscribe::offlineOpenInvoiceThenPayment()
{
    start(BillingConfig::Mode::Offline);
    const QString plan = addPlan("Small", 500, 0);
    const TestReply created = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}}, m_alice);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("subscription").toObject().value("status").toString(), QString("active"));
    QVERIFY(created.json.value("subscription").toObject().value("payUrl").isNull());
    const QString pubId = created.json.value("id").toString();
    QJsonArray invoices = send("GET", "/api/v1/invoices", {}, m_alice).json.value("invoices").toArray();
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.at(0).toObject().value("status").toString(), QString("open"));
    QVERIFY(m_provider->calls().isEmpty());

    // Suspended, then an operator records the payment: active again, the open invoice settled.
    SubscriptionRecord subscription = *BillingRepository(m_backend->database()).findSubscriptionByPub(pubId);
    subscription.status = "suspended";
    BillingRepository(m_backend->database()).updateSubscription(subscription);
    const QString path = "/api/v1/pubs/" + pubId + "/payments";
    QCOMPARE(send("POST", path, {{"amount", 500}, {"currency", "EUR"}}, m_alice).status, 403);
    QCOMPARE(send("POST", path, {{"amount", 5.5}, {"currency", "eur"}}, m_admin).status, 422);
    QCOMPARE(send("POST", path, {{"amount", 500}, {"currency", "euro"}}, m_admin).status, 422);
    QCOMPARE(send("POST", path, {{"currency", "eur"}}, m_admin).status, 422);
    const TestReply paid = send("POST", path, {{"amount", 500}, {"currency", "EUR"}, {"note", "bank transfer 42"}}, m_admin);
    QCOMPARE(paid.status, 201);
    QCOMPARE(paid.json.value("status").toString(), QString("paid"));
    QCOMPARE(paid.json.value("method").toString(), QString("offline"));
    QCOMPARE(paid.json.value("currency").toString(), QString("eur"));
    QCOMPARE(paid.json.value("note").toString(), QString("bank transfer 42"));
    const TestReply read = send("GET", "/api/v1/pubs/" + pubId + "/subscription", {}, m_alice);
    QCOMPARE(read.json.value("status").toString(), QString("active"));
    const QJsonObject event = read.json.value("events").toArray().first().toObject();
    QCOMPARE(event.value("kind").toString(), QString("billing.payment_recorded"));
    QCOMPARE(event.value("detail").toObject().value("by").toString(), m_admin.id);
    invoices = send("GET", "/api/v1/invoices", {}, m_alice).json.value("invoices").toArray();
    QStringList statuses;
    for (const QJsonValue &invoice : invoices)
        statuses.append(invoice.toObject().value("status").toString());
    statuses.sort();
    QCOMPARE(statuses, (QStringList{"paid", "void"}));

    const QString other = m_backend->pubs().create(m_alice.id, "nosub").pub.id;
    QCOMPARE(send("POST", "/api/v1/pubs/" + other + "/payments", {{"amount", 500}, {"currency", "eur"}}, m_admin).status, 404);
}

void TestBillingSubscribe::offlinePeriodsAreInvoicedAndUnpaidOnesFallDue()
{
    start(BillingConfig::Mode::Offline);
    const QString plan = addPlan("Small", 500, 0);
    const QString pubId = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}}, m_alice).json.value("id").toString();
    const BillingRepository billing(m_backend->database());
    const qint64 firstEnd = billing.findSubscriptionByPub(pubId)->currentPeriodEnd;
    QVERIFY(firstEnd > currentEpochMs() + 27LL * 24 * 3600 * 1000);
    BillingLifecycle &lifecycle = *m_backend->core().billingLifecycle();
    qint64 now = firstEnd - 1000;
    lifecycle.setClock([&now] { return now; });
    lifecycle.checkNow();
    QCOMPARE(billing.findSubscriptionByPub(pubId)->status, QString("active"));

    // The first period ends with its invoice open: past due, the owner told.
    now = firstEnd + 1000;
    lifecycle.checkNow();
    SubscriptionRecord subscription = *billing.findSubscriptionByPub(pubId);
    QCOMPARE(subscription.status, QString("past_due"));
    QVERIFY(subscription.graceUntil > now);
    QCOMPARE(billing.listEvents(pubId, 1).first().kind, QString("billing.period_unpaid"));
    QSqlQuery mail = m_backend->database().exec("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'payment_failed'");
    QVERIFY(mail.next());
    QCOMPARE(mail.value(0).toInt(), 1);
    mail.finish();

    // Paid by hand: active; the next pass starts the next period with its own open invoice.
    QCOMPARE(send("POST", "/api/v1/pubs/" + pubId + "/payments", {{"amount", 500}, {"currency", "eur"}}, m_admin).status, 201);
    now += 1000;
    lifecycle.checkNow();
    subscription = *billing.findSubscriptionByPub(pubId);
    QCOMPARE(subscription.status, QString("active"));
    QVERIFY(subscription.currentPeriodEnd > firstEnd + 27LL * 24 * 3600 * 1000);
    QCOMPARE(billing.listEvents(pubId, 1).first().kind, QString("billing.invoiced"));
    QVERIFY(billing.owes(subscription.id));
    const int invoices = int(billing.listInvoices({}, 100).size());
    lifecycle.checkNow(); // within the new period: nothing more
    QCOMPARE(billing.listInvoices({}, 100).size(), invoices);
    QCOMPARE(billing.findSubscriptionByPub(pubId)->status, QString("active"));
}

void TestBillingSubscribe::paymentsRefusedWithStripeOrOff()
{
    start(BillingConfig::Mode::Stripe);
    const QString pubId = m_backend->pubs().create(m_alice.id, "alicepub").pub.id;
    const TestReply refused = send("POST", "/api/v1/pubs/" + pubId + "/payments", {{"amount", 500}, {"currency", "eur"}}, m_admin);
    QCOMPARE(refused.status, 409);
    cleanup();
    start(BillingConfig::Mode::Off);
    const QString offPub = m_backend->pubs().create(m_alice.id, "alicepub").pub.id;
    QCOMPARE(send("POST", "/api/v1/pubs/" + offPub + "/payments", {{"amount", 500}, {"currency", "eur"}}, m_admin).status, 409);
}

void TestBillingSubscribe::overrides()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    const QString pubId = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice)
                              .json.value("id").toString();
    const QString path = "/api/v1/pubs/" + pubId + "/subscription";
    QCOMPARE(send("PATCH", path, {{"comped", true}}, m_alice).status, 403);
    QCOMPARE(send("PATCH", path, {{"comped", true}}, m_support).status, 403);
    QCOMPARE(send("PATCH", path, {{"comped", "yes"}}, m_admin).status, 400);
    QCOMPARE(send("PATCH", path, {{"status", "active"}}, m_admin).status, 422);
    QCOMPARE(send("PATCH", path, {{"other", 1}}, m_admin).status, 422);
    QCOMPARE(send("PATCH", path, {{"graceUntil", "2099-01-01T00:00:00Z"}}, m_admin).status, 409); // active: no grace
    QCOMPARE(send("PATCH", "/api/v1/pubs/unknown00000/subscription", {{"comped", true}}, m_admin).status, 404);

    SubscriptionRecord subscription = *BillingRepository(m_backend->database()).findSubscriptionByPub(pubId);
    subscription.status = "past_due";
    subscription.graceUntil = currentEpochMs() + 1000;
    BillingRepository(m_backend->database()).updateSubscription(subscription);
    QCOMPARE(send("PATCH", path, {{"graceUntil", "yesterday"}}, m_admin).status, 422);
    QCOMPARE(send("PATCH", path, {{"graceUntil", "2000-01-01T00:00:00Z"}}, m_admin).status, 422);
    TestReply changed = send("PATCH", path, {{"graceUntil", "2099-01-01T00:00:00Z"}}, m_admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value("graceUntil").toString().left(10), QString("2099-01-01"));
    QCOMPARE(changed.json.value("events").toArray().first().toObject().value("kind").toString(), QString("billing.grace_extended"));
    QCOMPARE(changed.json.value("events").toArray().first().toObject().value("detail").toObject().value("byEmail").toString(),
             QString("admin@example.org"));

    changed = send("PATCH", path, {{"comped", true}}, m_admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value("status").toString(), QString("active"));
    QCOMPARE(changed.json.value("comped").toBool(), true);
    QVERIFY(changed.json.value("graceUntil").isNull());
    QTRY_COMPARE(m_provider->paused(), QStringList{subscription.providerSubscriptionId + ":true"}); // never charged
    changed = send("PATCH", path, {{"comped", false}}, m_admin);
    QCOMPARE(changed.json.value("comped").toBool(), false);
    QTRY_COMPARE(m_provider->paused().size(), 2);
    QCOMPARE(m_provider->paused().last(), subscription.providerSubscriptionId + ":false");
    QCOMPARE(changed.json.value("events").toArray().first().toObject().value("kind").toString(), QString("billing.uncomped"));

    changed = send("PATCH", path, {{"status", "canceled"}}, m_admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value("status").toString(), QString("canceled"));
    QCOMPARE(changed.json.value("events").toArray().first().toObject().value("kind").toString(), QString("billing.canceled"));
    QTRY_COMPARE(m_provider->canceled(), QStringList{subscription.providerSubscriptionId});
    QVERIFY(BillingRepository(m_backend->database()).findSubscriptionByPub(pubId)->canceledAt > 0);
}

void TestBillingSubscribe::compedIsNeverSuspended()
{
    start(BillingConfig::Mode::Stripe);
    const QString plan = addPlan("Small", 500, 0);
    const QString pubId = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", plan}, {"paymentToken", "tok_visa"}}, m_alice)
                              .json.value("id").toString();
    QCOMPARE(send("PATCH", "/api/v1/pubs/" + pubId + "/subscription", {{"comped", true}}, m_admin).status, 200);
    // Even if a payment failure slipped in with an ended grace, the check leaves a comped pub alone.
    SubscriptionRecord subscription = *BillingRepository(m_backend->database()).findSubscriptionByPub(pubId);
    subscription.status = "past_due";
    subscription.graceUntil = 1;
    BillingRepository(m_backend->database()).updateSubscription(subscription);
    m_backend->core().billingLifecycle()->checkNow();
    QCOMPARE(BillingRepository(m_backend->database()).findSubscriptionByPub(pubId)->status, QString("past_due"));
    QCOMPARE(PubRepository(m_backend->database()).findById(pubId)->desiredState, PubDesiredState::Running);
}

void TestBillingSubscribe::summary()
{
    start(BillingConfig::Mode::Offline);
    const QString plan = addPlan("Small", 500, 0);
    const QString trial = addPlan("Trial", 500, 30);
    const QString paidPub = send("POST", "/api/v1/pubs", {{"name", "paidpub"}, {"planId", plan}}, m_alice).json.value("id").toString();
    const QString owingPub = send("POST", "/api/v1/pubs", {{"name", "owingpub"}, {"planId", plan}}, m_alice).json.value("id").toString();
    QCOMPARE(send("POST", "/api/v1/pubs", {{"name", "trialpub"}, {"planId", trial}}, m_alice).status, 201);
    QCOMPARE(send("POST", "/api/v1/pubs/" + paidPub + "/payments", {{"amount", 500}, {"currency", "eur"}}, m_admin).status, 201);
    QCOMPARE(send("POST", "/api/v1/pubs/" + paidPub + "/payments", {{"amount", 700}, {"currency", "usd"}}, m_admin).status, 201);
    SubscriptionRecord owing = *BillingRepository(m_backend->database()).findSubscriptionByPub(owingPub);
    owing.status = "past_due";
    owing.graceUntil = currentEpochMs() + 3600000;
    BillingRepository(m_backend->database()).updateSubscription(owing);

    QCOMPARE(send("GET", "/api/v1/billing/summary", {}, m_alice).status, 403);
    QCOMPARE(send("GET", "/api/v1/billing/summary?months=0", {}, m_admin).status, 422);
    QCOMPARE(send("GET", "/api/v1/billing/summary?months=x", {}, m_admin).status, 422);
    const TestReply summary = send("GET", "/api/v1/billing/summary?months=3", {}, m_support);
    QCOMPARE(summary.status, 200);
    const QJsonArray revenue = summary.json.value("revenue").toArray();
    QCOMPARE(revenue.size(), 2); // this month, in two currencies
    qint64 eur = 0;
    for (const QJsonValue &entry : revenue) {
        QCOMPARE(entry.toObject().value("month").toString(), QDateTime::currentDateTimeUtc().toString("yyyy-MM"));
        QCOMPARE(entry.toObject().value("invoices").toInt(), 1);
        if (entry.toObject().value("currency").toString() == "eur")
            eur = entry.toObject().value("amount").toInteger();
    }
    QCOMPARE(eur, 500);
    const QJsonArray pastDue = summary.json.value("pastDue").toArray();
    QCOMPARE(pastDue.size(), 1);
    const QJsonObject entry = pastDue.first().toObject();
    QCOMPARE(entry.value("pubId").toString(), owingPub);
    QCOMPARE(entry.value("pubName").toString(), QString("owingpub"));
    QCOMPARE(entry.value("ownerEmail").toString(), QString("alice@example.org"));
    QCOMPARE(entry.value("planName").toString(), QString("Small"));
    QCOMPARE(entry.value("amountDue").toInteger(), 500); // its open first-period invoice
    QCOMPARE(entry.value("currency").toString(), QString("eur"));
    QVERIFY(!entry.value("graceUntil").isNull());
    const QJsonObject counts = summary.json.value("counts").toObject();
    QCOMPARE(counts.value("active").toInt(), 1);
    QCOMPARE(counts.value("past_due").toInt(), 1);
    QCOMPARE(counts.value("trialing").toInt(), 1);
    QCOMPARE(counts.value("suspended").toInt(), 0);
    QCOMPARE(counts.value("comped").toInt(), 0);
}

void TestBillingSubscribe::billingOffKeepsPubCreationAsItWas()
{
    start(BillingConfig::Mode::Off);
    QCOMPARE(send("GET", "/api/v1/plans", {}, m_alice).json.value("billing").toString(), QString("off"));
    const TestReply created = send("POST", "/api/v1/pubs", {{"name", "alicepub"}, {"planId", "ignored"}}, m_alice);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.json.contains("subscription"));
    QCOMPARE(send("POST", "/api/v1/pubs/" + created.json.value("id").toString() + "/subscription", {{"planId", "x"}}, m_alice).status, 409);
    QVERIFY(m_backend->core().billingLifecycle() == nullptr);
}

QTEST_GUILESS_MAIN(TestBillingSubscribe)
#include "tst_billingsubscribe.moc"
