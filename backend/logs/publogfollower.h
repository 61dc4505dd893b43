#pragma once

#include "logs/publogsource.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace buttcloud {

struct PubLogFollowerSettings
{
    // After a follow ends or breaks (dockerd restarted, the service replaced) it is opened again after
    // this delay, doubled per failure up to the maximum; lines written meanwhile are not lost.
    std::chrono::milliseconds retryMin{1000};
    std::chrono::milliseconds retryMax{30000};
    std::function<qint64()> clockNs; // epoch ns; the system clock when empty
};

// One Docker follow per watched pub, however many stream clients watch it: the first watch() opens
// it, the last unwatch() closes it. Counted like StatsCollector::watch. Lines are published with
// linesReady; a follow that ends is resumed from the last line seen, so none is shown twice.
class PubLogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubLogFollower)

public:
    explicit PubLogFollower(PubLogSource *source, PubLogFollowerSettings settings = {}, QObject *parent = nullptr);
    ~PubLogFollower() override;

    void watch(const QString &pubId);
    void unwatch(const QString &pubId);

    // For tests and metrics.
    int upstreamCount() const;
    int watchCount(const QString &pubId) const;
    quint64 followsOpened() const;

Q_SIGNALS:
    void linesReady(const QString &pubId, const QList<buttcloud::DockerLogLine> &lines);

private:
    struct Upstream
    {
        int watchers = 0;
        std::unique_ptr<PubLogFollow> follow;
        qint64 watchedSinceNs = 0; // when the first watcher came (server clock)
        qint64 lastAtNs = 0;       // the newest line published (Docker's clock); a resumed follow starts there
        bool seenLine = false;
        qint64 skipThroughNs = 0;  // a resumed follow repeats lines up to here (Docker's since is inclusive)
        int opens = 0;
        int failures = 0;
        QTimer retry;
    };

    void open(const QString &pubId, Upstream &upstream);
    void take(const QString &pubId, const QList<DockerLogLine> &lines);
    void ended(const QString &pubId, const std::optional<RuntimeError> &error);
    qint64 nowNs() const;

    PubLogSource *m_source;
    PubLogFollowerSettings m_settings;
    std::map<QString, std::unique_ptr<Upstream>> m_upstreams;
    quint64 m_followsOpened = 0;
};

}
