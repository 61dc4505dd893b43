// Billing end to end: a real buttcloudd (--billing stripe) against stripe-stateful-mock on loopback,
// driving real pubs in the swarm. Subscribing with tok_visa, a declined card, the emulator gone and
// back, and the whole payment lifecycle of a running pub: payment failed -> past_due (mail queued) ->
// grace over -> suspended (service at 0 replicas, volume kept) -> paid -> up again, same identity;
// and a canceled subscription's pub backed up, removed with its volume, and restored from its backup.
#include "billing/stripesignature.h"
#include "billingfixtures.h"
#include "serverprocess.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "stripemock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
const QByteArray WebhookSecret = "whsec_live_billing";
const QString AdminPassword = QStringLiteral("correct horse battery staple");
constexpr int UpTimeoutMs = 120000;
// Seconds, not days: the test waits for the grace to pass.
const QString Grace = QStringLiteral("3s");
const QString CheckInterval = QStringLiteral("500ms");
const QString CancelRemoval = QStringLiteral("2s");


}

class TestBillingLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void subscribeWithACard();
    void declinedCardCreatesNothing();
    void lifecycleOfARealPub();
    void canceledPubRemovedAfterItsBackup();
    // Last: the restarted emulator has forgotten the customers and plans made before.
    void providerDownThenBack();

private:
    QString addPlan(const QString &name, qint64 amount);
    HttpResult createPub(const QString &token, const QString &name, const QString &plan, const QString &paymentToken);
    QJsonObject waitForPub(const QString &id, const QString &status);
    QString waitForSubscription(const QString &pubId, const QString &status);
    HttpResult postEvent(const QByteArray &body);
    int pubCount();
    int subscriptionCount();
    // A COUNT(*) query on the server's database. The query ends here: a statement left open would
    // keep this connection reading an old snapshot.
    int countRows(const QString &sql);
    int serviceReplicas(const QString &pubId);

    QTemporaryDir m_secrets;
    StripeMock m_stripe;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Database> m_database; // the server's SQLite file, read beside it
    QString m_adminToken;
    QString m_customerToken;
    QString m_plan;
};

void TestBillingLive::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    QVERIFY2(m_stripe.start(), qPrintable(m_stripe.lastError()));
    QVERIFY(m_secrets.isValid());
    const QStringList stripe = stripeServerArguments(m_secrets.path(), WebhookSecret, m_stripe.url());
    QVERIFY(!stripe.isEmpty());
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(stripe + QStringList{"--billing-grace", Grace, "--billing-check-interval", CheckInterval,
                                                  "--billing-cancel-removal", CancelRemoval, "--observe-interval", "500ms"}),
             qPrintable(m_server->lastError()));
    m_adminToken = m_server->createUserAndSignIn("admin@example.org", "admin", AdminPassword);
    m_customerToken = m_server->createUserAndSignIn("alice@example.org", "customer", AdminPassword);
    QVERIFY2(!m_adminToken.isEmpty() && !m_customerToken.isEmpty(), qPrintable(m_server->output()));
    m_database = std::make_unique<Database>(QDir(m_server->dataDir()).filePath("buttcloud.sqlite"));
    m_plan = addPlan("Small", 500);
    QVERIFY(!m_plan.isEmpty());
}

void TestBillingLive::cleanupTestCase()
{
    m_database.reset();
    if (m_server) {
        m_server->stop();
        DockerCli::removeEverythingLabelled(m_server->runLabel());
    }
    m_server.reset();
}

QString TestBillingLive::addPlan(const QString &name, qint64 amount)
{
    const HttpResult created = m_server->requestJson("POST", "/api/v1/plans", m_adminToken,
                                                     QJsonObject{{"name", name}, {"amount", amount}, {"currency", "eur"},
                                                                 {"interval", "month"}});
    if (created.status != 201)
        qWarning("plan not created: %d %s", created.status, created.raw.constData());
    return created.body.value("id").toString();
}

HttpResult TestBillingLive::createPub(const QString &token, const QString &name, const QString &plan, const QString &paymentToken)
{
    return m_server->requestJson("POST", "/api/v1/pubs", token,
                                 QJsonObject{{"name", name}, {"planId", plan}, {"paymentToken", paymentToken}});
}

