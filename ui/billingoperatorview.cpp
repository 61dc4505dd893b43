#include "ui/billingoperatorview.h"

#include "models/billingmodels.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/backupsview.h"
#include "ui/billingdialogs.h"
#include "ui/pagewidgets.h"
#include "ui/inlinemessagelabel.h"
#include "ui/messagebox.h"
#include "wire/currency.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
// A year of revenue: enough to see a trend, small enough for one chart.
constexpr int SummaryMonths = 12;

// The revenue of one currency, oldest month on the left.
QChartView *makeRevenueChart(const QString &currency, const QList<RevenueMonth> &revenue, QWidget *parent)
{
    auto *bars = new QBarSet(currency.toUpper());
    QStringList months;
    double largest = 1;
    // Drawing only: the chart's scale is in major units; figures people read come from formatMoney.
    double scale = 1;
    for (int i = 0; i < minorUnitDigits(currency); ++i)
        scale *= 10;
    for (auto it = revenue.crbegin(); it != revenue.crend(); ++it) {
        if (it->amount.currency != currency)
            continue;
        months.append(it->month);
        bars->append(double(it->amount.amount) / scale);
        largest = std::max(largest, double(it->amount.amount) / scale);
    }
    bars->setColor(QColor(0x2e, 0x7d, 0x32));
    auto *series = new QBarSeries;
    series->append(bars);
    auto *view = new QChartView(parent);
    view->setObjectName(QStringLiteral("billingRevenueChart_") + currency);
    view->setAccessibleName(BillingOperatorView::tr("Revenue per month in %1").arg(currency.toUpper()));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(BillingOperatorView::tr("Revenue (%1)").arg(currency.toUpper()));
    chart->addSeries(series);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    auto *amountAxis = new QValueAxis;
    amountAxis->setRange(0, largest * 1.1);
    amountAxis->applyNiceNumbers(); // ticks at round amounts
    amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(amountAxis, Qt::AlignLeft);
    series->attachAxis(monthAxis);
    series->attachAxis(amountAxis);
    chart->legend()->hide();
    return view;
}
}

