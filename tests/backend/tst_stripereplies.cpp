#include "billing/stripereplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace buttcloud;

// Stripe's replies as the server reads them: typed values from well-formed JSON, a BadReply failure
// from anything else, and Stripe's errors as the failures the routes map (no network here).
class TestStripeReplies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formBodyEncodesEverything();
    void customerIds();
    void plan();
    void subscription();
    void subscriptionRefusals_data();
    void subscriptionRefusals();
    void invoiceList();
    void invoiceRefusals_data();
    void invoiceRefusals();
    void failures_data();
    void failures();
    void replyObject();
};

namespace {
QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

template<typename T>
BillingFailure::Kind failureKind(const BillingResult<T> &result)
{
    const BillingFailure *failure = std::get_if<BillingFailure>(&result);
    return failure ? failure->kind : BillingFailure::Kind(-1);
}

// The reply with the data row's field set to its value, or removed when the value is Undefined.
QJsonObject withFetchedField(QJsonObject reply)
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    if (value.isUndefined())
        reply.remove(field);
    else
        reply.insert(field, value);
    return reply;
}

const QByteArray Subscription = R"({"id":"sub_1","object":"subscription","customer":"cus_1","status":"trialing",
    "current_period_end":1764650000,"plan":{"id":"plan_1","object":"plan"}})";
const QByteArray Invoice = R"({"id":"in_1","object":"invoice","customer":"cus_1","subscription":"sub_1",
    "amount_due":500,"currency":"EUR","status":"paid","created":1764650000})";
}

void TestStripeReplies::formBodyEncodesEverything()
{
    QCOMPARE(stripeFormBody({{"email", "a+b@example.org"}, {"items[0][plan]", "plan_1"}, {"name", "A & B=C"}}),
             QByteArray("email=a%2Bb%40example.org&items%5B0%5D%5Bplan%5D=plan_1&name=A%20%26%20B%3DC"));
    QCOMPARE(stripeFormBody({}), QByteArray());
}

void TestStripeReplies::customerIds()
{
    QCOMPARE(std::get<QString>(stripeObjectId(json(R"({"id":"cus_9","object":"customer"})"), "customer", "cus_")),
             QString("cus_9"));
    QCOMPARE(failureKind(stripeObjectId(json(R"({"id":"cus_9","object":"card"})"), "customer", "cus_")),
             BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeObjectId(json(R"({"id":"sub_9","object":"customer"})"), "customer", "cus_")),
             BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeObjectId(json(R"({"id":"cus_","object":"customer"})"), "customer", "cus_")),
             BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeObjectId(json(R"({"id":"cus_9\n","object":"customer"})"), "customer", "cus_")),
             BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeObjectId(json(R"({"id":7,"object":"customer"})"), "customer", "cus_")),
             BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeObjectId({}, "customer", "cus_")), BillingFailure::Kind::BadReply);
}

void TestStripeReplies::plan()
{
    const BillingResult<ProviderPlanIds> plan = parseStripePlan(json(R"({"id":"plan_1","object":"plan","product":"prod_1"})"));
    QCOMPARE(std::get<ProviderPlanIds>(plan).planId, QString("plan_1"));
    QCOMPARE(std::get<ProviderPlanIds>(plan).productId, QString("prod_1"));
    // An expanded product carries its id inside.
    QCOMPARE(std::get<ProviderPlanIds>(parseStripePlan(json(R"({"id":"plan_1","object":"plan","product":{"id":"prod_2"}})")))
                 .productId,
             QString("prod_2"));
    QCOMPARE(failureKind(parseStripePlan(json(R"({"id":"plan_1","object":"plan"})"))), BillingFailure::Kind::BadReply);
}

void TestStripeReplies::subscription()
{
    const ProviderSubscription subscription = std::get<ProviderSubscription>(parseStripeSubscription(json(Subscription)));
    QCOMPARE(subscription.id, QString("sub_1"));
    QCOMPARE(subscription.customerId, QString("cus_1"));
    QCOMPARE(subscription.status, QString("trialing"));
    QCOMPARE(subscription.currentPeriodEnd, 1764650000000LL);
    QCOMPARE(subscription.planId, QString("plan_1"));

    // The plan of the first item when there is none at the top.
    QJsonObject itemsOnly = json(Subscription);
    itemsOnly.remove("plan");
    itemsOnly.insert("items", json(R"({"object":"list","data":[{"plan":{"id":"plan_7"}}]})"));
    QCOMPARE(std::get<ProviderSubscription>(parseStripeSubscription(itemsOnly)).planId, QString("plan_7"));
}

void TestStripeReplies::subscriptionRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is removed
    QTest::newRow("no customer") << "customer" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("customer of the wrong kind") << "customer" << QJsonValue("sub_1");
    QTest::newRow("no status") << "status" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("status not a word") << "status" << QJsonValue("Active!");
    QTest::newRow("period end a string") << "current_period_end" << QJsonValue("1764650000");
    QTest::newRow("period end a fraction") << "current_period_end" << QJsonValue(1.5);
    QTest::newRow("period end negative") << "current_period_end" << QJsonValue(-1);
    QTest::newRow("no plan") << "plan" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("wrong object") << "object" << QJsonValue("customer");
}

