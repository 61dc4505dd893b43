#include "core/random.h"
#include "pubs/pubcontroller.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace buttcloud;

// The plan routes through the real API (billing off, the default): who may list, create and change
// plans, and which bodies are refused. The webhook is absent without --billing stripe.
class TestBillingRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminCreatesCustomerLists();
    void planRefusals_data();
    void planRefusals();
    void patchChangesOnlyWhatMayChange();
    void webhookAbsentWhenBillingIsOff();
    void subscriptionOfAPub();
    void invoicesFollowRoles();

private:
    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const UserRecord &caller);
    QJsonObject smallPlan() const;

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TestHttpClient> m_client;
    UserRecord m_admin;
    UserRecord m_support;
    UserRecord m_customer;
};

void TestBillingRoutes::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_client = std::make_unique<TestHttpClient>();
    m_admin = m_backend->addUser("admin@example.org", Role::Admin);
    m_support = m_backend->addUser("support@example.org", Role::Support);
    m_customer = m_backend->addUser("alice@example.org", Role::Customer);
}

void TestBillingRoutes::cleanup()
{
    m_client.reset();
    m_backend.reset();
}

TestReply TestBillingRoutes::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                  const UserRecord &caller)
{
    return m_client->send(method, m_backend->url(path),
                          body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          m_backend->accessTokenFor(caller));
}

QJsonObject TestBillingRoutes::smallPlan() const
{
    return QJsonObject{{"name", "Small"}, {"amount", 500}, {"currency", "EUR"}, {"interval", "month"},
                       {"memoryBytes", 536870912}, {"trialDays", 14}};
}

void TestBillingRoutes::adminCreatesCustomerLists()
{
    const TestReply created = send("POST", "/api/v1/plans", smallPlan(), m_admin);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("amount").toInteger(), 500);
    QCOMPARE(created.json.value("currency").toString(), QString("eur"));
    QCOMPARE(created.json.value("interval").toString(), QString("month"));
    QCOMPARE(created.json.value("trialDays").toInt(), 14);
    QCOMPARE(created.json.value("active").toBool(), true);
    QCOMPARE(created.json.value("id").toString().size(), 12);

    QJsonObject retired = smallPlan();
    retired.insert("name", "Old");
    retired.insert("active", false);
    QCOMPARE(send("POST", "/api/v1/plans", retired, m_admin).status, 201);

    const TestReply customerList = send("GET", "/api/v1/plans", {}, m_customer);
    QCOMPARE(customerList.status, 200);
    QCOMPARE(customerList.json.value("plans").toArray().size(), 1);
    QCOMPARE(send("GET", "/api/v1/plans", {}, m_support).json.value("plans").toArray().size(), 2);

    QCOMPARE(send("POST", "/api/v1/plans", smallPlan(), m_customer).status, 403);
    QCOMPARE(send("POST", "/api/v1/plans", smallPlan(), m_support).status, 403);
    QCOMPARE(m_client->send("GET", m_backend->url("/api/v1/plans")).status, 401);
    const TestReply taken = send("POST", "/api/v1/plans", smallPlan(), m_admin);
    QCOMPARE(taken.status, 409);
}

void TestBillingRoutes::planRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: removed
    QTest::addColumn<int>("status");
    QTest::newRow("no name") << "name" << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("empty name") << "name" << QJsonValue("") << 422;
    QTest::newRow("no amount") << "amount" << QJsonValue(QJsonValue::Undefined) << 422;
    QTest::newRow("fractional amount") << "amount" << QJsonValue(4.99) << 422;
    QTest::newRow("negative amount") << "amount" << QJsonValue(-1) << 422;
    QTest::newRow("huge amount") << "amount" << QJsonValue(1e12) << 422;
    QTest::newRow("amount as text") << "amount" << QJsonValue("500") << 400;
    QTest::newRow("currency") << "currency" << QJsonValue("eu1") << 422;
    QTest::newRow("interval") << "interval" << QJsonValue("week") << 422;
    QTest::newRow("memory too small") << "memoryBytes" << QJsonValue(1024) << 422;
    QTest::newRow("trial too long") << "trialDays" << QJsonValue(1000) << 422;
    QTest::newRow("active as text") << "active" << QJsonValue("yes") << 400;
}

void TestBillingRoutes::planRefusals()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QJsonObject body = smallPlan();
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const TestReply refused = send("POST", "/api/v1/plans", body, m_admin);
    QCOMPARE(refused.status, status);
    QCOMPARE(send("GET", "/api/v1/plans", {}, m_admin).json.value("plans").toArray().size(), 0);
}

