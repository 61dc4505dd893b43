#include "billing/stripesignature.h"
#include "billing/stripewebhook.h"
#include "billingfixtures.h"
#include "core/random.h"
#include "http/apierror.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace buttcloud;
using namespace std::chrono_literals;

// Signed Stripe events move a subscription; forged, stale, replayed and malformed ones change nothing.
class TestStripeWebhook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void paymentFailedThenPaid();
    void subscriptionUpdatesAndDeletion();
    void replayedEventChangesNothing();
    void refusedRequestsChangeNothing_data();
    void refusedRequestsChangeNothing();
    void unknownSubscriptionAndTypeAreRecordedOnly();
    void statusMapping_data();
    void statusMapping();

private:
    StripeWebhook::Outcome post(const QByteArray &body, qint64 signedAtSeconds = 0) const;
    QByteArray event(const QString &id, const QString &type, const QJsonObject &object) const;
    SubscriptionRecord stored() const;
    int eventCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StripeWebhook> m_webhook;
    qint64 m_now = 1764650000000;
    QString m_subscriptionId;
};

namespace {
const QByteArray Secret = "whsec_test";

QJsonObject subscriptionObject(const QString &status)
{
    return QJsonObject{{"id", "sub_1"}, {"object", "subscription"}, {"customer", "cus_1"}, {"status", status},
                       {"current_period_end", 1767250000}, {"plan", QJsonObject{{"id", "plan_1"}}}};
}

QJsonObject invoiceObject(const QString &id, const QString &status)
{
    return QJsonObject{{"id", id}, {"object", "invoice"}, {"customer", "cus_1"}, {"subscription", "sub_1"},
                       {"amount_due", 500}, {"currency", "eur"}, {"status", status}, {"created", 1764650000}};
}
}

void TestStripeWebhook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_testDatabase = std::make_unique<TestDatabase>(m_dir->path());
    m_database = std::make_unique<Database>(m_testDatabase->location());
    m_webhook = std::make_unique<StripeWebhook>(*m_database, Secret, 72h);
    m_webhook->setClock([this] { return m_now; });

    const PlanRecord plan = insertTestPlan(*m_database, "Small");
    m_subscriptionId = insertTestSubscription(*m_database, "pub000000001", "user00000001", plan.id, "active", "sub_1").id;
}

void TestStripeWebhook::cleanup()
{
    m_webhook.reset();
    m_database.reset();
    m_testDatabase.reset();
    m_dir.reset();
}

StripeWebhook::Outcome TestStripeWebhook::post(const QByteArray &body, qint64 signedAtSeconds) const
{
    const qint64 at = signedAtSeconds ? signedAtSeconds : m_now / 1000;
    return m_webhook->handle(stripeSignatureHeader(body, Secret, at), body);
}

QByteArray TestStripeWebhook::event(const QString &id, const QString &type, const QJsonObject &object) const
{
    return QJsonDocument(QJsonObject{{"id", id}, {"object", "event"}, {"type", type},
                                     {"data", QJsonObject{{"object", object}}}})
        .toJson(QJsonDocument::Compact);
}

SubscriptionRecord TestStripeWebhook::stored() const
{
    return *BillingRepository(*m_database).findSubscription(m_subscriptionId);
}

int TestStripeWebhook::eventCount() const
{
    QSqlQuery count = m_database->exec("SELECT COUNT(*) FROM billing_events");
    return count.next() ? count.value(0).toInt() : -1;
}

void TestStripeWebhook::paymentFailedThenPaid()
{
    QCOMPARE(post(event("evt_1", "invoice.payment_failed", invoiceObject("in_1", "open"))), StripeWebhook::Outcome::Applied);
    SubscriptionRecord subscription = stored();
    QCOMPARE(subscription.status, QString("past_due"));
    QCOMPARE(subscription.graceUntil, m_now + 72 * 3600 * 1000);

    // A second failure later does not move the end of the grace period.
    m_now += 3600 * 1000;
    QCOMPARE(post(event("evt_2", "invoice.payment_failed", invoiceObject("in_1", "open"))), StripeWebhook::Outcome::Applied);
    QCOMPARE(stored().graceUntil, subscription.graceUntil);

    m_now += 1000;
    QCOMPARE(post(event("evt_3", "invoice.paid", invoiceObject("in_1", "paid"))), StripeWebhook::Outcome::Applied);
    subscription = stored();
    QCOMPARE(subscription.status, QString("active"));
    QCOMPARE(subscription.graceUntil, 0);

    const QList<InvoiceRecord> invoices = BillingRepository(*m_database).listInvoices("user00000001", 10);
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.at(0).status, QString("paid"));
    QCOMPARE(invoices.at(0).amount, 500);
    QCOMPARE(invoices.at(0).pubId, QString("pub000000001"));
    const QList<BillingEventRecord> timeline = BillingRepository(*m_database).listEvents("pub000000001", 10);
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.at(0).kind, QString("invoice.paid"));
}

