#include "core/random.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace buttcloud;

// Migration 6 and BillingRepository, on SQLite (and PostgreSQL in scripts/test's second pass).
class TestBillingStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void plansRoundTripCheapestFirst();
    void planNamesAreUnique();
    void customersMapUsersToProviderIds();
    void oneSubscriptionPerPub();
    void subscriptionsFoundByProviderIdAndGrace();
    void replayedProviderEventIsIgnored();
    void invoicesAreDedupedAndListedPerUser();

private:
    PlanRecord plan(const QString &name, qint64 amount) const;
    SubscriptionRecord subscription(const QString &pubId, const QString &planId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BillingRepository> m_billing;
};

void TestBillingStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_testDatabase = std::make_unique<TestDatabase>(m_dir->path());
    m_database = std::make_unique<Database>(m_testDatabase->location());
    m_billing = std::make_unique<BillingRepository>(*m_database);
}

void TestBillingStore::cleanup()
{
    m_billing.reset();
    m_database.reset();
    m_testDatabase.reset();
    m_dir.reset();
}

PlanRecord TestBillingStore::plan(const QString &name, qint64 amount) const
{
    PlanRecord plan;
    plan.id = generateId();
    plan.name = name;
    plan.amount = amount;
    plan.currency = "eur";
    plan.interval = "month";
    plan.memoryBytes = 512LL * 1024 * 1024;
    plan.trialDays = 14;
    plan.createdAt = plan.updatedAt = 1000;
    return plan;
}

SubscriptionRecord TestBillingStore::subscription(const QString &pubId, const QString &planId) const
{
    SubscriptionRecord subscription;
    subscription.id = generateId();
    subscription.pubId = pubId;
    subscription.userId = "user00000001";
    subscription.planId = planId;
    subscription.status = "trialing";
    subscription.createdAt = subscription.updatedAt = 1000;
    return subscription;
}

void TestBillingStore::plansRoundTripCheapestFirst()
{
    PlanRecord large = plan("Large", 1500);
    large.interval = "year";
    m_billing->insertPlan(large);
    PlanRecord small = plan("Small", 500);
    m_billing->insertPlan(small);

    const std::optional<PlanRecord> read = m_billing->findPlan(large.id);
    QVERIFY(read);
    QCOMPARE(read->name, QString("Large"));
    QCOMPARE(read->amount, 1500);
    QCOMPARE(read->currency, QString("eur"));
    QCOMPARE(read->interval, QString("year"));
    QCOMPARE(read->memoryBytes, 512LL * 1024 * 1024);
    QCOMPARE(read->trialDays, 14);
    QVERIFY(read->active);

    QList<PlanRecord> plans = m_billing->listPlans(false);
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(0).id, small.id);

    large.active = false;
    large.providerPlanId = "plan_123";
    large.updatedAt = 2000;
    m_billing->updatePlan(large);
    QCOMPARE(m_billing->listPlans(false).size(), 1);
    plans = m_billing->listPlans(true);
    QCOMPARE(plans.size(), 2);
    QCOMPARE(m_billing->findPlanByName("Large")->providerPlanId, QString("plan_123"));
    QVERIFY(!m_billing->findPlan("nosuchplan00"));
}

void TestBillingStore::planNamesAreUnique()
{
    m_billing->insertPlan(plan("Small", 500));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_billing->insertPlan(plan("Small", 700)));
}

void TestBillingStore::customersMapUsersToProviderIds()
{
    UserRecord user;
    user.id = generateId();
    user.name = "Ada";
    user.email = "ada@example.org";
    user.passwordHash = "x";
    user.createdAt = 1;
    UserRepository(*m_database).insert(user);

    QVERIFY(m_billing->providerCustomerId(user.id).isEmpty());
    m_billing->insertCustomer(user.id, "cus_1");
    QCOMPARE(m_billing->providerCustomerId(user.id), QString("cus_1"));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_billing->insertCustomer(user.id, "cus_2"));
}

void TestBillingStore::oneSubscriptionPerPub()
{
    const PlanRecord small = plan("Small", 500);
    m_billing->insertPlan(small);
    m_billing->insertSubscription(subscription("pub000000001", small.id));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_billing->insertSubscription(subscription("pub000000001", small.id)));
    // A plan that does not exist is refused by the foreign key.
    QVERIFY_THROWS_EXCEPTION(StoreError, m_billing->insertSubscription(subscription("pub000000002", "nosuchplan00")));
}

