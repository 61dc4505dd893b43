#pragma once

#include "models/pagedtablemodel.h"
#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace buttcloud {

class Session;

// One entry of a pub's timeline (docs/api.md, GET /api/v1/pubs/{id}/timeline).
struct TimelineEntry
{
    enum class Source { Docker, Job, Billing, Mail, Command };

    QString id;
    QDateTime at;
    Source source = Source::Docker;
    QString kind;
    QString summary;
    QString actor;       // empty when the server did it
    QJsonObject detail;
};

Result<TimelineEntry> parseTimelineEntry(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<TimelineEntry>> parseTimelineEntries(const QJsonObject &json, const QUrl &serverUrl);
QString sourceName(TimelineEntry::Source source); // the wire name: docker, job, ...

// A pub's timeline, newest first, a page at a time ("load older"). Columns: time, source, what,
// who. SourceRole gives the wire name of the source, for a filter proxy.
class TimelineModel final : public PagedTableModel<TimelineEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { TimeColumn, SourceColumn, SummaryColumn, ActorColumn, ColumnCount };
    enum Role { SourceRole = Qt::UserRole + 1 };

    // session is not owned and must outlive the model.
    TimelineModel(const QString &pubId, Session *session, QObject *parent = nullptr);
    ~TimelineModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString pubId() const;

    static QString sourceTitle(TimelineEntry::Source source); // translated, for people

protected:
    void fetchPage(const QDateTime &before, quint64 generation) override;
    QDateTime oldestRowTime() const override;
    int columns() const override;

private:
    QString m_pubId;
    Session *m_session;
};

}
