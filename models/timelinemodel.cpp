#include "models/timelinemodel.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/enumnames.h"

#include <QIcon>
#include <QLocale>

namespace buttcloud {

namespace {
constexpr auto SourceNames = std::to_array<std::pair<TimelineEntry::Source, const char *>>({
    {TimelineEntry::Source::Docker, "docker"}, {TimelineEntry::Source::Job, "job"},
    {TimelineEntry::Source::Billing, "billing"}, {TimelineEntry::Source::Mail, "mail"},
    {TimelineEntry::Source::Command, "command"},
});

// Theme icons with a standard fallback: every desktop shows something.
QIcon sourceIcon(TimelineEntry::Source source)
{
    switch (source) {
    case TimelineEntry::Source::Docker: return QIcon::fromTheme(QStringLiteral("system-run"));
    case TimelineEntry::Source::Job: return QIcon::fromTheme(QStringLiteral("view-refresh"));
    case TimelineEntry::Source::Billing: return QIcon::fromTheme(QStringLiteral("accessories-calculator"));
    case TimelineEntry::Source::Mail: return QIcon::fromTheme(QStringLiteral("mail-message"));
    case TimelineEntry::Source::Command: return QIcon::fromTheme(QStringLiteral("utilities-terminal"));
    }
    return {};
}
}

QString sourceName(TimelineEntry::Source source)
{
    return enumName(SourceNames, source);
}

Result<TimelineEntry> parseTimelineEntry(const QJsonObject &json, const QUrl &serverUrl)
{
    TimelineEntry entry;
    entry.id = stringField(json, "id");
    entry.at = timeField(json, "at");
    const std::optional<TimelineEntry::Source> source = enumFromName(SourceNames, stringField(json, "source"));
    entry.kind = stringField(json, "kind");
    entry.summary = stringField(json, "summary");
    entry.actor = stringField(json, "actor");
    const QJsonValue detail = json.value(QLatin1String("detail"));
    if (entry.id.isEmpty() || !entry.at.isValid() || !source || entry.kind.isEmpty()
        || !(detail.isObject() || detail.isUndefined()))
        return invalidReplyError(serverUrl, 200);
    entry.source = *source;
    entry.detail = detail.toObject();
    return entry;
}

Result<QList<TimelineEntry>> parseTimelineEntries(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<TimelineEntry>(json, "entries", serverUrl, parseTimelineEntry);
}

TimelineModel::TimelineModel(const QString &pubId, Session *session, QObject *parent)
    : PagedTableModel<TimelineEntry>(parent)
    , m_pubId(pubId)
    , m_session(session)
{
}

TimelineModel::~TimelineModel() = default;

QString TimelineModel::pubId() const
{
    return m_pubId;
}

int TimelineModel::columns() const
{
    return ColumnCount;
}

QString TimelineModel::sourceTitle(TimelineEntry::Source source)
{
    switch (source) {
    case TimelineEntry::Source::Docker: return tr("Container");
    case TimelineEntry::Source::Job: return tr("Job");
    case TimelineEntry::Source::Billing: return tr("Billing");
    case TimelineEntry::Source::Mail: return tr("Mail");
    case TimelineEntry::Source::Command: return tr("Command");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_rows.at(index.row());
    if (role == SourceRole)
        return sourceName(entry.source);
    if (role == Qt::DecorationRole && index.column() == SourceColumn)
        return sourceIcon(entry.source);
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return entry.kind;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case SourceColumn: return sourceTitle(entry.source);
    case SummaryColumn: return entry.summary.isEmpty() ? entry.kind : entry.summary;
    case ActorColumn: return entry.actor;
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SourceColumn: return tr("Source");
    case SummaryColumn: return tr("What happened");
    case ActorColumn: return tr("By");
    default: return {};
    }
}

QDateTime TimelineModel::oldestRowTime() const
{
    return m_rows.isEmpty() ? QDateTime() : m_rows.constLast().at;
}

void TimelineModel::fetchPage(const QDateTime &before, quint64 generation)
{
    ApiRequest request;
    request.path = pubPath(m_pubId, "/timeline");
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
    if (before.isValid())
        request.query.addQueryItem(QStringLiteral("before"), before.toUTC().toString(Qt::ISODateWithMs));
    const auto handler = [this, generation, older = before.isValid()](const Result<QList<TimelineEntry>> &result) {
        applyPage(generation, older, result);
    };
    m_session->send(request, this, typedReply<QList<TimelineEntry>>(handler, m_session->serverUrl(), parseTimelineEntries));
}

}
