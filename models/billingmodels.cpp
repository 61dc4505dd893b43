#include "models/billingmodels.h"

#include <QLocale>

namespace buttcloud {

namespace {
QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}
}

QVariant figureAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

QVariant subscriptionStatusData(SubscriptionStatus status, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return subscriptionStatusLabel(status);
    case Qt::ForegroundRole: return subscriptionStatusColor(status);
    case Qt::DecorationRole: return subscriptionStatusIcon(status);
    default: return {};
    }
}

SubscriptionsModel::SubscriptionsModel(BillingService *service, QObject *parent)
    : ListTableModel({tr("Pub"), tr("Plan"), tr("Status"), tr("Price"), tr("Next payment"), tr("Grace ends")}, parent)
    , m_service(service)
{
}

SubscriptionsModel::~SubscriptionsModel() = default;

void SubscriptionsModel::setPubs(const QList<PubRef> &pubs)
{
    setRows(pubs);
    reload();
}

void SubscriptionsModel::reload()
{
    ++m_generation;
    m_subscriptions.clear();
    for (const PubRef &pub : std::as_const(m_rows))
        load(pub.id);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SubscriptionsModel::clear()
{
    ++m_generation;
    m_subscriptions.clear();
    setRows({});
}

void SubscriptionsModel::load(const QString &pubId)
{
    m_service->subscription(pubId, this, [this, pubId, generation = m_generation](const Result<std::optional<Subscription>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT loadFailed(result.errorMessage());
            return;
        }
        m_subscriptions.insert(pubId, result.value());
        rowChanged(pubId);
    });
}

std::optional<Subscription> SubscriptionsModel::subscriptionOf(const QString &pubId) const
{
    return m_subscriptions.value(pubId);
}

bool SubscriptionsModel::isLoaded(const QString &pubId) const
{
    return m_subscriptions.contains(pubId);
}

void SubscriptionsModel::updateSubscription(const Subscription &subscription)
{
    m_subscriptions.insert(subscription.pubId, subscription);
    rowChanged(subscription.pubId);
}

void SubscriptionsModel::rowChanged(const QString &pubId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == pubId)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT subscriptionChanged(pubId);
}

QVariant SubscriptionsModel::cellData(const PubRef &pub, int column, int role) const
{
    if (role == PubIdRole)
        return pub.id;
    if (column == PubColumn)
        return role == Qt::DisplayRole ? QVariant(pub.name) : QVariant();
    const std::optional<Subscription> subscription = m_subscriptions.value(pub.id);
    if (!subscription) {
        if (column == PlanColumn && role == Qt::DisplayRole)
            return m_subscriptions.contains(pub.id) ? tr("No subscription") : tr("Loading…");
        return {};
    }
    if (column == StatusColumn) {
        if (subscription->comped && role == Qt::DisplayRole)
            return tr("%1 (free of charge)").arg(subscriptionStatusLabel(subscription->status));
        if (role == Qt::ToolTipRole)
            return subscriptionStatusExplanation(*subscription);
        return subscriptionStatusData(subscription->status, role);
    }
    if (role == Qt::TextAlignmentRole && column == PriceColumn)
        return figureAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case PlanColumn: return subscription->planName;
    case PriceColumn:
        return subscription->price.currency.isEmpty() ? QString() : recurringPriceText(subscription->price, subscription->interval);
    case NextPaymentColumn: return shortDate(subscription->currentPeriodEnd);
    case GraceColumn: return shortDate(subscription->graceUntil);
    default: return {};
    }
}

InvoicesModel::InvoicesModel(QObject *parent)
    : ListTableModel({tr("Date"), tr("Pub"), tr("Amount"), tr("Status"), tr("Paid by"), tr("Note")}, parent)
{
}

InvoicesModel::~InvoicesModel() = default;

void InvoicesModel::setPubNames(const QHash<QString, QString> &names)
{
    m_pubNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PubColumn), index(int(m_rows.size()) - 1, PubColumn));
}

QVariant InvoicesModel::cellData(const Invoice &invoice, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == AmountColumn)
        return figureAlignment();
    if (role == Qt::ForegroundRole && column == StatusColumn && invoice.status == InvoiceStatus::Failed)
        return subscriptionStatusColor(SubscriptionStatus::PastDue);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn: return shortDate(invoice.at);
    case PubColumn: return m_pubNames.value(invoice.pubId, invoice.pubId);
    case AmountColumn: return formatMoney(invoice.amount);
    case StatusColumn: return invoiceStatusLabel(invoice.status);
    case MethodColumn: return invoice.method == QLatin1String("offline") ? tr("By hand") : tr("Stripe");
    case NoteColumn: return invoice.note;
    default: return {};
    }
}

RevenueModel::RevenueModel(QObject *parent)
    : ListTableModel({tr("Month"), tr("Revenue"), tr("Invoices")}, parent)
{
}

RevenueModel::~RevenueModel() = default;

QVariant RevenueModel::cellData(const RevenueMonth &month, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column != MonthColumn)
        return figureAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case MonthColumn: return month.month;
    case AmountColumn: return formatMoney(month.amount);
    case InvoicesColumn: return month.invoices;
    default: return {};
    }
}

PastDueModel::PastDueModel(QObject *parent)
    : ListTableModel({tr("Pub"), tr("Owner"), tr("Status"), tr("Grace ends"), tr("Plan"), tr("Amount due")}, parent)
{
}

PastDueModel::~PastDueModel() = default;

QVariant PastDueModel::cellData(const PastDueSubscription &row, int column, int role) const
{
    if (column == StatusColumn)
        return subscriptionStatusData(row.status, role);
    if (role == Qt::TextAlignmentRole && column == AmountDueColumn)
        return figureAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case PubColumn: return row.pubName.isEmpty() ? row.pubId : row.pubName;
    case OwnerColumn: return row.ownerEmail;
    case GraceColumn: return shortDate(row.graceUntil);
    case PlanColumn: return row.planName;
    case AmountDueColumn: return formatMoney(row.amountDue);
    default: return {};
    }
}

PlansModel::PlansModel(QObject *parent)
    : ListTableModel({tr("Name"), tr("Price"), tr("Free trial"), tr("Memory"), tr("Offered")}, parent)
{
}

PlansModel::~PlansModel() = default;

void PlansModel::updatePlan(const Plan &plan)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == plan.id) {
            m_rows[row] = plan;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(plan);
    endInsertRows();
}

QVariant PlansModel::cellData(const Plan &plan, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return plan.name;
    case PriceColumn:
        return recurringPriceText(plan.price, plan.interval);
    case TrialColumn: return plan.trialDays > 0 ? tr("%n day(s)", nullptr, plan.trialDays) : QString();
    case MemoryColumn: return plan.memoryBytes > 0 ? QLocale().formattedDataSize(plan.memoryBytes, 1) : tr("default");
    case ActiveColumn: return plan.active ? tr("Yes") : tr("Retired");
    default: return {};
    }
}

}