QJsonObject TestBillingLive::waitForPub(const QString &id, const QString &status)
{
    QJsonObject pub;
    QDeadlineTimer deadline(UpTimeoutMs);
    while (!deadline.hasExpired()) {
        pub = m_server->request("GET", "/api/v1/pubs/" + id, m_adminToken).body;
        if (pub.value("status").toString() == status)
            return pub;
        QTest::qWait(500);
    }
    qWarning("pub %s never reached %s; last seen: %s\nserver output:\n%s", qPrintable(id), qPrintable(status),
             QJsonDocument(pub).toJson().constData(), qPrintable(m_server->output().right(4000)));
    return {};
}

QString TestBillingLive::waitForSubscription(const QString &pubId, const QString &status)
{
    QString seen;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        seen = m_server->request("GET", "/api/v1/pubs/" + pubId + "/subscription", m_adminToken).body.value("status").toString();
        if (seen == status)
            return seen;
        QTest::qWait(250);
    }
    return seen;
}

HttpResult TestBillingLive::postEvent(const QByteArray &body)
{
    return m_server->request("POST", "/api/v1/billing/stripe/webhook", {}, body,
                             {{"Stripe-Signature", stripeSignatureHeader(body, WebhookSecret, QDateTime::currentSecsSinceEpoch())}});
}

int TestBillingLive::pubCount()
{
    return m_server->request("GET", "/api/v1/pubs", m_adminToken).body.value("pubs").toArray().size();
}

int TestBillingLive::countRows(const QString &sql)
{
    QSqlQuery query = m_database->exec(sql);
    const int count = query.next() ? query.value(0).toInt() : -1;
    query.finish();
    return count;
}

int TestBillingLive::subscriptionCount()
{
    return countRows("SELECT COUNT(*) FROM subscriptions");
}

int TestBillingLive::serviceReplicas(const QString &pubId)
{
    int exitCode = -1;
    const QJsonArray inspected = QJsonDocument::fromJson(DockerCli::run({"service", "inspect", "buttcloud-pub-" + pubId}, &exitCode)).array();
    if (exitCode != 0)
        return -1;
    return inspected.at(0).toObject().value("Spec").toObject().value("Mode").toObject().value("Replicated").toObject()
        .value("Replicas").toInt(-1);
}

void TestBillingLive::subscribeWithACard()
{
    const HttpResult created = createPub(m_customerToken, "paidpub", m_plan, "tok_visa");
    QVERIFY2(created.status == 201, created.raw.constData());
    const QJsonObject subscription = created.body.value("subscription").toObject();
    QVERIFY(subscription.value("status").toString() == "active" || subscription.value("status").toString() == "trialing");
    const std::optional<SubscriptionRecord> stored = BillingRepository(*m_database).findSubscriptionByPub(created.body.value("id").toString());
    QVERIFY(stored);
    QVERIFY(stored->providerSubscriptionId.startsWith("sub_"));
    QVERIFY(stored->providerCustomerId.startsWith("cus_"));
    QVERIFY(BillingRepository(*m_database).findPlan(m_plan)->providerPlanId.size() > 0);
    // The customer's own invoices are listed; the webhook makes them, the mock sends none.
    QCOMPARE(m_server->request("GET", "/api/v1/invoices", m_customerToken).status, 200);
}

void TestBillingLive::declinedCardCreatesNothing()
{
    const int pubsBefore = pubCount();
    const int subscriptionsBefore = subscriptionCount();
    const HttpResult declined = createPub(m_customerToken, "declinedpub", m_plan, "tok_chargeDeclined");
    QCOMPARE(declined.status, 402);
    QCOMPARE(declined.errorCode(), QString("card_declined"));
    QVERIFY(!declined.body.value("error").toObject().value("message").toString().isEmpty());
    QCOMPARE(pubCount(), pubsBefore);
    QCOMPARE(subscriptionCount(), subscriptionsBefore);
}

