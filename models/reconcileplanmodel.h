#pragma once

#include "models/snapshottablemodel.h"
#include "models/jobservice.h"


namespace buttcloud {

class PubsModel;

// The reconcile dry run (GET /api/v1/reconcile/plan): each difference and the job it would queue.
class ReconcilePlanModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcilePlanModel)

public:
    enum Column { DifferenceColumn, PubColumn, DetailColumn, JobColumn, ColumnCount };

    // Neither is owned; pubs may be nullptr.
    ReconcilePlanModel(JobService *service, PubsModel *pubs, QObject *parent = nullptr);
    ~ReconcilePlanModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    QDateTime checkedAt() const;

private:
    JobService *m_service;
    PubsModel *m_pubs;
    ReconcilePlan m_plan;
};

}
