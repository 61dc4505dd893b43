#pragma once

#include "models/loglinesmodel.h"

#include <QObject>

namespace buttcloud {

class EventStream;
class Session;

// A pub's output for its Logs tab: the newest lines from GET .../logs, then the live ones through
// the stream (topic pub.logs) while the feed exists. After a stream gap the recent lines are read
// again (those already shown are skipped). Paused, new lines wait (at most the model's capacity)
// and are added on resume.
class PubLogFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubLogFeed)

public:
    static constexpr int InitialTail = 500;

    // session and stream are not owned and must outlive the feed (stream may be null: no live lines).
    PubLogFeed(const QString &pubId, Session *session, EventStream *stream, QObject *parent = nullptr);
    ~PubLogFeed() override;

    QString pubId() const;
    LogLinesModel *model();
    // Reads the newest lines again (the whole model is replaced).
    void reload();
    void setPaused(bool paused);
    bool isPaused() const;
    int waitingLines() const;
    // As if the stream delivered them (tests and replay).
    void addLiveLines(const QList<LogLine> &lines);

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loaded();
    // Live lines arrived (shown, or waiting while paused).
    void liveLinesArrived();

private:
    void fetch(bool replace);

    QString m_pubId;
    Session *m_session;
    EventStream *m_stream;
    LogLinesModel m_model;
    QList<LogLine> m_waiting;
    bool m_paused = false;
    quint64 m_generation = 0;
};

}
