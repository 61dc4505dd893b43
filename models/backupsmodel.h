#pragma once

#include "models/custodyservice.h"
#include "models/snapshottablemodel.h"

#include <QList>
#include <optional>

namespace buttcloud {

// The backups of canceled pubs, newest first, as a table.
class BackupsModel final : public SnapshotTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsModel)

public:
    enum Column { PubColumn, FeedColumn, SizeColumn, ReasonColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    enum Role { BackupIdRole = Qt::UserRole + 1 };

    // service is not owned and must outlive the model.
    explicit BackupsModel(CustodyService *service, QObject *parent = nullptr);
    ~BackupsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    std::optional<Backup> backupAt(int row) const;
    void removeBackup(const QString &backupId);

private:
    CustodyService *m_service;
    QList<Backup> m_backups;
};

}
