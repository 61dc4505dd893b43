#include "models/backupsmodel.h"

#include <QLocale>

namespace buttcloud {

BackupsModel::BackupsModel(CustodyService *service, QObject *parent)
    : SnapshotTableModel(parent)
    , m_service(service)
{
}

BackupsModel::~BackupsModel() = default;

int BackupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup &backup = m_backups.at(index.row());
    if (role == BackupIdRole)
        return backup.id;
    if (role != Qt::DisplayRole)
        return {};
    const auto time = [](const QDateTime &at) { return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat); };
    switch (index.column()) {
    case PubColumn: return backup.pubName;
    case FeedColumn: return backup.feedId;
    case SizeColumn: return QLocale().formattedDataSize(backup.bytes, 1);
    case ReasonColumn: return backupReasonLabel(backup.reason);
    case CreatedColumn: return time(backup.createdAt);
    case ExpiresColumn: return time(backup.expiresAt);
    default: return {};
    }
}

QVariant BackupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PubColumn: return tr("Pub");
    case FeedColumn: return tr("Feed");
    case SizeColumn: return tr("Size");
    case ReasonColumn: return tr("Reason");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    default: return {};
    }
}

void BackupsModel::refresh()
{
    m_service->listBackups({}, this, whenLatest<QList<Backup>>([this](QList<Backup> backups) { m_backups = std::move(backups); }));
}

void BackupsModel::clear()
{
    clearRows([this] { m_backups.clear(); });
}

std::optional<Backup> BackupsModel::backupAt(int row) const
{
    if (row < 0 || row >= m_backups.size())
        return std::nullopt;
    return m_backups.at(row);
}

void BackupsModel::removeBackup(const QString &backupId)
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).id == backupId) {
            beginRemoveRows({}, row, row);
            m_backups.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

}
