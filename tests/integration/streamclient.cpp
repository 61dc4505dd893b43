#include "streamclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace buttcloud::test {

namespace {
// Generous: a loaded machine or a sanitized server (scripts/test sanitize) answers slowly; each wait
// ends as soon as what it waits for arrived.
constexpr int TimeoutMs = 20000;
}

StreamClient::StreamClient()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
}

bool StreamClient::open(const QUrl &baseUrl, const QString &token, const QJsonObject &subscription)
{
    QUrl url = baseUrl;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    if (!connected.wait(TimeoutMs))
        return false;
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
    if (!QTest::qWaitFor([this] { return arrived(QStringLiteral("ready")); }, TimeoutMs))
        return false;
    send(subscription);
    // The server handles a connection's messages in order: its pong says the subscription landed.
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), QStringLiteral("subscribed")}});
    if (!QTest::qWaitFor([this] {
            return arrived(QStringLiteral("pong"), [](const QJsonObject &m) { return m.value(QStringLiteral("id")).toString() == QLatin1String("subscribed"); });
        }, TimeoutMs))
        return false;
    return true;
}

void StreamClient::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

bool StreamClient::arrived(const QString &type, const std::function<bool(const QJsonObject &)> &match) const
{
    return std::any_of(m_messages.cbegin(), m_messages.cend(), [&](const QJsonObject &message) {
        return message.value(QStringLiteral("type")).toString() == type && (!match || match(message));
    });
}

}
