#include "models/jobprogresstracker.h"

#include "models/eventstream.h"

namespace buttcloud {

JobProgressTracker::JobProgressTracker(EventStream *stream, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
{
    connect(m_stream, &EventStream::jobChanged, this, &JobProgressTracker::onJobChanged);
}

JobProgressTracker::~JobProgressTracker()
{
    if (m_stream && !m_subjects.isEmpty())
        m_stream->unsubscribeJobs();
}

void JobProgressTracker::track(const Job &job, const QString &subject)
{
    if (job.isFinished()) { // done before the answer came back
        report(job, subject);
        return;
    }
    if (!m_stream)
        return;
    // Subscribed only while something is followed: a customer's stream stays quiet otherwise.
    if (m_subjects.isEmpty())
        m_stream->subscribeJobs();
    m_subjects.insert(job.id, subject);
    report(job, subject);
}

int JobProgressTracker::trackedCount() const
{
    return int(m_subjects.size());
}

void JobProgressTracker::onJobChanged(const Job &job)
{
    const auto found = m_subjects.constFind(job.id);
    if (found == m_subjects.cend())
        return;
    const QString subject = found.value();
    if (job.isFinished()) {
        m_subjects.remove(job.id);
        if (m_subjects.isEmpty() && m_stream)
            m_stream->unsubscribeJobs();
    }
    report(job, subject);
}

void JobProgressTracker::report(const Job &job, const QString &subject)
{
    const QString message = tr("%1 — %2").arg(subject, jobSummary(job));
    if (job.isFinished())
        Q_EMIT jobFinished(job, message);
    else
        Q_EMIT progress(message);
}

}
