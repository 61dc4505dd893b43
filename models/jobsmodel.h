#pragma once

#include "models/jobservice.h"
#include "models/pagedtablemodel.h"

#include <QList>
#include <QPointer>
#include <optional>

namespace buttcloud {

class EventStream;
class PubsModel;

// The job queue and history, newest first, one page at a time, with state and kind filters. With
// an event stream, jobs change in place as they progress and new ones appear at the top.
class JobsModel final : public PagedTableModel<Job>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)

public:
    enum Column { KindColumn, StateColumn, PubColumn, ProgressColumn, AttemptsColumn, UpdatedColumn, ErrorColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole };

    // service is not owned and must outlive the model.
    explicit JobsModel(JobService *service, QObject *parent = nullptr);
    ~JobsModel() override;

    // Neither is owned; either may be nullptr. pubs names the pubs; stream brings live changes.
    void setPubsModel(PubsModel *pubs);
    void setEventStream(EventStream *stream);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty strings do not filter. Changing the filter loads the first page again.
    void setFilter(const QString &state, const QString &kind);
    JobFilter filter() const;
    std::optional<Job> jobAt(int row) const;
    // Merges one job (a stream event or the answer to retry or cancel).
    void updateJob(const Job &job);

protected:
    void fetchPage(const QDateTime &before, quint64 generation) override;
    QDateTime oldestRowTime() const override;
    int columns() const override;

private:
    bool matchesFilter(const Job &job) const;
    QString pubName(const QString &pubId) const;
    QVariant displayData(const Job &job, int column) const;

    JobService *m_service;
    PubsModel *m_pubs = nullptr;
    // The stream may go first when both belong to the same window.
    QPointer<EventStream> m_stream;
    JobFilter m_filter;
};

}