void TestBillingStore::subscriptionsFoundByProviderIdAndGrace()
{
    const PlanRecord small = plan("Small", 500);
    m_billing->insertPlan(small);
    SubscriptionRecord first = subscription("pub000000001", small.id);
    m_billing->insertSubscription(first);
    SubscriptionRecord second = subscription("pub000000002", small.id);
    m_billing->insertSubscription(second);

    first.status = "past_due";
    first.graceUntil = 5000;
    first.providerSubscriptionId = "sub_1";
    first.providerCustomerId = "cus_1";
    first.currentPeriodEnd = 9000;
    first.updatedAt = 3000;
    m_billing->updateSubscription(first);
    second.status = "past_due";
    second.graceUntil = 8000;
    m_billing->updateSubscription(second);

    const std::optional<SubscriptionRecord> read = m_billing->findSubscriptionByProviderId("sub_1");
    QVERIFY(read);
    QCOMPARE(read->pubId, QString("pub000000001"));
    QCOMPARE(read->status, QString("past_due"));
    QCOMPARE(read->currentPeriodEnd, 9000);
    QCOMPARE(read->providerCustomerId, QString("cus_1"));
    QVERIFY(!m_billing->findSubscriptionByProviderId(""));
    QCOMPARE(m_billing->findSubscriptionByPub("pub000000002")->id, second.id);
    QCOMPARE(m_billing->findSubscription(second.id)->pubId, QString("pub000000002"));

    QCOMPARE(m_billing->listGraceExpired(4999).size(), 0);
    const QList<SubscriptionRecord> expired = m_billing->listGraceExpired(6000);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.at(0).id, first.id);
}

void TestBillingStore::replayedProviderEventIsIgnored()
{
    BillingEventRecord event;
    event.id = generateId();
    event.pubId = "pub000000001";
    event.kind = "invoice.paid";
    event.detail = QJsonObject{{"amount", 500}};
    event.providerEventId = "evt_1";
    event.at = 1000;
    QVERIFY(m_billing->insertEvent(event));
    QVERIFY(m_billing->hasProviderEvent("evt_1"));
    QVERIFY(!m_billing->hasProviderEvent("evt_2"));

    BillingEventRecord replay = event;
    replay.id = generateId();
    replay.at = 2000;
    m_database->transaction([&] { QVERIFY(!m_billing->insertEvent(replay)); });

    // Events the server makes itself have no provider id and are never deduplicated.
    for (int i = 0; i < 2; ++i) {
        BillingEventRecord own = event;
        own.id = generateId();
        own.providerEventId.clear();
        own.kind = "suspended";
        own.at = 3000 + i;
        QVERIFY(m_billing->insertEvent(own));
    }
    const QList<BillingEventRecord> events = m_billing->listEvents("pub000000001", 10);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).at, 3001);
    QCOMPARE(events.at(2).detail.value("amount").toInt(), 500);
    QCOMPARE(m_billing->listEvents("pub000000001", 1).size(), 1);
}

void TestBillingStore::invoicesAreDedupedAndListedPerUser()
{
    InvoiceRecord invoice;
    invoice.id = generateId();
    invoice.userId = "user00000001";
    invoice.amount = 500;
    invoice.currency = "eur";
    invoice.status = "open";
    invoice.method = "stripe";
    invoice.providerInvoiceId = "in_1";
    invoice.at = 1000;
    QVERIFY(m_billing->insertInvoice(invoice));
    InvoiceRecord again = invoice;
    again.id = generateId();
    QVERIFY(!m_billing->insertInvoice(again));

    InvoiceRecord offline = invoice;
    offline.id = generateId();
    offline.userId = "user00000002";
    offline.method = "offline";
    offline.status = "paid";
    offline.providerInvoiceId.clear();
    offline.note = "bank transfer 2026-11-30";
    offline.at = 2000;
    QVERIFY(m_billing->insertInvoice(offline));

    QVERIFY(m_billing->updateInvoiceStatus("in_1", "paid"));
    QVERIFY(!m_billing->updateInvoiceStatus("in_2", "paid"));
    QVERIFY(!m_billing->updateInvoiceStatus("", "paid"));

    const QList<InvoiceRecord> own = m_billing->listInvoices("user00000001", 50);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).status, QString("paid"));
    QCOMPARE(own.at(0).amount, 500);
    const QList<InvoiceRecord> all = m_billing->listInvoices({}, 50);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).note, QString("bank transfer 2026-11-30"));
}

QTEST_GUILESS_MAIN(TestBillingStore)
#include "tst_billingstore.moc"
