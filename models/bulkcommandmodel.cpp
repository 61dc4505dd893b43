#include "models/bulkcommandmodel.h"

#include "models/pubsmodel.h"

namespace buttcloud {

BulkCommandModel::BulkCommandModel(CommandService *service, PubsModel *pubs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_pubs(pubs)
{
}

BulkCommandModel::~BulkCommandModel() = default;

int BulkCommandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkCommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkCommandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SucceededRole)
        return row.result && row.result->succeeded();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PubColumn: return pubName(row.pubId);
    case OutcomeColumn:
        if (!row.result)
            return tr("Running…");
        if (!row.result->errorCode.isEmpty())
            return row.result->errorMessage;
        return tr("Exit code %1").arg(row.result->exitCode.value_or(-1));
    case OutputColumn:
        if (!row.result)
            return {};
        // One line in the table; the whole output in the tooltip.
        return role == Qt::ToolTipRole ? row.result->output : row.result->output.trimmed().section(QLatin1Char('\n'), 0, 0);
    default: return {};
    }
}

QVariant BulkCommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PubColumn: return tr("Pub");
    case OutcomeColumn: return tr("Outcome");
    case OutputColumn: return tr("Output");
    default: return {};
    }
}

QString BulkCommandModel::pubName(const QString &pubId) const
{
    const std::optional<Pub> pub = m_pubs ? m_pubs->pubById(pubId) : std::nullopt;
    return pub ? pub->name : pubId;
}

void BulkCommandModel::run(const BulkCommandTarget &target, const CommandSpec &command, const QJsonObject &arguments)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    for (const QString &pubId : target.pubIds)
        m_rows.append({pubId, std::nullopt});
    endResetModel();
    setRunning(true);
    m_service->runOnMany(target, command, arguments, this, [this, generation](const Result<QList<BulkCommandResult>> &result) {
        if (generation != m_generation)
            return;
        setRunning(false);
        if (!result.ok()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
            Q_EMIT runFailed(result.errorMessage());
            return;
        }
        beginResetModel();
        m_rows.clear();
        for (const BulkCommandResult &pubResult : result.value())
            m_rows.append({pubResult.pubId, pubResult});
        endResetModel();
        Q_EMIT finished();
    });
}

bool BulkCommandModel::isRunning() const
{
    return m_running;
}

std::optional<BulkCommandResult> BulkCommandModel::resultAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).result;
}

void BulkCommandModel::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

}
