#include "models/commandhistorymodel.h"

#include <QLocale>

namespace buttcloud {

CommandHistoryModel::CommandHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

CommandHistoryModel::~CommandHistoryModel() = default;

int CommandHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant CommandHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandRun &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString time = QLocale().toString(run.startedAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString outcome = run.timedOut ? tr("timed out")
            : run.exitCode ? tr("exit %1").arg(*run.exitCode) : tr("no exit code");
        return tr("%1  %2  (%3)").arg(time, commandLine(run.command, run.arguments), outcome);
    }
    case Qt::ToolTipRole: return run.output.left(2000);
    case OutputRole: return run.output;
    case ExitCodeRole: return run.exitCode ? QVariant(*run.exitCode) : QVariant();
    case CommandRole: return run.command;
    case ArgumentsRole: return run.arguments;
    default: return {};
    }
}

void CommandHistoryModel::add(const CommandRun &run)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
    if (m_runs.size() > MaxEntries) {
        beginRemoveRows({}, MaxEntries, int(m_runs.size()) - 1);
        m_runs.resize(MaxEntries);
        endRemoveRows();
    }
}

std::optional<CommandRun> CommandHistoryModel::runAt(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return std::nullopt;
    return m_runs.at(row);
}

QString CommandHistoryModel::commandLine(const QString &command, const QJsonObject &arguments)
{
    QStringList parts{command};
    for (auto it = arguments.begin(); it != arguments.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toVariant().toString());
    return parts.join(QLatin1Char(' '));
}

}
