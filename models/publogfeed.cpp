#include "models/publogfeed.h"

#include "models/eventstream.h"
#include "models/session.h"
#include "models/typedreply.h"

#include <algorithm>

namespace buttcloud {

PubLogFeed::PubLogFeed(const QString &pubId, Session *session, EventStream *stream, QObject *parent)
    : QObject(parent)
    , m_pubId(pubId)
    , m_session(session)
    , m_stream(stream)
{
    if (m_stream) {
        connect(m_stream, &EventStream::logLinesReceived, this, [this](const QString &pubId, const QList<LogLine> &lines) {
            if (pubId == m_pubId)
                addLiveLines(lines);
        });
        // Lines written while the stream was away are only in the server's answer.
        connect(m_stream, &EventStream::gap, this, [this] { fetch(false); });
        m_stream->subscribePubLogs(m_pubId);
    }
    fetch(true);
}

PubLogFeed::~PubLogFeed()
{
    if (m_stream)
        m_stream->unsubscribePubLogs(m_pubId);
}

QString PubLogFeed::pubId() const
{
    return m_pubId;
}

LogLinesModel *PubLogFeed::model()
{
    return &m_model;
}

void PubLogFeed::reload()
{
    fetch(true);
}

void PubLogFeed::fetch(bool replace)
{
    ApiRequest request;
    request.path = pubPath(m_pubId, "/logs");
    request.query.addQueryItem(QStringLiteral("tail"), QString::number(InitialTail));
    const quint64 generation = ++m_generation;
    const auto handler = [this, generation, replace](const Result<QList<LogLine>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT loadFailed(result.errorMessage());
            return;
        }
        QList<LogLine> lines = result.value();
        if (replace) {
            m_model.clear();
        } else if (m_model.rowCount() > 0) {
            // Catching up after a gap: only what is newer than the newest line shown.
            const QDateTime newest = m_model.lineAt(m_model.rowCount() - 1).at;
            lines.erase(std::remove_if(lines.begin(), lines.end(), [&newest](const LogLine &line) { return line.at <= newest; }),
                        lines.end());
        }
        m_model.append(lines);
        Q_EMIT loaded();
    };
    m_session->send(request, this, typedReply<QList<LogLine>>(handler, m_session->serverUrl(), parseLogLines));
}

void PubLogFeed::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused)
        m_model.append(std::exchange(m_waiting, {}));
}

bool PubLogFeed::isPaused() const
{
    return m_paused;
}

int PubLogFeed::waitingLines() const
{
    return int(m_waiting.size());
}

void PubLogFeed::addLiveLines(const QList<LogLine> &lines)
{
    if (!m_paused) {
        m_model.append(lines);
    } else {
        m_waiting.append(lines);
        if (m_waiting.size() > m_model.capacity())
            m_waiting.remove(0, m_waiting.size() - m_model.capacity());
    }
    Q_EMIT liveLinesArrived();
}

}
