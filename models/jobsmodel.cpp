#include "models/jobsmodel.h"

#include "models/eventstream.h"
#include "models/pubsmodel.h"

#include <QLocale>

namespace buttcloud {

JobsModel::JobsModel(JobService *service, QObject *parent)
    : PagedTableModel<Job>(parent)
    , m_service(service)
{
}

JobsModel::~JobsModel()
{
    if (m_stream)
        m_stream->unsubscribeJobs();
}

void JobsModel::setPubsModel(PubsModel *pubs)
{
    m_pubs = pubs;
}

void JobsModel::setEventStream(EventStream *stream)
{
    if (stream == m_stream)
        return;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->unsubscribeJobs();
    }
    m_stream = stream;
    if (m_stream) {
        m_stream->subscribeJobs();
        connect(m_stream, &EventStream::jobChanged, this, &JobsModel::updateJob);
        // Changes sent while the stream was away are lost: reload what is shown.
        connect(m_stream, &EventStream::gap, this, &JobsModel::refresh);
    }
}

int JobsModel::columns() const
{
    return ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn)
            return job.error;
        return job.reason.isEmpty() ? QVariant() : tr("Reason: %1").arg(job.reason);
    case JobIdRole: return job.id;
    case StateRole: return int(job.state);
    default: return {};
    }
}

QVariant JobsModel::displayData(const Job &job, int column) const
{
    switch (column) {
    case KindColumn: return jobKindLabel(job.kind);
    case StateColumn:
        if (job.cancelRequested && !job.isFinished())
            return tr("%1 (cancel requested)").arg(jobStateLabel(job.state));
        return jobStateLabel(job.state);
    case PubColumn: return pubName(job.pubId);
    case ProgressColumn: return job.progress;
    case AttemptsColumn: return tr("%1 of %2").arg(job.attempts).arg(job.maxAttempts);
    case UpdatedColumn:
        return job.updatedAt.isValid() ? QLocale().toString(job.updatedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case ErrorColumn: return job.error;
    default: return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Job");
    case StateColumn: return tr("State");
    case PubColumn: return tr("Pub");
    case ProgressColumn: return tr("Progress");
    case AttemptsColumn: return tr("Attempts");
    case UpdatedColumn: return tr("Updated");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

QString JobsModel::pubName(const QString &pubId) const
{
    if (pubId.isEmpty())
        return {};
    if (m_pubs) {
        if (const std::optional<Pub> pub = m_pubs->pubById(pubId))
            return pub->name;
    }
    return pubId;
}

void JobsModel::setFilter(const QString &state, const QString &kind)
{
    if (state == m_filter.state && kind == m_filter.kind)
        return;
    m_filter.state = state;
    m_filter.kind = kind;
    refresh();
}

JobFilter JobsModel::filter() const
{
    return m_filter;
}

QDateTime JobsModel::oldestRowTime() const
{
    return m_rows.isEmpty() ? QDateTime() : m_rows.constLast().createdAt;
}

void JobsModel::fetchPage(const QDateTime &before, quint64 generation)
{
    JobFilter request = m_filter;
    request.before = before;
    request.limit = pageSize();
    m_service->list(request, this, [this, generation, older = before.isValid()](const Result<QList<Job>> &result) {
        applyPage(generation, older, result);
    });
}

bool JobsModel::matchesFilter(const Job &job) const
{
    return (m_filter.state.isEmpty() || m_filter.state == jobStateName(job.state))
        && (m_filter.kind.isEmpty() || m_filter.kind == job.kind);
}

void JobsModel::updateJob(const Job &job)
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&job](const Job &shown) { return shown.id == job.id; });
    if (found != m_rows.end()) {
        const int row = int(found - m_rows.begin());
        if (!matchesFilter(job)) { // e.g. a queued job started while the filter shows queued ones
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return;
        }
        *found = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!matchesFilter(job))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(job);
    endInsertRows();
}

std::optional<Job> JobsModel::jobAt(int row) const
{
    return rowAt(row);
}

}
