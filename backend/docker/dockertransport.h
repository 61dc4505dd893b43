#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QLocalSocket;

namespace buttcloud {

// One byte stream to the engine, carrying one request and its reply. Implementations report through
// the signals only, never from inside open(), so a caller can connect them after creating it.
class DockerConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerConnection)

public:
    using QObject::QObject;
    ~DockerConnection() override = default;

    virtual void open() = 0;
    virtual void write(const QByteArray &data) = 0;
    virtual void close() = 0;
    // Bytes written but not yet taken by the peer: a streamed upload waits for written() before it
    // writes more, so a large body never sits in memory whole.
    virtual qint64 bytesToWrite() const { return 0; }

Q_SIGNALS:
    void opened();
    void written();
    void received(const QByteArray &data);
    void closed();                       // the engine ended the stream after opened()
    void failed(const QString &reason);  // could not open, or broke; for people
};

// What carries the Engine API: a unix socket here; an SSH channel to a remote socket can be added
// without touching DockerEngine.
class DockerTransport
{
public:
    virtual ~DockerTransport() = default;
    virtual DockerConnection *createConnection(QObject *parent) const = 0;
    // Where it connects, for messages.
    virtual QString describe() const = 0;
};

class LocalSocketTransport final : public DockerTransport
{
public:
    explicit LocalSocketTransport(QString socketPath);
    DockerConnection *createConnection(QObject *parent) const override;
    QString describe() const override;

private:
    QString m_socketPath;
};

// The transport for an endpoint URL such as unix:///var/run/docker.sock, or nullptr with a message
// in error when the URL is not one this build supports.
std::unique_ptr<DockerTransport> createDockerTransport(const QUrl &endpoint, QString *error);

}
