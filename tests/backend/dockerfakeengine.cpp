#include "dockerfakeengine.h"

#include <QJsonObject>
#include <QLocalSocket>
#include <QRegularExpression>

namespace buttcloud::test {

QJsonDocument FakeDockerEngine::Request::json() const { return QJsonDocument::fromJson(body); }

FakeDockerEngine::FakeDockerEngine(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

FakeDockerEngine::~FakeDockerEngine() = default;

bool FakeDockerEngine::start() { return m_dir.isValid() && m_server.listen(socketPath()); }
QString FakeDockerEngine::socketPath() const { return m_dir.filePath(QStringLiteral("docker.sock")); }
QUrl FakeDockerEngine::endpoint() const { return QUrl(QStringLiteral("unix://") + socketPath()); }

void FakeDockerEngine::route(const QByteArray &method, const QString &path, QList<QByteArray> replies)
{
    m_routes.insert(QString::fromLatin1(method) + u' ' + path, std::move(replies));
}

const QList<FakeDockerEngine::Request> &FakeDockerEngine::requests() const { return m_requests; }

QList<FakeDockerEngine::Request> FakeDockerEngine::requestsTo(const QByteArray &method, const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.method == method && request.path == path)
            matching.append(request);
    }
    return matching;
}

QByteArray FakeDockerEngine::reply(int status, const QByteArray &body, const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nServer: Docker/20.10.24 (linux)\r\n\r\n" + body;
}

QByteArray FakeDockerEngine::json(int status, const QJsonDocument &document)
{
    return reply(status, document.toJson(QJsonDocument::Compact) + '\n');
}

QByteArray FakeDockerEngine::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}));
}

QByteArray FakeDockerEngine::nextReply(const Request &request)
{
    const auto route = m_routes.find(QString::fromLatin1(request.method) + u' ' + request.path);
    if (route == m_routes.end() || route->isEmpty())
        return error(404, QStringLiteral("page not found"));
    return route->size() > 1 ? route->takeFirst() : route->first();
}

void FakeDockerEngine::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer = QByteArray()]() mutable {
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        request.headerLines = buffer.first(headerEnd).split('\n');
        for (QByteArray &line : request.headerLines)
            line = line.trimmed();
        const QList<QByteArray> requestLine = request.headerLines.takeFirst().split(' ');
        qsizetype contentLength = 0;
        for (const QByteArray &line : std::as_const(request.headerLines)) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.body = buffer.sliced(headerEnd + 4, contentLength);
        const QUrl url(QString::fromLatin1(request.target));
        request.path = url.path().remove(QRegularExpression(QStringLiteral("^/v[0-9.]+")));
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        m_requests.append(request);
        buffer.clear();

        const QByteArray answer = nextReply(request);
        if (answer.isEmpty())
            return;  // leave the client waiting
        socket->write(answer);
        socket->disconnectFromServer();
    });
}

}
