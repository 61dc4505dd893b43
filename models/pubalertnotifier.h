#pragma once

#include "models/apitypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

namespace buttcloud {

class EventStream;

enum class PubAlertKind { Down, OutOfMemory };

// Turns the live stream's pub changes into desktop alerts: a pub that was up and now is down or
// failed while it should run, and an out-of-memory kill. The stream only carries pubs the user
// owns (customers) or operates (staff), so every one counts. One alert per pub and kind per
// window, so a flapping pub does not flood the desktop, and at most a few a minute in all: when a
// whole hub fails, one more alert says so instead of one per pub.
class PubAlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubAlertNotifier)

public:
    static constexpr int AlertWindowSeconds = 10 * 60;
    static constexpr int MaxAlertsPerMinute = 3;

    // stream is not owned and must outlive the notifier.
    explicit PubAlertNotifier(EventStream *stream, QObject *parent = nullptr);
    ~PubAlertNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const;
    // For tests: the time "now" is.
    void setClock(std::function<QDateTime()> clock);

    // What the stream would feed; public so tests and the pubs list can seed the known states.
    void observe(const Pub &pub);
    void forget(const QString &pubId);

Q_SIGNALS:
    void alert(buttcloud::PubAlertKind kind, const QString &pubId, const QString &title, const QString &message);

private:
    struct Seen
    {
        PubStatus status = PubStatus::None;
        QHash<int, QDateTime> lastAlert; // by PubAlertKind
    };

    void raise(PubAlertKind kind, const Pub &pub, Seen &seen);

    bool allowedNow(const QDateTime &now, const QString &pubId);

    bool m_enabled = true;
    QList<QDateTime> m_recentAlerts; // shown in the last minute, oldest first
    std::function<QDateTime()> m_clock;
    QHash<QString, Seen> m_seen;
};

// Whether a pub's status message tells of an out-of-memory kill (Docker says "OOM" or
// "out of memory"; the server's pub_oom mail uses the same test).
bool isOutOfMemoryMessage(const QString &statusMessage);

}