BillingOperatorView::BillingOperatorView(Session *session, BillingService *service, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_pubs(pubs)
    , m_revenue(new RevenueModel(this))
    , m_pastDue(new PastDueModel(this))
    , m_plans(new PlansModel(this))
    , m_tabs(new QTabWidget(this))
    , m_backupsView(new BackupsView(session, m_tabs))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("billingOperatorErrorLabel"), tr("Billing problem"), this))
    , m_countsLabel(new QLabel(this))
    , m_chartsWidget(new QWidget(this))
    , m_chartsLayout(new QHBoxLayout(m_chartsWidget))
    , m_revenueView(makeTableView(m_revenue, "billingRevenueTableView", tr("Revenue per month"), this))
    , m_pastDueView(makeTableView(m_pastDue, "billingPastDueTableView", tr("Subscriptions past due or suspended"), this))
    , m_pubCombo(new QComboBox(this))
    , m_subscriptionLabel(new QLabel(this))
    , m_overridesWidget(new QWidget(this))
    , m_extendGraceButton(makeButton(tr("Extend &Grace…"), "billingExtendGraceButton", tr("Extend the grace period"), m_overridesWidget))
    , m_compButton(makeButton(tr("&Comp…"), "billingCompButton", tr("Make the pub free of charge"), m_overridesWidget))
    , m_cancelButton(makeButton(tr("Cancel &Subscription…"), "billingCancelSubscriptionButton", tr("Cancel the subscription"), m_overridesWidget))
    , m_recordPaymentButton(makeButton(tr("Record &Payment…"), "billingRecordPaymentButton", tr("Record a payment made by hand"),
                                       m_overridesWidget))
    , m_refreshButton(makeButton(tr("&Refresh"), "billingOperatorRefreshButton", tr("Refresh billing"), this))
    , m_plansView(makeTableView(m_plans, "billingPlansTableView", tr("Plans"), this))
    , m_newPlanButton(makeButton(tr("&New Plan…"), "billingNewPlanButton", tr("Create a plan"), this))
    , m_retirePlanButton(makeButton(tr("Re&tire Plan"), "billingRetirePlanButton", tr("Retire the selected plan"), this))
{
    setObjectName(QStringLiteral("billingOperatorView"));
    m_tabs->setObjectName(QStringLiteral("billingOperatorTabWidget"));
    m_countsLabel->setObjectName(QStringLiteral("billingCountsLabel"));
    m_countsLabel->setWordWrap(true);
    m_chartsWidget->setObjectName(QStringLiteral("billingRevenueChartsWidget"));
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_pubCombo->setObjectName(QStringLiteral("billingPubComboBox"));
    m_pubCombo->setAccessibleName(tr("Pub whose subscription to show"));
    m_pubCombo->setMinimumContentsLength(16);
    m_subscriptionLabel->setObjectName(QStringLiteral("billingSubscriptionLabel"));
    m_subscriptionLabel->setWordWrap(true);
    m_subscriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Overview: counts, revenue, who is overdue, and one pub's subscription with the overrides.
    auto *revenueBox = new QGroupBox(tr("Revenue per month"), this);
    auto *revenueLayout = new QHBoxLayout(revenueBox);
    revenueLayout->addWidget(m_chartsWidget, 3);
    revenueLayout->addWidget(m_revenueView, 1);

    auto *overrides = new QHBoxLayout(m_overridesWidget);
    overrides->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_extendGraceButton, m_compButton, m_cancelButton, m_recordPaymentButton})
        overrides->addWidget(button);
    overrides->addStretch();
    auto *subscriptionBox = new QGroupBox(tr("Subscription"), this);
    auto *pubRow = new QHBoxLayout;
    auto *pubLabel = new QLabel(tr("P&ub:"), subscriptionBox);
    pubLabel->setBuddy(m_pubCombo);
    pubRow->addWidget(pubLabel);
    pubRow->addWidget(m_pubCombo);
    pubRow->addWidget(m_subscriptionLabel, 1);
    auto *subscriptionLayout = new QVBoxLayout(subscriptionBox);
    subscriptionLayout->addLayout(pubRow);
    subscriptionLayout->addWidget(m_overridesWidget);

    auto *pastDueBox = new QGroupBox(tr("Past due or suspended"), this);
    auto *pastDueLayout = new QVBoxLayout(pastDueBox);
    pastDueLayout->addWidget(m_pastDueView);

    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_countsLabel);
    auto *splitter = new QSplitter(Qt::Vertical, overview);
    splitter->addWidget(revenueBox);
    splitter->addWidget(pastDueBox);
    overviewLayout->addWidget(splitter, 1);
    overviewLayout->addWidget(subscriptionBox);

    auto *plansPage = new QWidget(m_tabs);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_newPlanButton);
    planButtons->addWidget(m_retirePlanButton);
    planButtons->addStretch();
    auto *plansLayout = new QVBoxLayout(plansPage);
    plansLayout->addLayout(planButtons);
    plansLayout->addWidget(m_plansView);

    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(plansPage, tr("Plans"));
    // Canceled pubs leave their archive behind: billing is where they come from.
    m_tabs->addTab(m_backupsView, tr("Backups"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_errorLabel, 1);
    top->addStretch();
    top->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs);

    connect(m_refreshButton, &QPushButton::clicked, this, &BillingOperatorView::reload);
    connect(m_pastDueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BillingOperatorView::choosePastDueRow);
    connect(m_pubCombo, &QComboBox::activated, this, &BillingOperatorView::loadSubscription);
    connect(m_extendGraceButton, &QPushButton::clicked, this, &BillingOperatorView::extendGrace);
    connect(m_compButton, &QPushButton::clicked, this, &BillingOperatorView::toggleComped);
    connect(m_cancelButton, &QPushButton::clicked, this, &BillingOperatorView::cancelSubscription);
    connect(m_recordPaymentButton, &QPushButton::clicked, this, &BillingOperatorView::recordPayment);
    connect(m_newPlanButton, &QPushButton::clicked, this, &BillingOperatorView::createPlan);
    connect(m_retirePlanButton, &QPushButton::clicked, this, &BillingOperatorView::toggleSelectedPlan);
    connect(m_plansView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BillingOperatorView::updateControls);
    connect(m_session, &Session::signedIn, this, &BillingOperatorView::updateControls);
    connect(m_pubs, &QAbstractItemModel::modelReset, this, &BillingOperatorView::fillPubCombo);
    connect(m_pubs, &QAbstractItemModel::rowsInserted, this, &BillingOperatorView::fillPubCombo);
    connect(m_pubs, &QAbstractItemModel::rowsRemoved, this, &BillingOperatorView::fillPubCombo);
    fillPubCombo();
    showSubscription();
}

