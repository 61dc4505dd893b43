#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace buttcloud::test {

// A client of the server's live stream (GET /api/v1/stream) for tests: signs in, subscribes and keeps
// every message it receives.
class StreamClient final
{
public:
    StreamClient();
    Q_DISABLE_COPY_MOVE(StreamClient)

    // Connects to the server at baseUrl, authenticates with token and sends subscription; false when
    // it did not get that far within 20 s. Returns once the server has taken the subscription.
    bool open(const QUrl &baseUrl, const QString &token, const QJsonObject &subscription);
    void send(const QJsonObject &message);

    const QList<QJsonObject> &messages() const { return m_messages; }
    // Whether a message of type (matching match, when given) has arrived.
    bool arrived(const QString &type, const std::function<bool(const QJsonObject &message)> &match = {}) const;

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

}
