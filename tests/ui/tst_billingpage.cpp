// The Billing page through the real main window, offscreen, driven by object names: customers
// (status, pay, subscribe, a declined card), the plan chooser of a new pub, operators (revenue,
// who is overdue, overrides) and support staff (the same without controls).
#include "models/billingmodels.h"
#include "models/pubsmodel.h"
#include "screenshot.h"
#include "signedinclient.h"
#include "ui/billingdialogs.h"
#include "ui/billingpage.h"
#include "ui/createpubdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "widgetlookup.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace buttcloud;

namespace {
using test::child;
using test::typeInto;

// One row selected, as a person clicking it would.
bool selectRowWith(QTableView *table, int column, const QString &text)
{
    return test::selectRowWith(table, column, text, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString cell(QTableView *table, int column, const QString &firstColumnText)
{
    const QModelIndexList matches =
        table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, firstColumnText, 1, Qt::MatchExactly);
    return matches.isEmpty() ? QString() : matches.first().siblingAtColumn(column).data().toString();
}
}

// Stands in for the browser: records what the page asked to open.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestBillingPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl"); }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_browser.opened.clear();
        m_window.reset();
        m_client.reset();
    }

    void billingOffShowsNoPageAndNoPlans()
    {
        QVERIFY(open(Role::Customer, QStringLiteral("off")));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QTest::qWait(200); // the plans answer is in by now; nothing may appear
        QVERIFY(!tabs->isTabVisible(MainWindow::BillingTab));
        QVERIFY(!child<QAction>(m_window.get(), "showBillingAction")->isVisible());
        QVERIFY(!tabs->tabBar()->isVisible());
        child<QAction>(m_window.get(), "newPubAction")->trigger();
        CreatePubDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CreatePubDialog *>()) && dialog->isVisible());
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("planComboBox")));
        typeInto(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("plain"));
        child<QPushButton>(dialog, "createButton")->click();
        QTRY_VERIFY(!m_window->findChild<CreatePubDialog *>());
        QVERIFY(!m_client->server.lastCreatePubBody().contains(QStringLiteral("planId")));
    }

    void customerSeesStatusAndPaysOnStripesPage()
    {
        QVERIFY(open(Role::Customer, QStringLiteral("stripe")));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QTRY_VERIFY(tabs->isTabVisible(MainWindow::BillingTab));
        QVERIFY(tabs->tabBar()->isVisible());
        QVERIFY(!tabs->isTabVisible(MainWindow::HubsTab));
        child<QAction>(m_window.get(), "showBillingAction")->trigger();
        QCOMPARE(tabs->currentIndex(), int(MainWindow::BillingTab));
        auto *page = m_window->findChild<BillingPage *>();
        auto *table = child<QTableView>(page, "billingSubscriptionsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTRY_COMPARE(cell(table, SubscriptionsModel::StatusColumn, QStringLiteral("garden")), QStringLiteral("Payment overdue"));
        // Each pub's subscription is its own request: alice's may answer after garden's.
        QTRY_COMPARE(cell(table, SubscriptionsModel::StatusColumn, QStringLiteral("alice")), QStringLiteral("Paid up"));
        QCOMPARE(cell(table, SubscriptionsModel::PriceColumn, QStringLiteral("alice")), QStringLiteral("15.00 EUR a month"));
        QTRY_COMPARE(cell(table, SubscriptionsModel::PlanColumn, QStringLiteral("harbour")), QStringLiteral("No subscription"));
        auto *invoices = child<QTableView>(page, "billingInvoicesTableView");
        QTRY_COMPARE(invoices->model()->rowCount(), 2);
        QCOMPARE(invoices->model()->index(0, InvoicesModel::StatusColumn).data().toString(), QStringLiteral("Payment failed"));
        QCOMPARE(invoices->model()->index(0, InvoicesModel::PubColumn).data().toString(), QStringLiteral("garden"));

        auto *pay = child<QPushButton>(page, "billingPayButton");
        auto *subscribe = child<QPushButton>(page, "billingSubscribeButton");
        QVERIFY(selectRowWith(table, SubscriptionsModel::PubColumn, QStringLiteral("alice")));
        QVERIFY(!pay->isVisible()); // nothing owed
        QVERIFY(!subscribe->isEnabled());
        QVERIFY(selectRowWith(table, SubscriptionsModel::PubColumn, QStringLiteral("garden")));
        QVERIFY(pay->isVisible());
        QVERIFY(child<QLabel>(page, "billingStatusLabel")->text().startsWith(QStringLiteral("Payment overdue: A payment failed.")));
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("billing-customer.png"), dir);
        pay->click();
        QCOMPARE(m_browser.opened, (QList<QUrl>{QUrl(QStringLiteral("https://invoice.stripe.com/i/acct_fake/inv_") + m_garden)}));

        // Signing out forgets it all: the next user of this window sees nothing of it.
        child<QAction>(m_window.get(), "signOutAction")->trigger();
        QTRY_VERIFY(!tabs->isTabVisible(MainWindow::BillingTab));
        QCOMPARE(invoices->model()->rowCount(), 0);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void customerSubscribesAfterADeclinedCard()
    {
        BillingPage *page = openBillingPage(Role::Customer, QStringLiteral("stripe"));
        QVERIFY(page);
        auto *table = child<QTableView>(page, "billingSubscriptionsTableView");
        QTRY_COMPARE(cell(table, SubscriptionsModel::PlanColumn, QStringLiteral("harbour")), QStringLiteral("No subscription"));
        QVERIFY(selectRowWith(table, SubscriptionsModel::PubColumn, QStringLiteral("harbour")));
        auto *subscribe = child<QPushButton>(page, "billingSubscribeButton");
        QVERIFY(subscribe->isEnabled());
        subscribe->click();
        SubscribeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<SubscribeDialog *>()) && dialog->isVisible());
        auto *plans = child<QComboBox>(dialog, "planComboBox");
        auto *token = child<QLineEdit>(dialog, "paymentTokenLineEdit");
        auto *ok = child<QPushButton>(dialog, "subscribeButton");
        QCOMPARE(plans->count(), 2); // the retired plan is not offered
        plans->setCurrentIndex(plans->findData(m_smallPlan));
        QVERIFY(!token->isVisible()); // a trial needs no payment yet
        QVERIFY(ok->isEnabled());
        plans->setCurrentIndex(plans->findData(m_largePlan));
        QVERIFY(token->isVisible());
        QVERIFY(child<QLabel>(dialog, "planExplanationLabel")->text().contains(QStringLiteral("never sees your card number")));
        QVERIFY(!ok->isEnabled());
        typeInto(token, QStringLiteral("4242 4242 4242 4242"));
        auto *tokenProblem = child<QLabel>(dialog, "paymentTokenProblemLabel");
        QVERIFY(tokenProblem->isVisible());
        QVERIFY(tokenProblem->text().contains(QStringLiteral("card number")));
        QVERIFY(!ok->isEnabled());
        QTemporaryDir dir;
        test::grabAndSave(dialog, QStringLiteral("billing-subscribe.png"), dir);

        typeInto(token, QStringLiteral("tok_chargeDeclined"));
        QVERIFY(ok->isEnabled());
        ok->click();
        auto *error = child<QLabel>(dialog, "billingDialogErrorLabel");
        QTRY_COMPARE(error->text(), QStringLiteral("The card was declined: Your card was declined. Nothing was created or charged."));
        QVERIFY(dialog->isVisible());
        QVERIFY(m_client->server.subscription(m_harbour).isEmpty());

        m_client->server.setPaymentUnavailable(true);
        typeInto(token, QStringLiteral("tok_visa"));
        ok->click();
        QTRY_COMPARE(error->text(), QStringLiteral("The payment service cannot be reached right now. Please try again later."));
        m_client->server.setPaymentUnavailable(false);
        ok->click();
        QTRY_VERIFY(!page->findChild<SubscribeDialog *>());
        QTRY_COMPARE(cell(table, SubscriptionsModel::StatusColumn, QStringLiteral("harbour")), QStringLiteral("Paid up"));
        QVERIFY(!subscribe->isEnabled());
    }

    void newPubsChooseAPlan()
    {
        QVERIFY(open(Role::Customer, QStringLiteral("offline")));
        QTRY_VERIFY(child<QAction>(m_window.get(), "showBillingAction")->isVisible());
        child<QAction>(m_window.get(), "newPubAction")->trigger();
        CreatePubDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CreatePubDialog *>()) && dialog->isVisible());
        auto *plans = child<QComboBox>(dialog, "planComboBox");
        QVERIFY(plans && plans->isVisible());
        plans->setCurrentIndex(plans->findData(m_largePlan));
        QVERIFY(child<QLabel>(dialog, "planExplanationLabel")->text().contains(QStringLiteral("invoice")));
        QVERIFY(!child<QLineEdit>(dialog, "paymentTokenLineEdit")->isVisible()); // offline: no Stripe
        typeInto(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("meadow"));
        child<QPushButton>(dialog, "createButton")->click();
        QTRY_VERIFY(!m_window->findChild<CreatePubDialog *>());
        QCOMPARE(m_client->server.lastCreatePubBody().value(QStringLiteral("planId")).toString(), m_largePlan);
    }

    void operatorSeesRevenueAndOverrides()
    {
        BillingPage *page = openBillingPage(Role::Admin, QStringLiteral("offline"));
        QVERIFY(page);
        auto *pastDue = child<QTableView>(page, "billingPastDueTableView");
        QTRY_COMPARE(pastDue->model()->rowCount(), 2);
        QCOMPARE(cell(pastDue, PastDueModel::OwnerColumn, QStringLiteral("garden")), QStringLiteral("garden@example.org"));
        QCOMPARE(cell(pastDue, PastDueModel::AmountDueColumn, QStringLiteral("garden")), QStringLiteral("15.00 EUR"));
        QTRY_VERIFY(page->findChild<QChartView *>(QStringLiteral("billingRevenueChart_eur")));
        QVERIFY(page->findChild<QChartView *>(QStringLiteral("billingRevenueChart_usd")));
        QCOMPARE(child<QTableView>(page, "billingRevenueTableView")->model()->rowCount(), 4);
        QVERIFY(child<QLabel>(page, "billingCountsLabel")->text().startsWith(QStringLiteral("0 in trial · 1 paid up · 1 overdue · 1 suspended")));
        for (const char *name : {"billingExtendGraceButton", "billingCompButton", "billingCancelSubscriptionButton", "billingRecordPaymentButton"})
            QVERIFY2(child<QPushButton>(page, name)->isVisible(), name);

        // Comp an overdue pub: confirmed, sent, shown.
        QVERIFY(selectRowWith(pastDue, PastDueModel::PubColumn, QStringLiteral("garden")));
        auto *comp = child<QPushButton>(page, "billingCompButton");
        auto *summary = child<QLabel>(page, "billingSubscriptionLabel");
        QTRY_VERIFY(comp->isEnabled());
        QVERIFY(child<QPushButton>(page, "billingExtendGraceButton")->isEnabled());
        QVERIFY(summary->text().startsWith(QStringLiteral("Large, Payment overdue")));
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("billing-operator.png"), dir);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        comp->click();
        QTRY_VERIFY(summary->text().contains(QStringLiteral("free of charge")));
        QCOMPARE(m_client->server.lastSubscriptionPatch(), (QJsonObject{{QStringLiteral("comped"), true}}));
        QCOMPARE(comp->text(), QStringLiteral("Un&comp…"));
        QTRY_COMPARE(pastDue->model()->rowCount(), 1); // the summary was read again

        // Record a payment by hand for the suspended one: typed in euros, sent in cents.
        QVERIFY(selectRowWith(pastDue, PastDueModel::PubColumn, QStringLiteral("harbour")));
        auto *record = child<QPushButton>(page, "billingRecordPaymentButton");
        QTRY_VERIFY(record->isEnabled() && summary->text().startsWith(QStringLiteral("Large, Suspended")));
        record->click();
        RecordPaymentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<RecordPaymentDialog *>()) && dialog->isVisible());
        auto *amount = child<QLineEdit>(dialog, "paymentAmountLineEdit");
        auto *ok = child<QPushButton>(dialog, "recordPaymentButton");
        QCOMPARE(amount->text(), QStringLiteral("15.00")); // the amount due
        typeInto(amount, QStringLiteral("12.345"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "billingDialogErrorLabel")->text().contains(QStringLiteral("at most 2 decimal")));
        typeInto(amount, QStringLiteral("12.5"));
        typeInto(child<QLineEdit>(dialog, "paymentNoteLineEdit"), QStringLiteral("bank transfer"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!page->findChild<RecordPaymentDialog *>());
        QCOMPARE(m_client->server.lastPaymentBody(),
                 (QJsonObject{{QStringLiteral("amount"), 1250}, {QStringLiteral("currency"), QStringLiteral("eur")},
                              {QStringLiteral("note"), QStringLiteral("bank transfer")}}));
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("Large, Paid up")));
        QTRY_COMPARE(pastDue->model()->rowCount(), 0);
    }

    void overrideRefusalsAreExplained()
    {
        BillingPage *page = openBillingPage(Role::Admin, QStringLiteral("stripe"));
        QVERIFY(page);
        auto *pastDue = child<QTableView>(page, "billingPastDueTableView");
        QTRY_COMPARE(pastDue->model()->rowCount(), 2);
        // Stripe takes the payments on this server: recording one by hand is not offered.
        QVERIFY(selectRowWith(pastDue, PastDueModel::PubColumn, QStringLiteral("garden")));
        auto *grace = child<QPushButton>(page, "billingExtendGraceButton");
        QTRY_VERIFY(grace->isEnabled());
        QVERIFY(!child<QPushButton>(page, "billingRecordPaymentButton")->isEnabled());
        // The subscription moved on meanwhile (paid elsewhere): the server refuses, the dialog says why.
        m_client->server.setSubscription(m_garden, m_largePlan, QStringLiteral("active"));
        grace->click();
        ExtendGraceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ExtendGraceDialog *>()) && dialog->isVisible());
        child<QPushButton>(dialog, "extendGraceButton")->click();
        QTRY_COMPARE(child<QLabel>(dialog, "billingDialogErrorLabel")->text(),
                     QStringLiteral("Only an overdue subscription's grace period can be extended, and only into the future."));
        QVERIFY(m_client->server.lastSubscriptionPatch().contains(QStringLiteral("graceUntil")));
        dialog->reject();
    }

    void supportSeesBillingWithoutControls()
    {
        BillingPage *page = openBillingPage(Role::Support, QStringLiteral("offline"));
        QVERIFY(page);
        auto *pastDue = child<QTableView>(page, "billingPastDueTableView");
        QTRY_COMPARE(pastDue->model()->rowCount(), 2);
        QVERIFY(selectRowWith(pastDue, PastDueModel::PubColumn, QStringLiteral("garden")));
        QTRY_VERIFY(child<QLabel>(page, "billingSubscriptionLabel")->text().startsWith(QStringLiteral("Large")));
        for (const char *name : {"billingExtendGraceButton", "billingCompButton", "billingCancelSubscriptionButton",
                                 "billingRecordPaymentButton", "billingNewPlanButton", "billingRetirePlanButton"})
            QVERIFY2(!child<QPushButton>(page, name)->isVisible(), name);
        QCOMPARE(child<QTableView>(page, "billingPlansTableView")->model()->rowCount(), 3); // retired ones too
    }

    void adminsCreateAndRetirePlans()
    {
        BillingPage *page = openBillingPage(Role::Admin, QStringLiteral("offline"));
        QVERIFY(page);
        child<QTabWidget>(page, "billingOperatorTabWidget")->setCurrentIndex(1);
        auto *plans = child<QTableView>(page, "billingPlansTableView");
        QTRY_COMPARE(plans->model()->rowCount(), 3);
        child<QPushButton>(page, "billingNewPlanButton")->click();
        NewPlanDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<NewPlanDialog *>()) && dialog->isVisible());
        auto *create = child<QPushButton>(dialog, "createPlanButton");
        typeInto(child<QLineEdit>(dialog, "planNameLineEdit"), QStringLiteral("Small"));
        typeInto(child<QLineEdit>(dialog, "planPriceLineEdit"), QStringLiteral("4.999"));
        QVERIFY(!create->isEnabled()); // never rounded
        typeInto(child<QLineEdit>(dialog, "planPriceLineEdit"), QStringLiteral("9.90"));
        create->click();
        QTRY_COMPARE(child<QLabel>(dialog, "billingDialogErrorLabel")->text(), QStringLiteral("A plan with that name exists already."));
        typeInto(child<QLineEdit>(dialog, "planNameLineEdit"), QStringLiteral("Medium"));
        create->click();
        QTRY_VERIFY(!page->findChild<NewPlanDialog *>());
        QTRY_COMPARE(plans->model()->rowCount(), 4);
        QCOMPARE(cell(plans, PlansModel::PriceColumn, QStringLiteral("Medium")), QStringLiteral("9.90 EUR a month"));

        QVERIFY(selectRowWith(plans, PlansModel::NameColumn, QStringLiteral("Medium")));
        auto *retire = child<QPushButton>(page, "billingRetirePlanButton");
        retire->click();
        QTRY_COMPARE(cell(plans, PlansModel::ActiveColumn, QStringLiteral("Medium")), QStringLiteral("Retired"));
        QCOMPARE(retire->text(), QStringLiteral("Offer &Again"));
    }

