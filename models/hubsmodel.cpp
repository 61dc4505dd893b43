#include "models/hubsmodel.h"

#include "models/eventstream.h"

#include <QLocale>

namespace buttcloud {

HubsModel::HubsModel(HubService *service, QObject *parent)
    : SnapshotTableModel(parent)
    , m_service(service)
{
}

HubsModel::~HubsModel() = default;

int HubsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hubs.size());
}

int HubsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hub &hub = m_hubs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(hub, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AddressColumn)
            return tr("Host key %1").arg(hub.hostKeyFingerprint);
        return hub.message.isEmpty() ? QVariant() : hub.message;
    case HubIdRole: return hub.id;
    default: return {};
    }
}

QVariant HubsModel::displayData(const Hub &hub, int column) const
{
    switch (column) {
    case NameColumn: return hub.name;
    case StateColumn: return hubStateLabel(hub.state);
    case AddressColumn:
        if (hub.host.isEmpty())
            return {};
        return hub.user.isEmpty() ? QStringLiteral("%1:%2").arg(hub.host).arg(hub.port)
                                  : QStringLiteral("%1@%2:%3").arg(hub.user, hub.host).arg(hub.port);
    case PubsColumn: return hub.pubs;
    case MemoryColumn: return hub.memoryBytes > 0 ? QLocale().formattedDataSize(hub.memoryBytes, 1) : QString();
    case CpusColumn: return hub.cpus > 0 ? QVariant(hub.cpus) : QVariant();
    case DockerColumn: return hub.dockerVersion;
    case MessageColumn: return hub.message;
    default: return {};
    }
}

QVariant HubsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case AddressColumn: return tr("SSH address");
    case PubsColumn: return tr("Pubs");
    case MemoryColumn: return tr("Memory");
    case CpusColumn: return tr("CPUs");
    case DockerColumn: return tr("Docker");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void HubsModel::refresh()
{
    m_service->list(this, whenLatest<QList<Hub>>([this](QList<Hub> hubs) { m_hubs = std::move(hubs); }));
}

void HubsModel::clear()
{
    clearRows([this] { m_hubs.clear(); });
}

std::optional<Hub> HubsModel::hubAt(int row) const
{
    if (row < 0 || row >= m_hubs.size())
        return std::nullopt;
    return m_hubs.at(row);
}

void HubsModel::setEventStream(EventStream *stream)
{
    if (stream == m_stream)
        return;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->unsubscribeHubs();
    }
    m_stream = stream;
    if (m_stream) {
        m_stream->subscribeHubs();
        connect(m_stream, &EventStream::hubChanged, this, &HubsModel::updateHub);
        connect(m_stream, &EventStream::hubRemoved, this, &HubsModel::removeHub);
        // Changes sent while the stream was away are lost: reload what is shown.
        connect(m_stream, &EventStream::gap, this, &HubsModel::refresh);
    }
}

void HubsModel::removeHub(const QString &hubId)
{
    for (int row = 0; row < m_hubs.size(); ++row) {
        if (m_hubs.at(row).id == hubId) {
            beginRemoveRows({}, row, row);
            m_hubs.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

void HubsModel::updateHub(const Hub &hub)
{
    for (int row = 0; row < m_hubs.size(); ++row) {
        if (m_hubs.at(row).id == hub.id) {
            m_hubs[row] = hub;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_hubs.size()), int(m_hubs.size()));
    m_hubs.append(hub);
    endInsertRows();
}

}
