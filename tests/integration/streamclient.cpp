#include "streamclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace buttcloud::test {

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
    if (!connected.wait(5000))
        return false;
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
    if (!QTest::qWaitFor([this] { return arrived(QStringLiteral("ready")); }, 5000))
        return false;
    send(subscription);
    QTest::qWait(200); // let the subscription land before the test makes something happen
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
