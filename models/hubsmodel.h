#pragma once

#include "models/snapshottablemodel.h"
#include "models/hubservice.h"

#include <QList>
#include <optional>

namespace buttcloud {

class EventStream;

// The swarm's hubs as a table.
class HubsModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubsModel)

public:
    enum Column { NameColumn, StateColumn, AddressColumn, PubsColumn, MemoryColumn, CpusColumn, DockerColumn, MessageColumn, ColumnCount };
    enum Role { HubIdRole = Qt::UserRole + 1 };

    // service is not owned and must outlive the model.
    explicit HubsModel(HubService *service, QObject *parent = nullptr);
    ~HubsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    std::optional<Hub> hubAt(int row) const;
    // Merges one hub, e.g. the answer to add, drain or remove, or a change from the stream.
    void updateHub(const Hub &hub);
    void removeHub(const QString &hubId);
    // Follows the stream's `hubs` topic (not owned; nullptr stops following).
    void setEventStream(EventStream *stream);

private:
    QVariant displayData(const Hub &hub, int column) const;

    HubService *m_service;
    EventStream *m_stream = nullptr;
    QList<Hub> m_hubs;
};

}
