// The billing client: money read and written exactly, replies checked against docs/api.md
// ("Billing"), and the payment provider's failures explained.
#include "models/billingmodels.h"
#include "models/billingservice.h"
#include "models/money.h"
#include "models/pubservice.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));

QJsonObject subscriptionJson()
{
    return {{QStringLiteral("id"), QStringLiteral("sub000000001")}, {QStringLiteral("pubId"), QStringLiteral("pub000000001")},
            {QStringLiteral("planId"), QStringLiteral("pln000000001")}, {QStringLiteral("planName"), QStringLiteral("Small")},
            {QStringLiteral("amount"), 500}, {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("interval"), QStringLiteral("month")}, {QStringLiteral("status"), QStringLiteral("past_due")},
            {QStringLiteral("comped"), false}, {QStringLiteral("currentPeriodEnd"), QStringLiteral("2026-12-31T00:00:00Z")},
            {QStringLiteral("graceUntil"), QStringLiteral("2026-12-09T10:00:00Z")},
            {QStringLiteral("payUrl"), QStringLiteral("https://invoice.stripe.com/i/acct_1/inv_1")},
            {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("invoice.payment_failed")},
                                                              {QStringLiteral("at"), QStringLiteral("2026-12-02T10:00:00Z")}}}}};
}
}

