#pragma once

#include "models/job.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace buttcloud {

class Session;

// Which jobs GET /api/v1/jobs returns; empty fields do not filter.
struct JobFilter
{
    QString state;
    QString kind;
    QString pubId;
    QString hubId;
    QDateTime before; // paging: only jobs created before this time
    int limit = 100;
};

// One difference of a reconcile dry run and the job it queues (or has queued: jobId).
struct ReconcileDifference
{
    QString kind; // service_missing, replicas, spec_drift, orphan_service, hub_lost
    QString pubId;
    QString hubId;
    QString serviceId;
    QString detail;
    QString jobKind;
    QString jobId;
};

struct ReconcilePlan
{
    QDateTime checkedAt;
    QList<ReconcileDifference> differences;
};

QString reconcileDifferenceLabel(const QString &kind);
Result<ReconcilePlan> parseReconcilePlan(const QJsonObject &json, const QUrl &serverUrl);

// The jobs and reconcile parts of the API, typed (docs/api.md, "Jobs" and "Reconcile").
class JobService final
{
    Q_DISABLE_COPY_MOVE(JobService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit JobService(Session *session);

    void list(const JobFilter &filter, QObject *context, Handler<QList<Job>> handler);
    void retry(const QString &jobId, QObject *context, Handler<Job> handler);
    void cancel(const QString &jobId, QObject *context, Handler<Job> handler);
    void reconcilePlan(QObject *context, Handler<ReconcilePlan> handler);

private:
    Session *m_session;
};

}