void TestBillingLive::providerDownThenBack()
{
    const quint16 port = m_stripe.port();
    m_stripe.kill();
    const int pubsBefore = pubCount();
    const int subscriptionsBefore = subscriptionCount();
    const HttpResult down = createPub(m_customerToken, "downpub", m_plan, "tok_visa");
    QCOMPARE(down.status, 503);
    QCOMPARE(down.errorCode(), QString("payment_unavailable"));
    QCOMPARE(pubCount(), pubsBefore);
    QCOMPARE(subscriptionCount(), subscriptionsBefore);

    // Back on the same port. The emulator forgot everything it had (a real Stripe would not): a new
    // customer on a new plan, which the server makes at the provider on first use.
    QVERIFY2(m_stripe.start(port), qPrintable(m_stripe.lastError()));
    const QString bobToken = m_server->createUserAndSignIn("bob@example.org", "customer", AdminPassword);
    const QString plan = addPlan("Medium", 900);
    const HttpResult back = createPub(bobToken, "backpub", plan, "tok_visa");
    QVERIFY2(back.status == 201, back.raw.constData());
    QCOMPARE(back.body.value("subscription").toObject().value("status").toString(), QString("active"));
}

void TestBillingLive::lifecycleOfARealPub()
{
    const QString image = qEnvironmentVariable("BUTTCLOUD_PUB_IMAGE");
    QVERIFY2(!image.isEmpty(), "BUTTCLOUD_PUB_IMAGE is not set (CTest sets it)");
    const HttpResult created = createPub(m_customerToken, "lifecyclepub", m_plan, "tok_visa");
    QVERIFY2(created.status == 201, created.raw.constData());
    const QString pubId = created.body.value("id").toString();
    QVERIFY(!waitForPub(pubId, "up").isEmpty());
    const QString feedId = DockerCli::pubFeedId(pubId);
    QVERIFY2(!feedId.isEmpty(), "ssb-server whoami never answered with a feed id");

    const SubscriptionRecord stored = *BillingRepository(*m_database).findSubscriptionByPub(pubId);
    const auto invoice = [&stored](const QString &id) {
        return QJsonObject{{"id", id}, {"object", "invoice"}, {"customer", stored.providerCustomerId},
                           {"subscription", stored.providerSubscriptionId}, {"amount_due", 500}, {"currency", "eur"},
                           {"status", "open"}, {"created", QDateTime::currentSecsSinceEpoch()},
                           {"hosted_invoice_url", "https://invoice.stripe.example/i/in_live_1"}};
    };

    // Payment failed: past due, the owner mailed, a pay link to follow; the pub keeps running.
    QCOMPARE(postEvent(stripeEventBody("evt_live_1", "invoice.payment_failed", invoice("in_live_1"))).status, 200);
    const HttpResult pastDue = m_server->request("GET", "/api/v1/pubs/" + pubId + "/subscription", m_customerToken);
    QCOMPARE(pastDue.body.value("status").toString(), QString("past_due"));
    QCOMPARE(pastDue.body.value("payUrl").toString(), QString("https://invoice.stripe.example/i/in_live_1"));
    QVERIFY(!pastDue.body.value("graceUntil").isNull());
    QCOMPARE(countRows("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'payment_failed' AND recipient LIKE 'alice@%'"), 1);

    // The grace passes: suspended, the service at 0 replicas, the volume still there.
    QCOMPARE(waitForSubscription(pubId, "suspended"), QString("suspended"));
    QVERIFY(!waitForPub(pubId, "down").isEmpty());
    QCOMPARE(serviceReplicas(pubId), 0);
    int exitCode = -1;
    DockerCli::run({"volume", "inspect", QStringLiteral("buttcloud-pub-%1-data").arg(pubId)}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(countRows("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'pub_suspended' AND recipient LIKE 'alice@%'"), 1);

    // Paid: active again, the pub up again with the same identity from its volume.
    QCOMPARE(postEvent(stripeEventBody("evt_live_2", "invoice.paid", invoice("in_live_1"))).status, 200);
    QCOMPARE(waitForSubscription(pubId, "active"), QString("active"));
    QVERIFY(!waitForPub(pubId, "up").isEmpty());
    QCOMPARE(serviceReplicas(pubId), 1);
    QCOMPARE(DockerCli::pubFeedId(pubId), feedId);
    const QJsonObject paid = m_server->request("GET", "/api/v1/pubs/" + pubId + "/subscription", m_customerToken).body;
    QVERIFY(paid.value("payUrl").isNull());
    QStringList kinds;
    for (const QJsonValue &event : paid.value("events").toArray())
        kinds.prepend(event.toObject().value("kind").toString());
    QCOMPARE(kinds, (QStringList{"billing.subscribed", "invoice.payment_failed", "billing.suspended", "invoice.paid", "billing.resumed"}));
}

void TestBillingLive::canceledPubRemovedAfterItsBackup()
{
    const HttpResult created = createPub(m_customerToken, "canceledpub", m_plan, "tok_visa");
    QVERIFY2(created.status == 201, created.raw.constData());
    const QString pubId = created.body.value("id").toString();
    QVERIFY(!waitForPub(pubId, "up").isEmpty());
    const QString feedId = DockerCli::pubFeedId(pubId);
    QVERIFY2(!feedId.isEmpty(), "ssb-server whoami never answered with a feed id");

    // Canceled by an admin; the removal period passes: backed up, then removed with its volume.
    const HttpResult canceled = m_server->requestJson("PATCH", "/api/v1/pubs/" + pubId + "/subscription", m_adminToken,
                                                      QJsonObject{{"status", "canceled"}});
    QVERIFY2(canceled.status == 200, canceled.raw.constData());
    QDeadlineTimer deadline(UpTimeoutMs);
    while (!deadline.hasExpired() && m_server->request("GET", "/api/v1/pubs/" + pubId, m_adminToken).status != 404)
        QTest::qWait(500);
    QVERIFY2(m_server->request("GET", "/api/v1/pubs/" + pubId, m_adminToken).status == 404,
             qPrintable(m_server->output().right(4000)));
    int exitCode = 0;
    DockerCli::run({"volume", "inspect", QStringLiteral("buttcloud-pub-%1-data").arg(pubId)}, &exitCode);
    QVERIFY2(exitCode != 0, "the removed pub's volume is still there");
    QCOMPARE(countRows("SELECT COUNT(*) FROM billing_events WHERE pub_id = '" + pubId + "' AND kind = 'billing.backed_up'"), 1);

    // The backup: listed for staff, downloaded by an admin (and kept), private on the disk.
    const HttpResult listed = m_server->request("GET", "/api/v1/backups?pubId=" + pubId, m_adminToken);
    QCOMPARE(listed.status, 200);
    const QJsonArray backups = listed.body.value("backups").toArray();
    QCOMPARE(backups.size(), 1);
    const QJsonObject backup = backups.first().toObject();
    QCOMPARE(backup.value("feedId").toString(), feedId);
    QCOMPARE(backup.value("pubName").toString(), QString("canceledpub"));
    QCOMPARE(backup.value("reason").toString(), QString("billing.canceled"));
    const QString download = "/api/v1/backups/" + backup.value("id").toString();
    QCOMPARE(m_server->request("GET", download, m_customerToken).status, 403);
    const HttpResult archive = m_server->request("GET", download, m_adminToken);
    QCOMPARE(archive.status, 200);
    QVERIFY(archive.raw.startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "));
    QCOMPARE(archive.raw.size(), backup.value("bytes").toInteger());
    QCOMPARE(m_server->request("GET", download, m_adminToken).status, 200);
    const QDir backupDir(QDir(m_server->dataDir()).filePath("backups"));
    QCOMPARE(QFile::permissions(backupDir.path()) & QFileDevice::Permissions(0x0077), QFileDevice::Permissions());
    for (const QFileInfo &file : backupDir.entryInfoList(QDir::Files))
        QCOMPARE(file.permissions() & QFileDevice::Permissions(0x0077), QFileDevice::Permissions());
    QVERIFY(!m_server->output().contains("\"private\""));

    // Restoring is an import of the archive: the same feed comes back.
    const HttpResult imported = m_server->request("POST", "/api/v1/pubs/import?name=restoredpub", m_customerToken, archive.raw);
    QVERIFY2(imported.status == 202, imported.raw.constData());
    const QString restoredId = imported.body.value("id").toString();
    QVERIFY(!waitForPub(restoredId, "up").isEmpty());
    QCOMPARE(DockerCli::pubFeedId(restoredId), feedId);
}

QTEST_GUILESS_MAIN(TestBillingLive)
#include "tst_billinglive.moc"