BillingOperatorView::~BillingOperatorView() = default;

PastDueModel *BillingOperatorView::pastDueModel() const
{
    return m_pastDue;
}

void BillingOperatorView::setCatalog(const PlanCatalog &catalog)
{
    m_catalog = catalog;
    // The catalog is read again after each plan change: keep the plan the admin works on selected.
    const std::optional<Plan> selected = selectedPlan();
    m_plans->setRows(catalog.plans);
    for (int row = 0; selected && row < m_plans->rowCount(); ++row) {
        if (m_plans->rowAt(row)->id == selected->id)
            m_plansView->selectRow(row);
    }
    updateControls();
}

void BillingOperatorView::reload()
{
    m_errorLabel->showError({});
    fillPubCombo();
    loadSummary();
    loadSubscription();
    m_backupsView->reload();
}

void BillingOperatorView::clear()
{
    ++m_subscriptionGeneration;
    m_subscription.reset();
    m_errorLabel->showError({});
    m_countsLabel->clear();
    m_revenue->setRows({});
    m_pastDue->setRows({});
    m_plans->setRows({});
    m_backupsView->clear();
    showRevenue({});
    showSubscription();
}

void BillingOperatorView::loadSummary()
{
    m_service->summary(SummaryMonths, this, [this](const Result<BillingSummary> &result) {
        if (!result.ok()) {
            m_errorLabel->showError(result.errorMessage());
            return;
        }
        const BillingSummary &summary = result.value();
        m_countsLabel->setText(billingCountsText(summary));
        m_revenue->setRows(summary.revenue);
        m_pastDue->setRows(summary.pastDue);
        showRevenue(summary);
    });
}

void BillingOperatorView::showRevenue(const BillingSummary &summary)
{
    while (QLayoutItem *item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList currencies = summary.revenueCurrencies();
    for (const QString &currency : currencies)
        m_chartsLayout->addWidget(makeRevenueChart(currency, summary.revenue, m_chartsWidget), 1); // equal room each
    if (currencies.isEmpty()) {
        auto *none = new QLabel(tr("No payments in the last %n month(s).", nullptr, SummaryMonths), m_chartsWidget);
        none->setAlignment(Qt::AlignCenter);
        m_chartsLayout->addWidget(none);
    }
}

void BillingOperatorView::fillPubCombo()
{
    const QString current = currentPubId();
    m_pubCombo->clear();
    for (int row = 0; row < m_pubs->rowCount(); ++row) {
        if (const std::optional<Pub> pub = m_pubs->pubAt(row))
            m_pubCombo->addItem(pub->name, pub->id);
    }
    m_pubCombo->model()->sort(0);
    const int index = m_pubCombo->findData(current);
    m_pubCombo->setCurrentIndex(index >= 0 ? index : -1);
}

void BillingOperatorView::choosePastDueRow()
{
    const QModelIndexList rows = m_pastDueView->selectionModel()->selectedRows();
    const std::optional<PastDueSubscription> row = rows.isEmpty() ? std::nullopt : m_pastDue->rowAt(rows.first().row());
    if (!row)
        return;
    int index = m_pubCombo->findData(row->pubId);
    if (index < 0) { // a pub the pubs list has not shown yet
        m_pubCombo->addItem(row->pubName, row->pubId);
        index = m_pubCombo->count() - 1;
    }
    m_pubCombo->setCurrentIndex(index);
    loadSubscription();
}

QString BillingOperatorView::currentPubId() const
{
    return m_pubCombo->currentData().toString();
}

QString BillingOperatorView::currentPubName() const
{
    return m_pubCombo->currentText();
}

void BillingOperatorView::loadSubscription()
{
    const quint64 generation = ++m_subscriptionGeneration;
    m_subscription.reset();
    const QString pubId = currentPubId();
    if (pubId.isEmpty()) {
        showSubscription();
        return;
    }
    m_subscriptionLabel->setText(tr("Loading…"));
    updateControls();
    m_service->subscription(pubId, this, [this, generation](const Result<std::optional<Subscription>> &result) {
        if (generation != m_subscriptionGeneration)
            return;
        if (!result.ok())
            m_errorLabel->showError(result.errorMessage());
        else
            m_subscription = result.value();
        showSubscription();
    });
}

void BillingOperatorView::showSubscription()
{
    if (currentPubId().isEmpty())
        m_subscriptionLabel->setText(tr("Choose a pub, or select a row above."));
    else if (!m_subscription)
        m_subscriptionLabel->setText(tr("No subscription."));
    else
        m_subscriptionLabel->setText(tr("%1, %2: %3")
                                         .arg(m_subscription->planName, subscriptionStatusLabel(m_subscription->status),
                                              subscriptionStatusExplanation(*m_subscription)));
    updateControls();
}

void BillingOperatorView::updateControls()
{
    // Support staff see everything here, and no control they may not use.
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    m_overridesWidget->setVisible(admin);
    m_newPlanButton->setVisible(admin);
    m_retirePlanButton->setVisible(admin);
    const bool live = m_subscription && m_subscription->status != SubscriptionStatus::Canceled;
    m_extendGraceButton->setEnabled(live && m_subscription->status == SubscriptionStatus::PastDue);
    m_compButton->setEnabled(live);
    m_compButton->setText(m_subscription && m_subscription->comped ? tr("Un&comp…") : tr("&Comp…"));
    m_cancelButton->setEnabled(live);
    m_recordPaymentButton->setEnabled(m_subscription.has_value() && m_catalog.mode == BillingMode::Offline);
    const std::optional<Plan> plan = selectedPlan();
    m_retirePlanButton->setEnabled(plan.has_value());
    m_retirePlanButton->setText(plan && !plan->active ? tr("Offer &Again") : tr("Re&tire Plan"));
}

void BillingOperatorView::extendGrace()
{
    if (!m_subscription)
        return;
    auto *dialog = new ExtendGraceDialog(m_service, *m_subscription, currentPubName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_subscription = dialog->subscription();
        showSubscription();
        loadSummary();
    });
    dialog->open();
}

