#include "models/reconcileplanmodel.h"

#include "models/pubsmodel.h"

namespace buttcloud {

ReconcilePlanModel::ReconcilePlanModel(JobService *service, PubsModel *pubs, QObject *parent)
    : SnapshotTableModel(parent)
    , m_service(service)
    , m_pubs(pubs)
{
}

ReconcilePlanModel::~ReconcilePlanModel() = default;

int ReconcilePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.differences.size());
}

int ReconcilePlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcilePlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ReconcileDifference &difference = m_plan.differences.at(index.row());
    switch (index.column()) {
    case DifferenceColumn: return reconcileDifferenceLabel(difference.kind);
    case PubColumn: {
        const std::optional<Pub> pub = m_pubs ? m_pubs->pubById(difference.pubId) : std::nullopt;
        if (pub)
            return pub->name;
        return difference.pubId.isEmpty() ? difference.serviceId : difference.pubId;
    }
    case DetailColumn: return difference.detail;
    case JobColumn:
        if (!difference.jobId.isEmpty())
            return tr("handled by job %1").arg(difference.jobId);
        if (difference.jobKind.isEmpty())
            return {};
        return tr("%1 (would be queued)").arg(jobKindLabel(difference.jobKind));
    default: return {};
    }
}

QVariant ReconcilePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DifferenceColumn: return tr("Difference");
    case PubColumn: return tr("Pub or service");
    case DetailColumn: return tr("Detail");
    case JobColumn: return tr("Job");
    default: return {};
    }
}

void ReconcilePlanModel::refresh()
{
    m_service->reconcilePlan(this, whenLatest<ReconcilePlan>([this](ReconcilePlan plan) { m_plan = std::move(plan); }));
}

void ReconcilePlanModel::clear()
{
    clearRows([this] { m_plan = {}; });
}

QDateTime ReconcilePlanModel::checkedAt() const
{
    return m_plan.checkedAt;
}

}
