#include "billing/stripesignature.h"
#include "billingfixtures.h"
#include "core/random.h"
#include "serverprocess.h"
#include "store/billingrepository.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace buttcloud;
using namespace buttcloud::test;

// Signed Stripe webhooks posted to a real buttcloudd (--billing stripe) move a subscription it stores;
// forged, stale, replayed and malformed ones answer 400 and change nothing. Without --billing stripe
// the webhook does not exist (404).
class TestBillingWebhook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signedEventsMoveTheSubscription();
    void refusedEventsChangeNothing();
    void webhookIsAbsentWithoutStripe();

private:
    HttpResult postEvent(const QByteArray &body, const QByteArray &signature);
    QByteArray signedAtNow(const QByteArray &body) const;
    QString storedStatus() const;

    QTemporaryDir m_secrets;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Database> m_database; // the server's own SQLite file, opened beside it
    QString m_subscriptionId;
};

namespace {
const QByteArray WebhookSecret = "whsec_integration";

QByteArray stripeEvent(const QString &id, const QString &type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject{{"id", id}, {"object", "event"}, {"type", type}, {"data", QJsonObject{{"object", object}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject invoice(const QString &id)
{
    return QJsonObject{{"id", id}, {"object", "invoice"}, {"customer", "cus_it"}, {"subscription", "sub_it"},
                       {"amount_due", 900}, {"currency", "eur"}, {"status", "open"}, {"created", 1764650000}};
}

}

void TestBillingWebhook::initTestCase()
{
    QVERIFY(m_secrets.isValid());
    const QString keyFile = m_secrets.filePath("stripe-key");
    const QString webhookFile = m_secrets.filePath("stripe-webhook");
    QVERIFY(writePrivateFile(keyFile, "sk_test_integration\n"));
    QVERIFY(writePrivateFile(webhookFile, WebhookSecret + "\n"));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({"--billing", "stripe", "--stripe-secret-key-file", keyFile, "--stripe-webhook-secret-file",
                              webhookFile, "--stripe-api-url", "http://127.0.0.1:9"}),
             qPrintable(m_server->lastError()));

    // A subscription as the subscription route (not written yet) would store it.
    m_database = std::make_unique<Database>(QDir(m_server->dataDir()).filePath("buttcloud.sqlite"));
    const PlanRecord plan = insertTestPlan(*m_database, "Integration");
    m_subscriptionId = insertTestSubscription(*m_database, generateId(), generateId(), plan.id, "active", "sub_it").id;
}

void TestBillingWebhook::cleanupTestCase()
{
    m_database.reset();
    m_server.reset();
}

HttpResult TestBillingWebhook::postEvent(const QByteArray &body, const QByteArray &signature)
{
    return m_server->request("POST", "/api/v1/billing/stripe/webhook", {}, body, {{"Stripe-Signature", signature}});
}

QByteArray TestBillingWebhook::signedAtNow(const QByteArray &body) const
{
    return stripeSignatureHeader(body, WebhookSecret, QDateTime::currentSecsSinceEpoch());
}

QString TestBillingWebhook::storedStatus() const
{
    return BillingRepository(*m_database).findSubscription(m_subscriptionId)->status;
}

void TestBillingWebhook::signedEventsMoveTheSubscription()
{
    const QByteArray failed = stripeEvent("evt_it_1", "invoice.payment_failed", invoice("in_it_1"));
    HttpResult result = postEvent(failed, signedAtNow(failed));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.value("duplicate").toBool(), false);
    QCOMPARE(storedStatus(), QString("past_due"));

    const QByteArray paid = stripeEvent("evt_it_2", "invoice.paid", invoice("in_it_1"));
    QCOMPARE(postEvent(paid, signedAtNow(paid)).status, 200);
    QCOMPARE(storedStatus(), QString("active"));

    // Delivered again (a replay within the tolerance): accepted, and nothing moves.
    result = postEvent(failed, signedAtNow(failed));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.value("duplicate").toBool(), true);
    QCOMPARE(storedStatus(), QString("active"));
    QCOMPARE(BillingRepository(*m_database).listInvoices({}, 10).size(), 1);
}

void TestBillingWebhook::refusedEventsChangeNothing()
{
    const QByteArray failed = stripeEvent("evt_it_9", "invoice.payment_failed", invoice("in_it_9"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QPair<QByteArray, QByteArray>> refused{
        {failed, stripeSignatureHeader(failed, "whsec_forged", now)},
        {failed, stripeSignatureHeader(failed, WebhookSecret, now - 3600)},
        {failed, "t=abc,v1=00"},
        {failed, {}},
        {"{not json", stripeSignatureHeader("{not json", WebhookSecret, now)},
    };
    for (const auto &[body, signature] : refused) {
        const HttpResult result = postEvent(body, signature);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QString("bad_request"));
    }
    QCOMPARE(storedStatus(), QString("active"));
    QVERIFY(!BillingRepository(*m_database).hasProviderEvent("evt_it_9"));
}

void TestBillingWebhook::webhookIsAbsentWithoutStripe()
{
    ServerProcess plain;
    QVERIFY2(plain.start(), qPrintable(plain.lastError()));
    const QByteArray body = stripeEvent("evt_it_3", "invoice.paid", invoice("in_it_3"));
    const HttpResult result = plain.request("POST", "/api/v1/billing/stripe/webhook", {}, body, {{"Stripe-Signature", signedAtNow(body)}});
    QCOMPARE(result.status, 404);
}

QTEST_GUILESS_MAIN(TestBillingWebhook)
#include "tst_billingwebhook.moc"