void BillingOperatorView::toggleComped()
{
    if (!m_subscription)
        return;
    const bool comp = !m_subscription->comped;
    const QString question = comp ? tr("Make “%1” free of charge? It becomes active, is never suspended and never charged.")
                                  : tr("Charge for “%1” again from its next payment on?");
    const MessageBox::Answer answer = MessageBox::question(this, comp ? tr("Comp Pub") : tr("Uncomp Pub"),
                                                           question.arg(currentPubName()),
                                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button != QMessageBox::Yes)
        return;
    SubscriptionOverride change;
    change.comped = comp;
    applyOverride(change, comp ? tr("Could not comp the pub") : tr("Could not uncomp the pub"));
}

void BillingOperatorView::cancelSubscription()
{
    if (!m_subscription)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Cancel Subscription"),
        tr("Cancel the subscription of “%1”? Its owner must subscribe again to keep the pub.").arg(currentPubName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button != QMessageBox::Yes)
        return;
    SubscriptionOverride change;
    change.cancel = true;
    applyOverride(change, tr("Could not cancel the subscription"));
}

void BillingOperatorView::applyOverride(const SubscriptionOverride &change, const QString &failureTitle)
{
    m_service->overrideSubscription(currentPubId(), change, this, [this, failureTitle](const Result<Subscription> &result) {
        if (!result.ok()) {
            MessageBox::warning(this, failureTitle, result.errorMessage());
            return;
        }
        m_subscription = result.value();
        showSubscription();
        loadSummary();
    });
}

void BillingOperatorView::recordPayment()
{
    if (!m_subscription)
        return;
    Money due = m_subscription->price;
    for (const PastDueSubscription &row : m_pastDue->rows()) {
        if (row.pubId == m_subscription->pubId)
            due = row.amountDue;
    }
    auto *dialog = new RecordPaymentDialog(m_service, m_subscription->pubId, currentPubName(), due, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadSubscription();
        loadSummary();
    });
    dialog->open();
}

std::optional<Plan> BillingOperatorView::selectedPlan() const
{
    const QModelIndexList rows = m_plansView->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_plans->rowAt(rows.first().row());
}

void BillingOperatorView::createPlan()
{
    auto *dialog = new NewPlanDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_plans->updatePlan(dialog->plan());
        Q_EMIT plansChanged();
    });
    dialog->open();
}

void BillingOperatorView::toggleSelectedPlan()
{
    const std::optional<Plan> plan = selectedPlan();
    if (!plan)
        return;
    m_service->setPlanActive(plan->id, !plan->active, this, [this](const Result<Plan> &result) {
        if (!result.ok()) {
            m_errorLabel->showError(result.errorMessage());
            return;
        }
        m_plans->updatePlan(result.value());
        updateControls();
        Q_EMIT plansChanged();
    });
}

}