void TestStripeWebhook::subscriptionUpdatesAndDeletion()
{
    QCOMPARE(post(event("evt_1", "customer.subscription.updated", subscriptionObject("past_due"))),
             StripeWebhook::Outcome::Applied);
    QCOMPARE(stored().status, QString("past_due"));
    QCOMPARE(stored().currentPeriodEnd, 1767250000000LL);
    QCOMPARE(post(event("evt_2", "customer.subscription.updated", subscriptionObject("active"))),
             StripeWebhook::Outcome::Applied);
    QCOMPARE(stored().status, QString("active"));
    QCOMPARE(stored().graceUntil, 0);
    QCOMPARE(post(event("evt_3", "customer.subscription.deleted", subscriptionObject("active"))),
             StripeWebhook::Outcome::Applied);
    QCOMPARE(stored().status, QString("canceled"));
}

void TestStripeWebhook::replayedEventChangesNothing()
{
    const QByteArray failed = event("evt_1", "invoice.payment_failed", invoiceObject("in_1", "open"));
    QCOMPARE(post(failed), StripeWebhook::Outcome::Applied);
    QCOMPARE(post(event("evt_2", "invoice.paid", invoiceObject("in_1", "paid"))), StripeWebhook::Outcome::Applied);
    // The same failure delivered again (Stripe retries, or someone replays a captured request).
    QCOMPARE(post(failed), StripeWebhook::Outcome::Duplicate);
    QCOMPARE(stored().status, QString("active"));
    QCOMPARE(eventCount(), 2);
}

void TestStripeWebhook::refusedRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    const QByteArray body = event("evt_9", "invoice.payment_failed", invoiceObject("in_9", "open"));
    const qint64 now = m_now / 1000;
    QTest::newRow("forged") << stripeSignatureHeader(body, "whsec_other", now) << body;
    QTest::newRow("body changed") << stripeSignatureHeader(body, Secret, now) << QByteArray(body).replace("500", "5");
    QTest::newRow("stale") << stripeSignatureHeader(body, Secret, now - 301) << body;
    QTest::newRow("no signature") << QByteArray() << body;
    QTest::newRow("malformed signature") << QByteArray("t=x,v1=zz") << body;
    const QByteArray notJson = "{not json";
    QTest::newRow("not json") << stripeSignatureHeader(notJson, Secret, now) << notJson;
    const QByteArray noId = QJsonDocument(QJsonObject{{"type", "invoice.paid"}}).toJson();
    QTest::newRow("no id") << stripeSignatureHeader(noId, Secret, now) << noId;
    const QByteArray badInvoice = event("evt_8", "invoice.payment_failed", QJsonObject{{"id", "in_8"}, {"object", "invoice"}});
    QTest::newRow("invoice without fields") << stripeSignatureHeader(badInvoice, Secret, now) << badInvoice;
    const QByteArray badSubscription = event("evt_7", "customer.subscription.updated", QJsonObject{{"id", "sub_1"}});
    QTest::newRow("subscription without fields") << stripeSignatureHeader(badSubscription, Secret, now) << badSubscription;
}

void TestStripeWebhook::refusedRequestsChangeNothing()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    try {
        m_webhook->handle(header, body);
        QFAIL("accepted");
    } catch (const ApiError &error) {
        QCOMPARE(error.code(), "bad_request");
    }
    QCOMPARE(stored().status, QString("active"));
    QCOMPARE(eventCount(), 0);
    QVERIFY(BillingRepository(*m_database).listInvoices({}, 10).isEmpty());
}

void TestStripeWebhook::unknownSubscriptionAndTypeAreRecordedOnly()
{
    QJsonObject other = invoiceObject("in_5", "paid");
    other.insert("subscription", "sub_other");
    QCOMPARE(post(event("evt_1", "invoice.paid", other)), StripeWebhook::Outcome::Ignored);
    QCOMPARE(post(event("evt_2", "charge.refunded", QJsonObject{{"id", "ch_1"}})), StripeWebhook::Outcome::Ignored);
    QCOMPARE(post(event("evt_2", "charge.refunded", QJsonObject{{"id", "ch_1"}})), StripeWebhook::Outcome::Duplicate);
    QCOMPARE(eventCount(), 2);
    QCOMPARE(stored().status, QString("active"));
}

void TestStripeWebhook::statusMapping_data()
{
    QTest::addColumn<QString>("stripe");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expected");
    QTest::newRow("active") << "active" << "trialing" << "active";
    QTest::newRow("trialing") << "trialing" << "trialing" << "trialing";
    QTest::newRow("unpaid") << "unpaid" << "active" << "past_due";
    QTest::newRow("incomplete") << "incomplete" << "active" << "past_due";
    QTest::newRow("expired") << "incomplete_expired" << "past_due" << "canceled";
    QTest::newRow("suspended stays while unpaid") << "past_due" << "suspended" << "suspended";
    QTest::newRow("suspended paid") << "active" << "suspended" << "active";
}

void TestStripeWebhook::statusMapping()
{
    QFETCH(QString, stripe);
    QFETCH(QString, current);
    QFETCH(QString, expected);
    QCOMPARE(subscriptionStatusFromStripe(stripe, current), expected);
}

QTEST_GUILESS_MAIN(TestStripeWebhook)
#include "tst_stripewebhook.moc"