class TestBillingService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsMoneyWithTheCurrencysDecimals_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cents") << qint64(500) << QStringLiteral("eur") << QStringLiteral("en_US") << QStringLiteral("5.00 EUR");
        QTest::newRow("grouped") << qint64(123456789) << QStringLiteral("usd") << QStringLiteral("en_US") << QStringLiteral("1,234,567.89 USD");
        QTest::newRow("german") << qint64(123450) << QStringLiteral("eur") << QStringLiteral("de_DE") << QStringLiteral("1.234,50 EUR");
        QTest::newRow("zero decimals") << qint64(500) << QStringLiteral("jpy") << QStringLiteral("en_US") << QStringLiteral("500 JPY");
        QTest::newRow("three decimals") << qint64(1500) << QStringLiteral("kwd") << QStringLiteral("en_US") << QStringLiteral("1.500 KWD");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("eur") << QStringLiteral("en_US") << QStringLiteral("-0.05 EUR");
        // Beyond what a double holds exactly: still every digit.
        QTest::newRow("huge") << qint64(9007199254740993LL) << QStringLiteral("eur") << QStringLiteral("C")
                              << QStringLiteral("90071992547409.93 EUR");
    }

    void formatsMoneyWithTheCurrencysDecimals()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(Money{amount, currency}, QLocale(locale)), expected);
    }

    void parsesMajorUnitsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("12") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(1250);
        QTest::newRow("grouped") << QStringLiteral("1,234.56") << QStringLiteral("usd") << QStringLiteral("en_US") << qint64(123456);
        QTest::newRow("german comma") << QStringLiteral("12,50") << QStringLiteral("eur") << QStringLiteral("de_DE") << qint64(1250);
        QTest::newRow("german dot typed") << QStringLiteral("12.50") << QStringLiteral("eur") << QStringLiteral("de_DE") << qint64(1250);
        QTest::newRow("no float error") << QStringLiteral("0.29") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(29);
        QTest::newRow("yen") << QStringLiteral("500") << QStringLiteral("jpy") << QStringLiteral("en_US") << qint64(500);
        QTest::newRow("dinar") << QStringLiteral("1.5") << QStringLiteral("kwd") << QStringLiteral("en_US") << qint64(1500);
        QTest::newRow("too many decimals") << QStringLiteral("4.999") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("decimals for yen") << QStringLiteral("5.5") << QStringLiteral("jpy") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("empty") << QString() << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("5 euros") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("99999999999999999") << QStringLiteral("eur") << QStringLiteral("en_US") << qint64(-1);
    }

    void parsesMajorUnitsExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = parseMajorUnits(text, currency, QLocale(locale));
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void parsesASubscriptionAndRefusesBrokenOnes()
    {
        const Result<Subscription> parsed = parseSubscription(subscriptionJson(), Server);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const Subscription &subscription = parsed.value();
        QCOMPARE(subscription.status, SubscriptionStatus::PastDue);
        QCOMPARE(subscription.price, (Money{500, QStringLiteral("eur")}));
        QCOMPARE(subscription.graceUntil, QDateTime(QDate(2026, 12, 9), QTime(10, 0), Qt::UTC));
        QCOMPARE(subscription.payUrl, QUrl(QStringLiteral("https://invoice.stripe.com/i/acct_1/inv_1")));
        QCOMPARE(subscription.events.size(), 1);

        QJsonObject nothingOwed = subscriptionJson();
        nothingOwed.insert(QStringLiteral("payUrl"), QJsonValue::Null);
        nothingOwed.insert(QStringLiteral("graceUntil"), QJsonValue::Null);
        QVERIFY(parseSubscription(nothingOwed, Server).ok());
        QVERIFY(parseSubscription(nothingOwed, Server).value().payUrl.isEmpty());

        const auto refused = [](const char *key, const QJsonValue &value) {
            QJsonObject broken = subscriptionJson();
            broken.insert(QLatin1String(key), value);
            return !parseSubscription(broken, Server).ok();
        };
        QVERIFY(refused("status", QStringLiteral("overdue")));
        QVERIFY(refused("graceUntil", QStringLiteral("next tuesday")));
        // Only a web page is opened from a reply: never a file or another program.
        QVERIFY(refused("payUrl", QStringLiteral("file:///etc/passwd")));
        QVERIFY(refused("payUrl", QStringLiteral("javascript:alert(1)")));
        QVERIFY(refused("amount", 4.99)); // money is whole minor units
        QVERIFY(refused("currency", QStringLiteral("euro")));
        QVERIFY(refused("id", QString()));
    }

    void parsesTheSummaryAndPlans()
    {
        const QJsonObject summary{
            {QStringLiteral("revenue"), QJsonArray{QJsonObject{{QStringLiteral("month"), QStringLiteral("2026-11")},
                                                               {QStringLiteral("currency"), QStringLiteral("eur")},
                                                               {QStringLiteral("amount"), 12300}, {QStringLiteral("invoices"), 41}},
                                                   QJsonObject{{QStringLiteral("month"), QStringLiteral("2026-11")},
                                                               {QStringLiteral("currency"), QStringLiteral("usd")},
                                                               {QStringLiteral("amount"), 900}, {QStringLiteral("invoices"), 2}}}},
            {QStringLiteral("pastDue"), QJsonArray{QJsonObject{{QStringLiteral("pubId"), QStringLiteral("pub000000001")},
                                                               {QStringLiteral("pubName"), QStringLiteral("alice")},
                                                               {QStringLiteral("ownerEmail"), QStringLiteral("alice@example.org")},
                                                               {QStringLiteral("status"), QStringLiteral("suspended")},
                                                               {QStringLiteral("graceUntil"), QJsonValue::Null},
                                                               {QStringLiteral("amountDue"), 500},
                                                               {QStringLiteral("currency"), QStringLiteral("eur")}}}},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("active"), 40}, {QStringLiteral("past_due"), 2}}}};
        const Result<BillingSummary> parsed = parseBillingSummary(summary, Server);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.value().revenueCurrencies(), (QStringList{QStringLiteral("eur"), QStringLiteral("usd")}));
        QCOMPARE(parsed.value().pastDue.first().status, SubscriptionStatus::Suspended);
        QCOMPARE(parsed.value().counts.active, 40);
        QCOMPARE(parsed.value().counts.pastDue, 2);
        QJsonObject broken = summary;
        broken.insert(QStringLiteral("revenue"), QJsonArray{QJsonObject{{QStringLiteral("month"), QStringLiteral("November")},
                                                                        {QStringLiteral("currency"), QStringLiteral("eur")},
                                                                        {QStringLiteral("amount"), 1}}});
        QVERIFY(!parseBillingSummary(broken, Server).ok());
        broken = summary;
        broken.remove(QStringLiteral("counts"));
        QVERIFY(!parseBillingSummary(broken, Server).ok());

        // A server from before billing says nothing about it: billing is off there.
        const Result<PlanCatalog> old = parsePlanCatalog(QJsonObject{{QStringLiteral("plans"), QJsonArray{}}}, Server);
        QVERIFY(old.ok());
        QCOMPARE(old.value().mode, BillingMode::Off);
        QVERIFY(!parsePlanCatalog(QJsonObject{{QStringLiteral("billing"), QStringLiteral("bitcoin")},
                                              {QStringLiteral("plans"), QJsonArray{}}}, Server).ok());
    }

    void tablesShowMoneyAndStatusInWords()
    {
        InvoicesModel invoices;
        PastDueModel pastDue;
        PlansModel plans;
        QAbstractItemModelTester invoicesTester(&invoices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pastDueTester(&pastDue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester plansTester(&plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime at(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        invoices.setRows({Invoice{QStringLiteral("inv000000001"), {}, QStringLiteral("pub000000001"), Money{500, QStringLiteral("jpy")},
                                  InvoiceStatus::Failed, QStringLiteral("offline"), QStringLiteral("transfer"), at}});
        invoices.setPubNames({{QStringLiteral("pub000000001"), QStringLiteral("alice")}});
        QCOMPARE(invoices.index(0, InvoicesModel::AmountColumn).data().toString(), QStringLiteral("500 JPY"));
        QCOMPARE(invoices.index(0, InvoicesModel::PubColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(invoices.index(0, InvoicesModel::StatusColumn).data().toString(), QStringLiteral("Payment failed"));
        QCOMPARE(invoices.index(0, InvoicesModel::MethodColumn).data().toString(), QStringLiteral("By hand"));

        PastDueSubscription row;
        row.pubId = QStringLiteral("pub000000001");
        row.pubName = QStringLiteral("alice");
        row.status = SubscriptionStatus::Suspended;
        row.amountDue = Money{1500, QStringLiteral("kwd")};
        pastDue.setRows({row});
        const QModelIndex status = pastDue.index(0, PastDueModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Suspended"));
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), subscriptionStatusColor(SubscriptionStatus::Suspended));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
        QCOMPARE(pastDue.index(0, PastDueModel::AmountDueColumn).data().toString(), QStringLiteral("1.500 KWD"));

        Plan plan{QStringLiteral("pln000000001"), QStringLiteral("Small"), Money{500, QStringLiteral("eur")},
                  QStringLiteral("year"), 0, 14, true};
        plans.setRows({plan});
        QCOMPARE(plans.index(0, PlansModel::PriceColumn).data().toString(), QStringLiteral("5.00 EUR a year"));
        QCOMPARE(planPriceText(plan), QStringLiteral("5.00 EUR a year, the first 14 day(s) free"));
        plan.active = false;
        plans.updatePlan(plan);
        QCOMPARE(plans.rowCount(), 1);
        QCOMPARE(plans.index(0, PlansModel::ActiveColumn).data().toString(), QStringLiteral("Retired"));
    }

    void paymentTokensAreNeverCardNumbers()
    {
        QVERIFY(paymentTokenProblem(QStringLiteral("tok_visa")).isEmpty());
        QVERIFY(paymentTokenProblem(QStringLiteral("pm_1Nabc")).isEmpty());
        QVERIFY(paymentTokenProblem(QStringLiteral("4242 4242 4242 4242")).contains(QStringLiteral("card number")));
        QVERIFY(paymentTokenProblem(QStringLiteral("4242424242424242")).contains(QStringLiteral("card number")));
        QVERIFY(!paymentTokenProblem(QStringLiteral("visa")).isEmpty());
        QVERIFY(!paymentTokenProblem(QString()).isEmpty());
    }

    void subscribingExplainsDeclinesAndOutages()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        client.server.setBillingMode(QStringLiteral("stripe"));
        const QString paid = client.server.addPlan(QStringLiteral("Small"), 500, QStringLiteral("eur"));
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        BillingService service(&client.session);
        const auto subscribe = [&](const QString &token) {
            return test::waitForResult<Subscription>([&](QObject *context, BillingService::Handler<Subscription> handler) {
                service.subscribe(pubId, paid, token, context, handler);
            });
        };

        const Result<Subscription> declined = subscribe(QStringLiteral("tok_chargeDeclined"));
        QVERIFY(declined.error().is(ErrorCode::CardDeclined));
        QCOMPARE(declined.error().httpStatus, 402);
        QCOMPARE(declined.errorMessage(), QStringLiteral("The card was declined: Your card was declined. Nothing was created or charged."));
        QVERIFY(client.server.subscription(pubId).isEmpty());

        client.server.setPaymentUnavailable(true);
        const Result<Subscription> unavailable = subscribe(QStringLiteral("tok_visa"));
        QVERIFY(unavailable.error().is(ErrorCode::PaymentUnavailable));
        QCOMPARE(unavailable.errorMessage(), QStringLiteral("The payment service cannot be reached right now. Please try again later."));

        client.server.setPaymentUnavailable(false);
        const Result<Subscription> subscribed = subscribe(QStringLiteral("tok_visa"));
        QVERIFY2(subscribed.ok(), qPrintable(subscribed.errorMessage()));
        QCOMPARE(subscribed.value().status, SubscriptionStatus::Active);
        QCOMPARE(subscribed.value().planName, QStringLiteral("Small"));
        const Result<Subscription> again = subscribe(QStringLiteral("tok_visa"));
        QVERIFY(again.error().is(ErrorCode::Conflict));
        QCOMPARE(again.errorMessage(), QStringLiteral("This pub already has a subscription."));
    }

    void aPubWithoutSubscriptionIsNotAnError()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        client.server.setBillingMode(QStringLiteral("offline"));
        const QString plan = client.server.addPlan(QStringLiteral("Small"), 500, QStringLiteral("eur"), 14);
        const QString subscribed = client.server.addPub(QStringLiteral("alice"));
        const QString bare = client.server.addPub(QStringLiteral("bob"));
        client.server.setSubscription(subscribed, plan, QStringLiteral("trialing"));
        BillingService service(&client.session);
        SubscriptionsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPubs({{subscribed, QStringLiteral("alice")}, {bare, QStringLiteral("bob")}});
        QTRY_VERIFY(model.isLoaded(subscribed) && model.isLoaded(bare));
        QVERIFY(!model.subscriptionOf(bare));
        QCOMPARE(model.index(1, SubscriptionsModel::PlanColumn).data().toString(), QStringLiteral("No subscription"));
        QCOMPARE(model.index(0, SubscriptionsModel::StatusColumn).data().toString(), QStringLiteral("Free trial"));
        QVERIFY(model.index(0, SubscriptionsModel::StatusColumn).data(Qt::DecorationRole).canConvert<QIcon>());
        QCOMPARE(model.index(0, SubscriptionsModel::PriceColumn).data().toString(), QStringLiteral("5.00 EUR a month"));

        // Creating a pub with billing on sends the plan; without one the server refuses, naming it.
        PubService pubs(&client.session);
        const Result<Pub> refused = test::waitForResult<Pub>([&](QObject *context, PubService::Handler<Pub> handler) {
            pubs.create(QStringLiteral("carol"), context, handler);
        });
        QVERIFY(refused.error().isValidationOf("planId"));
        const Result<Pub> created = test::waitForResult<Pub>([&](QObject *context, PubService::Handler<Pub> handler) {
            pubs.create(QStringLiteral("carol"), PlanChoice{plan, {}}, context, handler);
        });
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(client.server.lastCreatePubBody().value(QStringLiteral("planId")).toString(), plan);
        QVERIFY(!client.server.lastCreatePubBody().contains(QStringLiteral("paymentToken")));
        QCOMPARE(client.server.subscription(created.value().id).value(QStringLiteral("status")).toString(), QStringLiteral("trialing"));
    }

    void adminsOverrideAndRecordPayments()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        client.server.setBillingMode(QStringLiteral("offline"));
        const QString plan = client.server.addPlan(QStringLiteral("Small"), 500, QStringLiteral("eur"));
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        client.server.setSubscription(pubId, plan, QStringLiteral("suspended"));
        BillingService service(&client.session);
        const auto override = [&](const SubscriptionOverride &change) {
            return test::waitForResult<Subscription>([&](QObject *context, BillingService::Handler<Subscription> handler) {
                service.overrideSubscription(pubId, change, context, handler);
            });
        };
        // Grace is only for an overdue subscription: the refusal says so.
        const Result<Subscription> grace = override({QDateTime(QDate(2026, 12, 20), QTime(12, 0), Qt::UTC), {}, false});
        QCOMPARE(grace.errorMessage(), QStringLiteral("Only an overdue subscription's grace period can be extended, and only into the future."));
        QCOMPARE(client.server.lastSubscriptionPatch().value(QStringLiteral("graceUntil")).toString(), QStringLiteral("2026-12-20T12:00:00Z"));

        const Result<Invoice> payment = test::waitForResult<Invoice>([&](QObject *context, BillingService::Handler<Invoice> handler) {
            service.recordPayment(pubId, Money{1250, QStringLiteral("EUR")}, QStringLiteral("bank transfer"), context, handler);
        });
        QVERIFY2(payment.ok(), qPrintable(payment.errorMessage()));
        QCOMPARE(payment.value().status, InvoiceStatus::Paid);
        QCOMPARE(payment.value().amount, (Money{1250, QStringLiteral("eur")}));
        QCOMPARE(client.server.lastPaymentBody().value(QStringLiteral("amount")).toInteger(), 1250);
        QCOMPARE(client.server.lastPaymentBody().value(QStringLiteral("currency")).toString(), QStringLiteral("eur"));
        QCOMPARE(client.server.subscription(pubId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        const Result<Subscription> comped = override({{}, true, false});
        QVERIFY2(comped.ok(), qPrintable(comped.errorMessage()));
        QVERIFY(comped.value().comped);
        const Result<Subscription> canceled = override({{}, {}, true});
        QCOMPARE(canceled.value().status, SubscriptionStatus::Canceled);
        QCOMPARE(client.server.lastSubscriptionPatch(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("canceled")}}));

        client.server.setBillingMode(QStringLiteral("stripe"));
        const Result<Invoice> byHand = test::waitForResult<Invoice>([&](QObject *context, BillingService::Handler<Invoice> handler) {
            service.recordPayment(pubId, Money{500, QStringLiteral("eur")}, {}, context, handler);
        });
        QVERIFY(byHand.error().is(ErrorCode::Conflict));
        QVERIFY(byHand.errorMessage().startsWith(QStringLiteral("A payment can be recorded by hand only when the server bills offline")));
    }
};

QTEST_MAIN(TestBillingService)
#include "tst_billingservice.moc"
