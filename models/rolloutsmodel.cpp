#include "models/rolloutsmodel.h"

#include "models/eventstream.h"
#include "models/pubsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace buttcloud {

RolloutsModel::RolloutsModel(RolloutService *service, QObject *parent)
    : SnapshotTableModel(parent)
    , m_service(service)
{
}

RolloutsModel::~RolloutsModel()
{
    if (m_stream)
        m_stream->unsubscribeJobs();
}

int RolloutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rollouts.size());
}

int RolloutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rollout &rollout = m_rollouts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(rollout, index.column());
    case Qt::ToolTipRole: return rollout.message.isEmpty() ? QVariant() : rollout.message;
    case RolloutIdRole: return rollout.id;
    default: return {};
    }
}

QVariant RolloutsModel::displayData(const Rollout &rollout, int column) const
{
    switch (column) {
    case ImageColumn: return rollout.image;
    case StateColumn: return rolloutStateLabel(rollout.state);
    case ProgressColumn: return tr("%1 of %2").arg(rollout.updatedCount).arg(rollout.pubs.size());
    case BatchColumn: return rollout.batchSize;
    case CreatedColumn: return QLocale().toString(rollout.createdAt.toLocalTime(), QLocale::ShortFormat);
    case MessageColumn: return rollout.message;
    default: return {};
    }
}

QVariant RolloutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImageColumn: return tr("Image");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Updated");
    case BatchColumn: return tr("Batch size");
    case CreatedColumn: return tr("Created");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void RolloutsModel::refresh()
{
    m_service->list(this, whenLatest<QList<Rollout>>([this](QList<Rollout> rollouts) { m_rollouts = std::move(rollouts); }));
}

void RolloutsModel::clear()
{
    clearRows([this] { m_rollouts.clear(); });
}

std::optional<Rollout> RolloutsModel::rolloutAt(int row) const
{
    if (row < 0 || row >= m_rollouts.size())
        return std::nullopt;
    return m_rollouts.at(row);
}

int RolloutsModel::rowOf(const QString &rolloutId) const
{
    for (int row = 0; row < m_rollouts.size(); ++row) {
        if (m_rollouts.at(row).id == rolloutId)
            return row;
    }
    return -1;
}

void RolloutsModel::updateRollout(const Rollout &rollout)
{
    if (const int row = rowOf(rollout.id); row >= 0) {
        m_rollouts[row] = rollout;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0); // newest first
    m_rollouts.prepend(rollout);
    endInsertRows();
}

void RolloutsModel::setEventStream(EventStream *stream)
{
    if (stream == m_stream)
        return;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->unsubscribeJobs();
    }
    m_stream = stream;
    if (!m_stream)
        return;
    m_stream->subscribeJobs();
    connect(m_stream, &EventStream::jobChanged, this, [this](const Job &job) {
        if (job.kind == QLatin1String("rollout"))
            refresh();
    });
    connect(m_stream, &EventStream::gap, this, &RolloutsModel::refresh);
}

RolloutPubsModel::RolloutPubsModel(PubsModel *pubs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pubs(pubs)
{
}

RolloutPubsModel::~RolloutPubsModel() = default;

int RolloutPubsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rolloutPubs.size());
}

int RolloutPubsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RolloutPubsModel::pubName(const QString &pubId) const
{
    if (m_pubs) {
        if (const std::optional<Pub> pub = m_pubs->pubById(pubId))
            return pub->name;
    }
    return pubId; // deleted since, or not listed for this user
}

QVariant RolloutPubsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RolloutPub &pub = m_rolloutPubs.at(index.row());
    if (role == PubIdRole)
        return pub.pubId;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && pub.state == RolloutPubState::Failed)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole)
        return pub.message.isEmpty() ? QVariant() : pub.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return pubName(pub.pubId);
    case StateColumn: return rolloutPubStateLabel(pub.state);
    case FromImageColumn: return pub.fromImage;
    case MessageColumn: return pub.message;
    default: return {};
    }
}

QVariant RolloutPubsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Pub");
    case StateColumn: return tr("State");
    case FromImageColumn: return tr("From image");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void RolloutPubsModel::setRollout(const std::optional<Rollout> &rollout)
{
    beginResetModel();
    m_rolloutPubs = rollout ? rollout->pubs : QList<RolloutPub>{};
    endResetModel();
}

}
