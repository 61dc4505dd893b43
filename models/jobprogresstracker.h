#pragma once

#include "models/job.h"

#include <QHash>
#include <QPointer>
#include <QObject>

namespace buttcloud {

class EventStream;

// Follows the jobs the user started (creating, starting, stopping or deleting a pub, adding a hub)
// over the stream's "jobs" topic and reports each step in one line, until the job finishes.
class JobProgressTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressTracker)

public:
    // stream is not owned and must outlive the tracker.
    explicit JobProgressTracker(EventStream *stream, QObject *parent = nullptr);
    ~JobProgressTracker() override;

    // subject names what the job works on ("alice"), for the message.
    void track(const Job &job, const QString &subject);
    int trackedCount() const;

Q_SIGNALS:
    void progress(const QString &message);
    void jobFinished(const buttcloud::Job &job, const QString &message);

private:
    void onJobChanged(const Job &job);
    void report(const Job &job, const QString &subject);

    // The stream may go first when both belong to the same window.
    QPointer<EventStream> m_stream;
    QHash<QString, QString> m_subjects; // job id -> subject
};

}
