#include "billing/stripeclient.h"
#include "core/random.h"
#include "stripemock.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace buttcloud;
using namespace buttcloud::test;

// StripeClient against a real Stripe emulator (stripe-stateful-mock) on loopback: customers, cards,
// plans, subscriptions, invoices, a declined card, and a repeated idempotency key.
class TestStripeClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customerCardPlanSubscriptionInvoices();
    void declinedCardIsACardDeclinedFailure();
    void repeatedIdempotencyKeyGivesTheSameCustomer();
    void unreachableProviderIsUnavailable();

private:
    template<typename T>
    static BillingResult<T> wait(const std::function<void(BillingCallback<T>)> &call);
    template<typename T>
    static T value(const BillingResult<T> &result);

    StripeMock m_mock;
    std::unique_ptr<StripeClient> m_client;
};

template<typename T>
BillingResult<T> TestStripeClient::wait(const std::function<void(BillingCallback<T>)> &call)
{
    std::optional<BillingResult<T>> result;
    call([&result](BillingResult<T> answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return BillingFailure{BillingFailure::Kind::Unavailable, QStringLiteral("no answer within 30 s"), {}};
    return *result;
}

template<typename T>
T TestStripeClient::value(const BillingResult<T> &result)
{
    if (const BillingFailure *failure = std::get_if<BillingFailure>(&result))
        qWarning() << "failure" << int(failure->kind) << failure->providerCode << failure->message;
    return std::get<T>(result);
}

void TestStripeClient::initTestCase()
{
    QVERIFY2(m_mock.start(), qPrintable(m_mock.lastError()));
    m_client = std::make_unique<StripeClient>(QUrl(m_mock.url()), QStringLiteral("sk_test_buttcloud"));
}

void TestStripeClient::customerCardPlanSubscriptionInvoices()
{
    const auto customer = wait<QString>([this](auto done) {
        m_client->createCustomer("ada@example.org", "user00000001", generateId(), done);
    });
    QVERIFY(std::holds_alternative<QString>(customer));
    const QString customerId = value(customer);
    QVERIFY(customerId.startsWith("cus_"));

    const auto card = wait<QString>([&](auto done) { m_client->attachSource(customerId, "tok_visa", generateId(), done); });
    QVERIFY(std::holds_alternative<QString>(card));
    QVERIFY(value(card).startsWith("card_"));

    const auto plan = wait<ProviderPlanIds>([this](auto done) {
        m_client->createPlan("Small pub", 500, "eur", "month", generateId(), done);
    });
    QVERIFY(std::holds_alternative<ProviderPlanIds>(plan));
    const ProviderPlanIds planIds = value(plan);
    QVERIFY(planIds.productId.startsWith("prod_"));
    QVERIFY(!planIds.planId.isEmpty());

    const auto subscription = wait<ProviderSubscription>([&](auto done) {
        m_client->createSubscription(customerId, planIds.planId, 0, "pub000000001", generateId(), done);
    });
    QVERIFY(std::holds_alternative<ProviderSubscription>(subscription));
    const ProviderSubscription created = value(subscription);
    QVERIFY(created.id.startsWith("sub_"));
    QCOMPARE(created.customerId, customerId);
    QCOMPARE(created.planId, planIds.planId);
    QCOMPARE(created.status, QString("active"));
    QVERIFY(created.currentPeriodEnd > 0);

    // stripe-stateful-mock 0.0.16 has no /v1/invoices (invoice replies are checked in tst_stripereplies):
    // its 404 must come back as a failure the routes can map, not as an empty history.
    const auto invoices = wait<QList<ProviderInvoice>>([&](auto done) { m_client->listInvoices(customerId, done); });
    QVERIFY(std::holds_alternative<BillingFailure>(invoices));
    QCOMPARE(std::get<BillingFailure>(invoices).kind, BillingFailure::Kind::InvalidRequest);
}

void TestStripeClient::declinedCardIsACardDeclinedFailure()
{
    const QString customerId = value(wait<QString>([this](auto done) {
        m_client->createCustomer("bob@example.org", "user00000002", generateId(), done);
    }));
    const auto card = wait<QString>([&](auto done) {
        m_client->attachSource(customerId, "tok_chargeDeclined", generateId(), done);
    });
    QVERIFY(std::holds_alternative<BillingFailure>(card));
    const BillingFailure failure = std::get<BillingFailure>(card);
    QCOMPARE(failure.kind, BillingFailure::Kind::CardDeclined);
    QCOMPARE(failure.providerCode, QString("card_declined"));
    QVERIFY(!failure.message.isEmpty());
}

void TestStripeClient::repeatedIdempotencyKeyGivesTheSameCustomer()
{
    const QString key = generateId();
    const QString first = value(wait<QString>([&](auto done) { m_client->createCustomer("c@example.org", "u1", key, done); }));
    const QString again = value(wait<QString>([&](auto done) { m_client->createCustomer("c@example.org", "u1", key, done); }));
    QCOMPARE(again, first);
}

void TestStripeClient::unreachableProviderIsUnavailable()
{
    // A port nothing listens on (the mock's port + 0 is taken; bind and free one instead).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    StripeClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("sk_test_x"));
    const auto customer = wait<QString>([&](auto done) { client.createCustomer("d@example.org", "u2", generateId(), done); });
    QVERIFY(std::holds_alternative<BillingFailure>(customer));
    QCOMPARE(std::get<BillingFailure>(customer).kind, BillingFailure::Kind::Unavailable);
}

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripeclient.moc"
