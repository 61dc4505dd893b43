#pragma once

#include "models/commandservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace buttcloud {

class PubsModel;

// A read-only command run on several pubs at once, one row per pub: pending while it runs, then
// its exit code and output, or why it did not run there.
class BulkCommandModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCommandModel)

public:
    enum Column { PubColumn, OutcomeColumn, OutputColumn, ColumnCount };
    enum Role { SucceededRole = Qt::UserRole + 1 };

    // Neither is owned; both must outlive the model. pubs may be nullptr (ids are shown then).
    BulkCommandModel(CommandService *service, PubsModel *pubs, QObject *parent = nullptr);
    ~BulkCommandModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The target's pubs show as pending rows until the answer; a hub's pubs are known only then.
    void run(const BulkCommandTarget &target, const CommandSpec &command, const QJsonObject &arguments = {});
    bool isRunning() const;
    std::optional<BulkCommandResult> resultAt(int row) const;

Q_SIGNALS:
    void runningChanged(bool running);
    // The whole run failed (nothing ran); per-pub failures are rows.
    void runFailed(const QString &message);
    void finished();

private:
    struct Row
    {
        QString pubId;
        std::optional<BulkCommandResult> result; // nothing while pending
    };

    QString pubName(const QString &pubId) const;
    void setRunning(bool running);

    CommandService *m_service;
    PubsModel *m_pubs;
    QList<Row> m_rows;
    quint64 m_generation = 0;
    bool m_running = false;
};

}
