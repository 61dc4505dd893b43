#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QLocalServer>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace buttcloud::test {

// A scripted Docker engine on a private unix socket: answers each request with the next canned reply
// for its method and path, and records what it was asked. Unknown routes get Docker's 404.
class FakeDockerEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeDockerEngine)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;  // as sent, e.g. /v1.41/services?filters=...
        QString path;       // without the version prefix and the query
        QUrlQuery query;
        QList<QByteArray> headerLines;
        QByteArray body;
        QJsonDocument json() const;
    };

    explicit FakeDockerEngine(QObject *parent = nullptr);
    ~FakeDockerEngine() override;

    bool start();
    QUrl endpoint() const;
    QString socketPath() const;

    // Replies are used in order; the last one repeats. An empty reply leaves the request unanswered.
    void route(const QByteArray &method, const QString &path, QList<QByteArray> replies);
    const QList<Request> &requests() const;
    QList<Request> requestsTo(const QByteArray &method, const QString &path) const;

    static QByteArray reply(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    static QByteArray json(int status, const QJsonDocument &document);
    static QByteArray error(int status, const QString &message);

private:
    void serve(class QLocalSocket *socket);
    QByteArray nextReply(const Request &request);

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QMap<QString, QList<QByteArray>> m_routes;
    QList<Request> m_requests;
};

}
