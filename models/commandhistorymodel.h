#pragma once

#include "models/commandservice.h"

#include <QAbstractListModel>
#include <QList>

namespace buttcloud {

// The commands run from one console, newest first, bounded so a long session stays small.
class CommandHistoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandHistoryModel)

public:
    enum Role {
        OutputRole = Qt::UserRole + 1, // QString
        ExitCodeRole,                  // int, or invalid when the command did not finish
        CommandRole,                   // QString
        ArgumentsRole,                 // QJsonObject
    };

    static constexpr int MaxEntries = 200;

    explicit CommandHistoryModel(QObject *parent = nullptr);
    ~CommandHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void add(const CommandRun &run);
    std::optional<CommandRun> runAt(int row) const;

    // "invite.create uses=1", the way a person would type it.
    static QString commandLine(const QString &command, const QJsonObject &arguments);

private:
    QList<CommandRun> m_runs;
};

}
