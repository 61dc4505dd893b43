#include "models/pubsmodel.h"

#include "models/pubservice.h"

#include <QColor>
#include <algorithm>
#include <QLocale>
#include <QSet>

namespace buttcloud {

PubsModel::PubsModel(PubService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_pollTimer.setInterval(PollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &PubsModel::refresh);
}

PubsModel::~PubsModel() = default;

QString PubsModel::statusLabel(PubStatus status)
{
    switch (status) {
    case PubStatus::None: return tr("Not deployed");
    case PubStatus::Starting: return tr("Starting");
    case PubStatus::Up: return tr("Running");
    case PubStatus::Stopping: return tr("Stopping");
    case PubStatus::Down: return tr("Stopped");
    case PubStatus::Failed: return tr("Failed");
    case PubStatus::Removing: return tr("Removing");
    }
    return {};
}

QColor PubsModel::statusColor(PubStatus status)
{
    // Readable on light and dark backgrounds; hue carries the meaning, the label says it in words.
    switch (status) {
    case PubStatus::Up: return QColor(0x2e, 0x7d, 0x32);
    case PubStatus::Starting:
    case PubStatus::Stopping:
    case PubStatus::Removing: return QColor(0xb2, 0x6a, 0x00);
    case PubStatus::Failed: return QColor(0xc6, 0x28, 0x28);
    case PubStatus::None:
    case PubStatus::Down: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

int PubsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pubs.size());
}

int PubsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PubsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pub &pub = m_pubs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(pub, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !pub.statusMessage.isEmpty())
            return pub.statusMessage;
        return {};
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(statusColor(pub.status)) : QVariant();
    case PubIdRole: return pub.id;
    case StatusRole: return int(pub.status);
    case StatusColorRole: return statusColor(pub.status);
    case SortRole: return sortData(pub, index.column());
    default: return {};
    }
}

QVariant PubsModel::displayData(const Pub &pub, int column) const
{
    switch (column) {
    case NameColumn: return pub.name;
    case StatusColumn: return statusLabel(pub.status);
    case AddressColumn: return pub.address;
    case NodeColumn: return pub.node;
    case ImageColumn: return pub.image;
    case CreatedColumn:
        return pub.createdAt.isValid() ? QLocale().toString(pub.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default: return {};
    }
}

QVariant PubsModel::sortData(const Pub &pub, int column) const
{
    switch (column) {
    case StatusColumn: return int(pub.status);
    case CreatedColumn: return pub.createdAt;
    default: return displayData(pub, column);
    }
}

QVariant PubsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case AddressColumn: return tr("Address");
    case NodeColumn: return tr("Node");
    case ImageColumn: return tr("Image");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

std::optional<Pub> PubsModel::pubAt(int row) const
{
    if (row < 0 || row >= m_pubs.size())
        return std::nullopt;
    return m_pubs.at(row);
}

std::optional<Pub> PubsModel::pubById(const QString &pubId) const
{
    return pubAt(rowOf(pubId));
}

int PubsModel::rowOf(const QString &pubId) const
{
    for (int row = 0; row < m_pubs.size(); ++row) {
        if (m_pubs.at(row).id == pubId)
            return row;
    }
    return -1;
}

void PubsModel::replaceRow(int row, const Pub &pub)
{
    if (m_pubs.at(row) == pub)
        return;
    m_pubs[row] = pub;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PubsModel::setPubs(const QList<Pub> &pubs)
{
    QSet<QString> incomingIds;
    for (const Pub &pub : pubs)
        incomingIds.insert(pub.id);

    // Remove from the bottom so the rows still to visit keep their numbers.
    for (int row = int(m_pubs.size()) - 1; row >= 0; --row) {
        if (incomingIds.contains(m_pubs.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_pubs.removeAt(row);
        endRemoveRows();
    }

    QList<Pub> added;
    for (const Pub &pub : pubs) {
        const int row = rowOf(pub.id);
        if (row >= 0)
            replaceRow(row, pub);
        else if (std::none_of(added.cbegin(), added.cend(), [&pub](const Pub &other) { return other.id == pub.id; }))
            added.append(pub);
    }
    if (!added.isEmpty()) {
        const int first = int(m_pubs.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_pubs.append(added);
        endInsertRows();
    }
}

void PubsModel::updatePub(const Pub &pub)
{
    const int row = rowOf(pub.id);
    if (row >= 0) {
        replaceRow(row, pub);
        return;
    }
    const int first = int(m_pubs.size());
    beginInsertRows({}, first, first);
    m_pubs.append(pub);
    endInsertRows();
}

void PubsModel::clear()
{
    if (m_pubs.isEmpty())
        return;
    beginResetModel();
    m_pubs.clear();
    endResetModel();
}

void PubsModel::refresh()
{
    if (!m_service || m_refreshInFlight)
        return; // a slow server must not pile up polls
    m_refreshInFlight = true;
    m_service->list(this, [this](const Result<QList<Pub>> &result) {
        m_refreshInFlight = false;
        if (!result.ok()) {
            Q_EMIT refreshFailed(result.error().message);
            return;
        }
        setPubs(result.value());
        Q_EMIT refreshed();
    });
}

bool PubsModel::isPollingActive() const
{
    return m_pollTimer.isActive();
}

void PubsModel::setPollingActive(bool active)
{
    if (active == m_pollTimer.isActive())
        return;
    if (active) {
        refresh();
        m_pollTimer.start();
    } else {
        m_pollTimer.stop();
    }
}

}