private:
    // A signed-in client of this role on a server billing this way, with three pubs (alice paid
    // up, garden past due, harbour suspended for operators or without a subscription for
    // customers), some invoices and revenue, and the main window.
    bool open(Role role, const QString &billing)
    {
        m_client = std::make_unique<test::SignedInClient>(role);
        if (!m_client->signIn())
            return false;
        test::FakeApiServer &server = m_client->server;
        server.setBillingMode(billing);
        m_smallPlan = server.addPlan(QStringLiteral("Small"), 500, QStringLiteral("eur"), 14);
        m_largePlan = server.addPlan(QStringLiteral("Large"), 1500, QStringLiteral("eur"));
        server.addPlan(QStringLiteral("Legacy"), 300, QStringLiteral("eur"), 0, false);
        const QString alice = server.addPub(QStringLiteral("alice"));
        m_garden = server.addPub(QStringLiteral("garden"));
        m_harbour = server.addPub(QStringLiteral("harbour"), PubStatus::Down);
        server.setSubscription(alice, m_largePlan, QStringLiteral("active"));
        server.setSubscription(m_garden, m_largePlan, QStringLiteral("past_due"), QStringLiteral("2026-12-09T10:00:00Z"));
        if (role != Role::Customer)
            server.setSubscription(m_harbour, m_largePlan, QStringLiteral("suspended"));
        server.addInvoice(alice, 1500, QStringLiteral("eur"), QStringLiteral("paid"), QStringLiteral("stripe"), QStringLiteral("2026-11-24T10:00:00Z"));
        server.addInvoice(m_garden, 1500, QStringLiteral("eur"), QStringLiteral("failed"), QStringLiteral("stripe"), QStringLiteral("2026-11-25T10:00:00Z"));
        for (const auto &[month, eur, usd] : {std::tuple{"2026-11", 61500, 4900}, std::tuple{"2026-10", 54000, 2900}}) {
            server.addRevenue(QString::fromLatin1(month), QStringLiteral("eur"), eur, eur / 1500);
            server.addRevenue(QString::fromLatin1(month), QStringLiteral("usd"), usd, usd / 980);
        }
        m_window = std::make_unique<MainWindow>(&m_client->session);
        m_window->resize(1100, 760);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get())
            && QTest::qWaitFor([this] { return m_window->pubsModel()->rowCount() == 3; }, 5000);
    }

    // open(), then the Billing page once the server said it bills.
    BillingPage *openBillingPage(Role role, const QString &billing)
    {
        if (!open(role, billing))
            return nullptr;
        auto *show = child<QAction>(m_window.get(), "showBillingAction");
        if (!QTest::qWaitFor([show] { return show->isVisible(); }, 5000))
            return nullptr;
        show->trigger();
        return m_window->findChild<BillingPage *>();
    }

    std::unique_ptr<test::SignedInClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    UrlRecorder m_browser;
    QString m_smallPlan;
    QString m_largePlan;
    QString m_garden;
    QString m_harbour;
};

QTEST_MAIN(TestBillingPage)
#include "tst_billingpage.moc"
