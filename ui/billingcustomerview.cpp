#include "ui/billingcustomerview.h"

#include "models/billingmodels.h"
#include "models/pubsmodel.h"
#include "ui/billingdialogs.h"
#include "ui/pagewidgets.h"
#include "ui/inlinemessagelabel.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
// How many invoices a customer sees: the newest, which is what people look for.
constexpr int InvoiceLimit = 100;
}

BillingCustomerView::BillingCustomerView(BillingService *service, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_pubs(pubs)
    , m_subscriptions(new SubscriptionsModel(service, this))
    , m_invoices(new InvoicesModel(this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("billingErrorLabel"), tr("Billing problem"), this))
    , m_subscriptionsView(makeTableView(m_subscriptions, "billingSubscriptionsTableView", tr("Your pubs' subscriptions"), this))
    , m_statusIconLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_payButton(new QPushButton(tr("&Pay…"), this))
    , m_subscribeButton(new QPushButton(tr("&Subscribe…"), this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_invoicesView(makeTableView(m_invoices, "billingInvoicesTableView", tr("Invoices"), this))
{
    setObjectName(QStringLiteral("billingCustomerView"));
    m_statusLabel->setObjectName(QStringLiteral("billingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusIconLabel->setObjectName(QStringLiteral("billingStatusIconLabel"));
    m_payButton->setObjectName(QStringLiteral("billingPayButton"));
    m_payButton->setAccessibleName(tr("Pay on Stripe's page"));
    m_payButton->setToolTip(tr("Opens Stripe's payment page in your browser"));
    m_subscribeButton->setObjectName(QStringLiteral("billingSubscribeButton"));
    m_subscribeButton->setAccessibleName(tr("Subscribe the selected pub to a plan"));
    m_refreshButton->setObjectName(QStringLiteral("billingRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh billing"));

    auto *detailsBox = new QGroupBox(tr("Selected pub"), this);
    auto *details = new QHBoxLayout(detailsBox);
    details->addWidget(m_statusIconLabel);
    details->addWidget(m_statusLabel, 1);
    details->addWidget(m_payButton);
    details->addWidget(m_subscribeButton);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("What your pubs cost and whether they are paid up."), this), 1);
    top->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_subscriptionsView, 2);
    layout->addWidget(detailsBox);
    layout->addWidget(new QLabel(tr("Invoices"), this));
    layout->addWidget(m_invoicesView, 1);

    connect(m_payButton, &QPushButton::clicked, this, &BillingCustomerView::pay);
    connect(m_subscribeButton, &QPushButton::clicked, this, &BillingCustomerView::subscribe);
    connect(m_refreshButton, &QPushButton::clicked, this, &BillingCustomerView::reload);
    connect(m_subscriptionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BillingCustomerView::showSelected);
    connect(m_subscriptions, &SubscriptionsModel::subscriptionChanged, this, &BillingCustomerView::showSelected);
    connect(m_subscriptions, &QAbstractItemModel::modelReset, this, &BillingCustomerView::showSelected);
    connect(m_subscriptions, &SubscriptionsModel::loadFailed, m_errorLabel, &InlineMessageLabel::showError);
    connect(m_pubs, &QAbstractItemModel::modelReset, this, &BillingCustomerView::followPubs);
    connect(m_pubs, &QAbstractItemModel::rowsInserted, this, &BillingCustomerView::followPubs);
    connect(m_pubs, &QAbstractItemModel::rowsRemoved, this, &BillingCustomerView::followPubs);
    showSelected();
}

BillingCustomerView::~BillingCustomerView() = default;

SubscriptionsModel *BillingCustomerView::subscriptionsModel() const
{
    return m_subscriptions;
}

void BillingCustomerView::setCatalog(const PlanCatalog &catalog)
{
    m_catalog = catalog;
    showSelected();
}

void BillingCustomerView::reload()
{
    m_errorLabel->showError({});
    followPubs();
    m_subscriptions->reload();
    loadInvoices();
}

void BillingCustomerView::clear()
{
    m_errorLabel->showError({});
    m_subscriptions->clear();
    m_invoices->setRows({});
}

void BillingCustomerView::followPubs()
{
    QList<PubRef> pubs;
    QHash<QString, QString> names;
    for (int row = 0; row < m_pubs->rowCount(); ++row) {
        if (const std::optional<Pub> pub = m_pubs->pubAt(row)) {
            pubs.append({pub->id, pub->name});
            names.insert(pub->id, pub->name);
        }
    }
    m_invoices->setPubNames(names);
    // Live status changes of a pub do not change what it costs: only new or removed pubs reload.
    const QList<PubRef> &shown = m_subscriptions->rows();
    const bool same = shown.size() == pubs.size()
        && std::equal(shown.cbegin(), shown.cend(), pubs.cbegin(), [](const PubRef &a, const PubRef &b) { return a.id == b.id; });
    if (!same)
        m_subscriptions->setPubs(pubs);
}

void BillingCustomerView::loadInvoices()
{
    m_service->invoices(InvoiceLimit, this, [this](const Result<QList<Invoice>> &result) {
        if (!result.ok()) {
            m_errorLabel->showError(result.errorMessage());
            return;
        }
        m_invoices->setRows(result.value());
    });
}

std::optional<std::pair<QString, QString>> BillingCustomerView::selectedPub() const
{
    const QModelIndexList rows = m_subscriptionsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const std::optional<PubRef> pub = m_subscriptions->rowAt(rows.first().row());
    return pub ? std::optional(std::pair(pub->id, pub->name)) : std::nullopt;
}

void BillingCustomerView::showSelected()
{
    const std::optional<std::pair<QString, QString>> pub = selectedPub();
    const std::optional<Subscription> subscription = pub ? m_subscriptions->subscriptionOf(pub->first) : std::nullopt;
    const bool loaded = pub && m_subscriptions->isLoaded(pub->first);
    m_payButton->setVisible(subscription && !subscription->payUrl.isEmpty());
    m_subscribeButton->setEnabled(loaded && (!subscription || subscription->status == SubscriptionStatus::Canceled)
                                  && !m_catalog.activePlans().isEmpty());
    if (subscription) {
        m_statusIconLabel->setPixmap(subscriptionStatusIcon(subscription->status).pixmap(24, 24));
        m_statusLabel->setText(tr("%1: %2").arg(subscriptionStatusLabel(subscription->status),
                                                subscriptionStatusExplanation(*subscription)));
    } else {
        m_statusIconLabel->clear();
        m_statusLabel->setText(!pub      ? tr("Select a pub to see its subscription.")
                               : loaded  ? tr("This pub has no subscription yet.")
                                         : tr("Loading…"));
    }
}

void BillingCustomerView::pay()
{
    const std::optional<std::pair<QString, QString>> pub = selectedPub();
    const std::optional<Subscription> subscription = pub ? m_subscriptions->subscriptionOf(pub->first) : std::nullopt;
    if (!subscription || subscription->payUrl.isEmpty())
        return;
    // Card details go to Stripe's own page in the browser, never through this program.
    if (!QDesktopServices::openUrl(subscription->payUrl))
        m_errorLabel->showError(tr("Could not open a browser. Open this address to pay: %1").arg(subscription->payUrl.toString()));
}

void BillingCustomerView::subscribe()
{
    const std::optional<std::pair<QString, QString>> pub = selectedPub();
    if (!pub)
        return;
    auto *dialog = new SubscribeDialog(m_service, pub->first, pub->second, m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_subscriptions->updateSubscription(dialog->subscription());
        loadInvoices(); // an offline plan opens an invoice at once
    });
    dialog->open();
}

}