void TestBillingRoutes::patchChangesOnlyWhatMayChange()
{
    const QString id = send("POST", "/api/v1/plans", smallPlan(), m_admin).json.value("id").toString();
    QJsonObject other = smallPlan();
    other.insert("name", "Large");
    QCOMPARE(send("POST", "/api/v1/plans", other, m_admin).status, 201);

    const TestReply changed = send("PATCH", "/api/v1/plans/" + id, QJsonObject{{"active", false}, {"trialDays", 0}}, m_admin);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value("active").toBool(), false);
    QCOMPARE(changed.json.value("trialDays").toInt(), 0);
    QCOMPARE(changed.json.value("amount").toInteger(), 500);

    QCOMPARE(send("PATCH", "/api/v1/plans/" + id, QJsonObject{{"amount", 700}}, m_admin).status, 422);
    QCOMPARE(send("PATCH", "/api/v1/plans/" + id, QJsonObject{{"name", "Large"}}, m_admin).status, 409);
    QCOMPARE(send("PATCH", "/api/v1/plans/" + id, QJsonObject{{"name", "Small again"}}, m_admin).status, 200);
    QCOMPARE(send("PATCH", "/api/v1/plans/nosuchplan00", QJsonObject{{"active", true}}, m_admin).status, 404);
    QCOMPARE(send("PATCH", "/api/v1/plans/" + id, QJsonObject{{"active", true}}, m_support).status, 403);
}

void TestBillingRoutes::webhookAbsentWhenBillingIsOff()
{
    const TestReply reply = m_client->send("POST", m_backend->url("/api/v1/billing/stripe/webhook"), "{}");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QString("not_found"));
}

void TestBillingRoutes::subscriptionOfAPub()
{
    const QString planId = send("POST", "/api/v1/plans", smallPlan(), m_admin).json.value("id").toString();
    const QString pubId = m_backend->pubs().create(m_customer.id, "alicepub").pub.id;
    const QString path = "/api/v1/pubs/" + pubId + "/subscription";
    QCOMPARE(send("GET", path, {}, m_customer).status, 404);

    const BillingRepository billing(m_backend->database());
    SubscriptionRecord subscription;
    subscription.id = generateId();
    subscription.pubId = pubId;
    subscription.userId = m_customer.id;
    subscription.planId = planId;
    subscription.status = "past_due";
    subscription.graceUntil = 1764650000000;
    subscription.createdAt = subscription.updatedAt = 1764640000000;
    billing.insertSubscription(subscription);
    BillingEventRecord event;
    event.id = generateId();
    event.pubId = pubId;
    event.subscriptionId = subscription.id;
    event.kind = "invoice.payment_failed";
    event.detail = QJsonObject{{"status", "past_due"}};
    event.at = 1764640000000;
    billing.insertEvent(event);

    const TestReply own = send("GET", path, {}, m_customer);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json.value("status").toString(), QString("past_due"));
    QCOMPARE(own.json.value("planId").toString(), planId);
    QCOMPARE(own.json.value("graceUntil").toString(), QString("2025-12-02T04:33:20Z"));
    QVERIFY(own.json.value("currentPeriodEnd").isNull());
    QCOMPARE(own.json.value("events").toArray().size(), 1);
    QCOMPARE(own.json.value("events").toArray().at(0).toObject().value("kind").toString(), QString("invoice.payment_failed"));
    QCOMPARE(send("GET", path, {}, m_support).status, 200);

    // Someone else's pub looks missing.
    const UserRecord bob = m_backend->addUser("bob@example.org", Role::Customer);
    QCOMPARE(send("GET", path, {}, bob).status, 404);
}

void TestBillingRoutes::invoicesFollowRoles()
{
    const BillingRepository billing(m_backend->database());
    for (const UserRecord &user : {m_customer, m_admin}) {
        InvoiceRecord invoice;
        invoice.id = generateId();
        invoice.userId = user.id;
        invoice.amount = 500;
        invoice.currency = "eur";
        invoice.status = "paid";
        invoice.method = "offline";
        invoice.note = "bank transfer";
        invoice.at = 1764640000000;
        billing.insertInvoice(invoice);
    }
    const TestReply own = send("GET", "/api/v1/invoices", {}, m_customer);
    QCOMPARE(own.status, 200);
    const QJsonArray invoices = own.json.value("invoices").toArray();
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.at(0).toObject().value("userId").toString(), m_customer.id);
    QCOMPARE(invoices.at(0).toObject().value("amount").toInteger(), 500);
    QCOMPARE(send("GET", "/api/v1/invoices", {}, m_admin).json.value("invoices").toArray().size(), 2);
    QCOMPARE(send("GET", "/api/v1/invoices?limit=1", {}, m_support).json.value("invoices").toArray().size(), 1);
    QCOMPARE(send("GET", "/api/v1/invoices?limit=0", {}, m_admin).status, 422);
}

QTEST_GUILESS_MAIN(TestBillingRoutes)
#include "tst_billingroutes.moc"
