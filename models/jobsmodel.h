#pragma once

#include "models/jobservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <optional>

namespace buttcloud {

class EventStream;
class PubsModel;

// The job queue and history, newest first, one page at a time, with state and kind filters. With
// an event stream, jobs change in place as they progress and new ones appear at the top.
class JobsModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty strings do not filter. Changing the filter loads the first page again.
    void setFilter(const QString &state, const QString &kind);
    JobFilter filter() const;
    void setPageSize(int size);

    void refresh();
    void loadOlder();
    bool canLoadOlder() const;
    bool isLoading() const;
    void clear();

    std::optional<Job> jobAt(int row) const;
    // Merges one job (a stream event or the answer to retry or cancel).
    void updateJob(const Job &job);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    void load(bool older);
    bool matchesFilter(const Job &job) const;
    QString pubName(const QString &pubId) const;
    QVariant displayData(const Job &job, int column) const;
    void setLoading(bool loading);

    JobService *m_service;
    PubsModel *m_pubs = nullptr;
    // The stream may go first when both belong to the same window.
    QPointer<EventStream> m_stream;
    QList<Job> m_jobs;
    JobFilter m_filter;
    quint64 m_generation = 0; // answers for an older filter or a cleared model are dropped
    bool m_loading = false;
    bool m_canLoadOlder = false;
};

}
