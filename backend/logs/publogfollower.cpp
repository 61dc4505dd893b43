#include "logs/publogfollower.h"

#include "core/logging.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace buttcloud {

PubLogFollower::PubLogFollower(PubLogSource *source, PubLogFollowerSettings settings, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_source);
    if (!m_settings.clockNs)
        m_settings.clockNs = [] { return QDateTime::currentMSecsSinceEpoch() * 1000000LL; };
}

PubLogFollower::~PubLogFollower() = default;

qint64 PubLogFollower::nowNs() const
{
    return m_settings.clockNs();
}

void PubLogFollower::watch(const QString &pubId)
{
    auto found = m_upstreams.find(pubId);
    if (found == m_upstreams.end()) {
        auto upstream = std::make_unique<Upstream>();
        upstream->retry.setSingleShot(true);
        connect(&upstream->retry, &QTimer::timeout, this, [this, pubId] {
            if (const auto it = m_upstreams.find(pubId); it != m_upstreams.end())
                open(pubId, *it->second);
        });
        found = m_upstreams.emplace(pubId, std::move(upstream)).first;
        // A follow resumed before any line arrived catches up from here.
        found->second->watchedSinceNs = nowNs();
        open(pubId, *found->second);
    }
    ++found->second->watchers;
}

void PubLogFollower::unwatch(const QString &pubId)
{
    const auto found = m_upstreams.find(pubId);
    if (found == m_upstreams.end())
        return;
    if (--found->second->watchers > 0)
        return;
    m_upstreams.erase(found); // closes the follow
}

void PubLogFollower::open(const QString &pubId, Upstream &upstream)
{
    ++m_followsOpened;
    // The first follow asks for what comes from now on (Docker's own "now": a hub's clock may differ
    // from ours); a resumed one for what came since the last line, or since watching started.
    const qint64 sinceNs = upstream.seenLine ? upstream.lastAtNs : upstream.opens > 0 ? upstream.watchedSinceNs : 0;
    ++upstream.opens;
    upstream.skipThroughNs = upstream.seenLine ? upstream.lastAtNs : 0;
    const QPointer<PubLogFollower> guard(this);
    upstream.follow = m_source->follow(
        pubId, sinceNs,
        [guard, pubId](const QList<DockerLogLine> &lines) {
            if (guard)
                guard->take(pubId, lines);
        },
        [guard, pubId](const std::optional<RuntimeError> &error) {
            if (guard)
                guard->ended(pubId, error);
        });
}

void PubLogFollower::take(const QString &pubId, const QList<DockerLogLine> &lines)
{
    const auto found = m_upstreams.find(pubId);
    if (found == m_upstreams.end())
        return;
    Upstream &upstream = *found->second;
    QList<DockerLogLine> fresh;
    for (const DockerLogLine &line : lines) {
        if (line.atNs <= upstream.skipThroughNs)
            continue;
        fresh.append(line);
    }
    upstream.failures = 0;
    if (fresh.isEmpty())
        return;
    for (const DockerLogLine &line : std::as_const(fresh))
        upstream.lastAtNs = std::max(upstream.lastAtNs, line.atNs);
    upstream.seenLine = true;
    Q_EMIT linesReady(pubId, fresh);
}

void PubLogFollower::ended(const QString &pubId, const std::optional<RuntimeError> &error)
{
    const auto found = m_upstreams.find(pubId);
    if (found == m_upstreams.end())
        return;
    Upstream &upstream = *found->second;
    // Dropped later: this runs inside the follow's own callback.
    QMetaObject::invokeMethod(this, [follow = std::shared_ptr<PubLogFollow>(std::move(upstream.follow))] {}, Qt::QueuedConnection);
    const qint64 delay = std::min<qint64>(m_settings.retryMax.count(),
                                          m_settings.retryMin.count() << std::min(upstream.failures, 16));
    ++upstream.failures;
    if (error)
        qCInfo(lcPubs).noquote() << "following the logs of pub" << pubId << "broke:" << error->message << "- again in" << delay << "ms";
    upstream.retry.start(int(delay));
}

int PubLogFollower::upstreamCount() const
{
    return int(m_upstreams.size());
}

int PubLogFollower::watchCount(const QString &pubId) const
{
    const auto found = m_upstreams.find(pubId);
    return found == m_upstreams.end() ? 0 : found->second->watchers;
}

quint64 PubLogFollower::followsOpened() const
{
    return m_followsOpened;
}

}
