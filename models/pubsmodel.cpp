#include "models/pubsmodel.h"

#include "models/eventstream.h"
#include "models/pubservice.h"
#include "models/statsservice.h"

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
    m_figuresTimer.setInterval(FiguresInterval);
    connect(&m_figuresTimer, &QTimer::timeout, this, &PubsModel::refreshFigures);
}

PubsModel::~PubsModel() = default;

void PubsModel::setLiveSources(EventStream *stream, StatsService *stats)
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->unsubscribePubs();
    }
    m_stream = stream;
    m_stats = stats;
    m_streamWasOnline = false;
    if (m_stream) {
        m_stream->subscribePubs();
        connect(m_stream, &EventStream::stateChanged, this, &PubsModel::onStreamStateChanged);
        connect(m_stream, &EventStream::pubChanged, this, &PubsModel::updatePub);
        connect(m_stream, &EventStream::pubRemoved, this, &PubsModel::removePub);
        connect(m_stream, &EventStream::statsReceived, this, &PubsModel::setFigures);
    }
    updatePollTimer();
}

void PubsModel::onStreamStateChanged()
{
    const bool online = m_stream && m_stream->state() == EventStream::State::Online;
    // Changes made while the stream was away were not sent: one poll catches up with them.
    if (online && !m_streamWasOnline && m_pollingWanted)
        refresh();
    m_streamWasOnline = online;
    updatePollTimer();
}

void PubsModel::updatePollTimer()
{
    const bool streamOnline = m_stream && m_stream->state() == EventStream::State::Online;
    const bool poll = m_pollingWanted && !streamOnline;
    if (poll != m_pollTimer.isActive()) {
        if (poll)
            m_pollTimer.start();
        else
            m_pollTimer.stop();
    }
    const bool fetchFigures = m_pollingWanted && m_stats;
    if (fetchFigures != m_figuresTimer.isActive()) {
        if (fetchFigures)
            m_figuresTimer.start();
        else
            m_figuresTimer.stop();
    }
}

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
        if (index.column() == NodeColumn && !pub.hubId.isEmpty())
            return tr("Pinned to hub %1").arg(pub.hubId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)); // figures line up
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
    case CpuColumn:
    case MemoryColumn: {
        const auto sample = m_figures.constFind(pub.id);
        if (pub.status != PubStatus::Up || sample == m_figures.cend())
            return {};
        if (column == CpuColumn)
            return tr("%1 %").arg(QLocale().toString(sample->value(StatsMetric::CpuPercent), 'f', 1));
        return QLocale().formattedDataSize(qint64(sample->value(StatsMetric::MemoryBytes)), 0);
    }
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
    case CpuColumn:
    case MemoryColumn: {
        const auto sample = m_figures.constFind(pub.id);
        if (pub.status != PubStatus::Up || sample == m_figures.cend())
            return -1.0; // rows without figures sort below idle ones
        return sample->value(column == CpuColumn ? StatsMetric::CpuPercent : StatsMetric::MemoryBytes);
    }
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
    case CpuColumn: return tr("CPU");
    case MemoryColumn: return tr("Memory");
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
    const Pub &current = m_pubs.at(row);
    // A poll answered before a live event arrived must not undo it.
    if (current == pub || (pub.updatedAt.isValid() && current.updatedAt.isValid() && pub.updatedAt < current.updatedAt))
        return;
    m_pubs[row] = pub;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PubsModel::setPubs(const QList<Pub> &answer)
{
    QList<Pub> pubs = answer;
    pubs.removeIf([this](const Pub &pub) { return m_removedPubIds.contains(pub.id); });
    QSet<QString> incomingIds;
    for (const Pub &pub : std::as_const(pubs))
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
    for (const Pub &pub : std::as_const(pubs)) {
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
    if (m_removedPubIds.contains(pub.id))
        return;
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

void PubsModel::removePub(const QString &pubId)
{
    const int row = rowOf(pubId);
    m_figures.remove(pubId);
    m_removedPubIds.insert(pubId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pubs.removeAt(row);
    endRemoveRows();
}

void PubsModel::clear()
{
    m_figures.clear();
    m_removedPubIds.clear();
    if (m_pubs.isEmpty())
        return;
    beginResetModel();
    m_pubs.clear();
    endResetModel();
}

void PubsModel::setFigures(const QString &pubId, const StatsSample &sample)
{
    const int row = rowOf(pubId);
    if (row < 0)
        return;
    const auto known = m_figures.constFind(pubId);
    if (known != m_figures.cend() && known->time > sample.time)
        return; // an older answer arriving late
    m_figures.insert(pubId, sample);
    Q_EMIT dataChanged(index(row, CpuColumn), index(row, MemoryColumn));
}

std::optional<StatsSample> PubsModel::figures(const QString &pubId) const
{
    const auto sample = m_figures.constFind(pubId);
    return sample == m_figures.cend() ? std::nullopt : std::optional<StatsSample>(*sample);
}

void PubsModel::refreshFigures()
{
    if (!m_stats)
        return;
    // The server reads an unwatched pub every 15 s: the last 30 s always hold its newest reading.
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-30);
    for (const Pub &pub : std::as_const(m_pubs)) {
        if (pub.status != PubStatus::Up)
            continue;
        m_stats->history(pub.id, from, to, std::chrono::seconds(1), this,
                         [this, pubId = pub.id](const Result<StatsHistory> &history) {
            if (history.ok() && !history.value().points.isEmpty())
                setFigures(pubId, history.value().points.constLast());
        });
    }
}

void PubsModel::refreshMissingFigures()
{
    // Pubs that appeared or came up since the last round should not wait up to 15 s for figures.
    const bool missing = std::any_of(m_pubs.cbegin(), m_pubs.cend(), [this](const Pub &pub) {
        return pub.status == PubStatus::Up && !m_figures.contains(pub.id);
    });
    if (missing && m_pollingWanted)
        refreshFigures();
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
        refreshMissingFigures();
        Q_EMIT refreshed();
    });
}

bool PubsModel::isPollingActive() const
{
    return m_pollTimer.isActive();
}

void PubsModel::setPollingActive(bool active)
{
    if (active == m_pollingWanted)
        return;
    m_pollingWanted = active;
    if (active) {
        refresh();
        refreshFigures();
    }
    updatePollTimer();
}

}
