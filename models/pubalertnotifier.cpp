#include "models/pubalertnotifier.h"

#include "models/eventstream.h"

namespace buttcloud {

bool isOutOfMemoryMessage(const QString &statusMessage)
{
    return statusMessage.contains(QLatin1String("OOM"), Qt::CaseInsensitive)
        || statusMessage.contains(QLatin1String("out of memory"), Qt::CaseInsensitive);
}

PubAlertNotifier::PubAlertNotifier(EventStream *stream, QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(stream, &EventStream::pubChanged, this, &PubAlertNotifier::observe);
    connect(stream, &EventStream::pubRemoved, this, &PubAlertNotifier::forget);
}

PubAlertNotifier::~PubAlertNotifier() = default;

void PubAlertNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool PubAlertNotifier::isEnabled() const
{
    return m_enabled;
}

void PubAlertNotifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void PubAlertNotifier::observe(const Pub &pub)
{
    Seen &seen = m_seen[pub.id];
    const PubStatus before = std::exchange(seen.status, pub.status);
    const bool shouldRun = pub.desiredState == PubDesiredState::Running;
    const bool fell = before == PubStatus::Up && (pub.status == PubStatus::Down || pub.status == PubStatus::Failed);
    if (!shouldRun || !fell)
        return; // a stop someone asked for, or no news
    raise(isOutOfMemoryMessage(pub.statusMessage) ? PubAlertKind::OutOfMemory : PubAlertKind::Down, pub, seen);
}

void PubAlertNotifier::forget(const QString &pubId)
{
    m_seen.remove(pubId);
}

void PubAlertNotifier::raise(PubAlertKind kind, const Pub &pub, Seen &seen)
{
    const QDateTime now = m_clock();
    const QDateTime last = seen.lastAlert.value(int(kind));
    if (last.isValid() && last.secsTo(now) < AlertWindowSeconds)
        return;
    seen.lastAlert.insert(int(kind), now);
    if (!m_enabled || !allowedNow(now, pub.id))
        return;
    if (kind == PubAlertKind::OutOfMemory) {
        Q_EMIT alert(kind, pub.id, tr("Pub %1 ran out of memory").arg(pub.name),
                     tr("Docker stopped the pub “%1” because it used all of its memory. %2").arg(pub.name, pub.statusMessage).trimmed());
    } else {
        Q_EMIT alert(kind, pub.id, tr("Pub %1 is down").arg(pub.name),
                     pub.statusMessage.isEmpty() ? tr("The pub “%1” stopped while it should run.").arg(pub.name)
                                                 : tr("The pub “%1” stopped while it should run: %2").arg(pub.name, pub.statusMessage));
    }
}

bool PubAlertNotifier::allowedNow(const QDateTime &now, const QString &pubId)
{
    m_recentAlerts.removeIf([&now](const QDateTime &shown) { return shown.secsTo(now) >= 60; });
    m_recentAlerts.append(now);
    if (m_recentAlerts.size() <= MaxAlertsPerMinute)
        return true;
    if (m_recentAlerts.size() == MaxAlertsPerMinute + 1) {
        Q_EMIT alert(PubAlertKind::Down, pubId, tr("More pubs are in trouble"),
                     tr("Several pubs went down within a minute; the pubs list shows which."));
    }
    return false;
}

}
