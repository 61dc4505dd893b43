// /api/v1/stream: the WebSocket upgrade is taken over by QAbstractHttpServer once the route's handler
// has written nothing; a plain GET is told to upgrade.
#include "http/apiserver.h"
#include "stream/streamhub.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QWebSocket>

namespace buttcloud {

namespace {
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Upgrade", Qt::CaseInsensitive) == 0 && value.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
}

void ApiServer::registerStreamRoute()
{
    StreamHub *hub = m_services.stream;
    if (!hub)
        return;
    const QString path = QStringLiteral("/api/v1/stream");
    rememberPath(path);
    m_server->route(path, QHttpServerRequest::Method::Get, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (isWebSocketUpgrade(request))
            return;
        const QJsonObject body{{QStringLiteral("error"), QJsonObject{
            {QStringLiteral("code"), QStringLiteral("upgrade_required")},
            {QStringLiteral("message"), QStringLiteral("this is a WebSocket endpoint: send Upgrade: websocket")}}}};
        QHttpServerResponse response(body, QHttpServerResponse::StatusCode::UpgradeRequired);
        response.addHeader("Upgrade", "websocket");
        response.write(std::move(responder));
    });
    connect(m_server.get(), &QHttpServer::newWebSocketConnection, hub, [server = m_server.get(), hub] {
        while (server->hasPendingWebSocketConnections())
            hub->accept(server->nextPendingWebSocketConnection());
    });
}

}
