#pragma once

#include "models/rolloutservice.h"
#include "models/snapshottablemodel.h"

#include <QList>
#include <QPointer>
#include <optional>

namespace buttcloud {

class EventStream;
class PubsModel;

// The rollouts (newest first) as a table. Follows the stream's `jobs` topic while a stream is set:
// a change of a `rollout` job reloads the list, since the job carries the rollout's progress.
class RolloutsModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutsModel)

public:
    enum Column { ImageColumn, StateColumn, ProgressColumn, BatchColumn, CreatedColumn, MessageColumn, ColumnCount };
    enum Role { RolloutIdRole = Qt::UserRole + 1 };

    // service is not owned and must outlive the model.
    explicit RolloutsModel(RolloutService *service, QObject *parent = nullptr);
    ~RolloutsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    std::optional<Rollout> rolloutAt(int row) const;
    int rowOf(const QString &rolloutId) const;
    // Merges one rollout, e.g. the answer to create, pause, resume or stop.
    void updateRollout(const Rollout &rollout);
    // Follows the stream's `jobs` topic (not owned; nullptr stops following).
    void setEventStream(EventStream *stream);

private:
    QVariant displayData(const Rollout &rollout, int column) const;

    RolloutService *m_service;
    QPointer<EventStream> m_stream;
    QList<Rollout> m_rollouts;
};

// The pubs of one rollout, with their names from the pubs model, in the order they are taken.
class RolloutPubsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutPubsModel)

public:
    enum Column { NameColumn, StateColumn, FromImageColumn, MessageColumn, ColumnCount };
    enum Role { PubIdRole = Qt::UserRole + 1 };

    // pubs (not owned) names the pubs; may be nullptr, then ids are shown.
    explicit RolloutPubsModel(PubsModel *pubs, QObject *parent = nullptr);
    ~RolloutPubsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRollout(const std::optional<Rollout> &rollout);

private:
    QString pubName(const QString &pubId) const;

    PubsModel *m_pubs;
    QList<RolloutPub> m_rolloutPubs;
};

}