void TestStripeReplies::subscriptionRefusals()
{
    QCOMPARE(failureKind(parseStripeSubscription(withFetchedField(json(Subscription)))), BillingFailure::Kind::BadReply);
}

void TestStripeReplies::invoiceList()
{
    QJsonObject oneOff = json(Invoice);
    oneOff.insert("id", "in_2");
    oneOff.insert("subscription", QJsonValue::Null);
    const QJsonObject list{{"object", "list"}, {"has_more", false}, {"data", QJsonArray{json(Invoice), oneOff}}};
    const QList<ProviderInvoice> invoices = std::get<QList<ProviderInvoice>>(parseStripeInvoiceList(list));
    QCOMPARE(invoices.size(), 2);
    QCOMPARE(invoices.at(0).amount, 500);
    QCOMPARE(invoices.at(0).currency, QString("eur"));
    QCOMPARE(invoices.at(0).status, QString("paid"));
    QCOMPARE(invoices.at(0).subscriptionId, QString("sub_1"));
    QCOMPARE(invoices.at(0).createdAt, 1764650000000LL);
    QVERIFY(invoices.at(1).subscriptionId.isEmpty());

    QVERIFY(std::get<QList<ProviderInvoice>>(parseStripeInvoiceList(json(R"({"object":"list","data":[]})"))).isEmpty());
    QCOMPARE(failureKind(parseStripeInvoiceList(json(R"({"object":"list"})"))), BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(parseStripeInvoiceList(json(R"({"object":"invoice","data":[]})"))), BillingFailure::Kind::BadReply);
    // One bad entry spoils the list: no partial history.
    const QJsonObject spoilt{{"object", "list"}, {"data", QJsonArray{json(Invoice), QJsonObject{{"object", "invoice"}}}}};
    QCOMPARE(failureKind(parseStripeInvoiceList(spoilt)), BillingFailure::Kind::BadReply);
}

void TestStripeReplies::invoiceRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("amount a fraction") << "amount_due" << QJsonValue(4.99);
    QTest::newRow("amount a string") << "amount_due" << QJsonValue("500");
    QTest::newRow("amount missing") << "amount_due" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("currency not a code") << "currency" << QJsonValue("euro");
    QTest::newRow("no created") << "created" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("subscription of the wrong kind") << "subscription" << QJsonValue("cus_1");
    QTest::newRow("no customer") << "customer" << QJsonValue(QJsonValue::Undefined);
}

void TestStripeReplies::invoiceRefusals()
{
    QCOMPARE(failureKind(parseStripeInvoice(withFetchedField(json(Invoice)))), BillingFailure::Kind::BadReply);
}

void TestStripeReplies::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BillingFailure::Kind>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::newRow("declined") << 402
                              << QByteArray(R"({"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}})")
                              << BillingFailure::Kind::CardDeclined << "card_declined";
    QTest::newRow("card error on 400") << 400 << QByteArray(R"({"error":{"type":"card_error","code":"expired_card"}})")
                                       << BillingFailure::Kind::CardDeclined << "expired_card";
    QTest::newRow("missing resource") << 404
                                      << QByteArray(R"({"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such customer"}})")
                                      << BillingFailure::Kind::InvalidRequest << "resource_missing";
    QTest::newRow("bad key") << 401 << QByteArray(R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****2"}})")
                             << BillingFailure::Kind::Unauthorized << "";
    QTest::newRow("rate limited") << 429 << QByteArray() << BillingFailure::Kind::Unavailable << "";
    QTest::newRow("outage") << 503 << QByteArray("<html>") << BillingFailure::Kind::Unavailable << "";
    QTest::newRow("no answer") << 0 << QByteArray() << BillingFailure::Kind::Unavailable << "";
    QTest::newRow("400 without error") << 400 << QByteArray("{}") << BillingFailure::Kind::BadReply << "";
}

void TestStripeReplies::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(BillingFailure::Kind, kind);
    QFETCH(QString, providerCode);
    const BillingFailure failure = stripeFailure(status, body);
    QCOMPARE(failure.kind, kind);
    QCOMPARE(failure.providerCode, providerCode);
    QVERIFY(!failure.message.isEmpty());
    QVERIFY(!failure.message.contains("sk_test"));
}

void TestStripeReplies::replyObject()
{
    QCOMPARE(std::get<QJsonObject>(stripeReplyObject(200, R"({"id":"cus_1"})")).value("id").toString(), QString("cus_1"));
    QCOMPARE(failureKind(stripeReplyObject(200, "[1]")), BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeReplyObject(200, "{")), BillingFailure::Kind::BadReply);
    QCOMPARE(failureKind(stripeReplyObject(402, R"({"error":{"type":"card_error"}})")), BillingFailure::Kind::CardDeclined);
}

QTEST_GUILESS_MAIN(TestStripeReplies)
#include "tst_stripereplies.moc"
