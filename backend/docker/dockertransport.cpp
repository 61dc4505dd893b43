#include "docker/dockertransport.h"

#include <QLocalSocket>

namespace buttcloud {

namespace {

class LocalSocketConnection final : public DockerConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSocketConnection)

public:
    LocalSocketConnection(const QString &socketPath, QObject *parent)
        : DockerConnection(parent)
        , m_socketPath(socketPath)
        , m_socket(new QLocalSocket(this))
    {
        connect(m_socket, &QLocalSocket::connected, this, [this] {
            m_open = true;
            Q_EMIT opened();
        });
        connect(m_socket, &QLocalSocket::readyRead, this, [this] { Q_EMIT received(m_socket->readAll()); });
        connect(m_socket, &QLocalSocket::bytesWritten, this, [this] {
            if (!m_done)
                Q_EMIT written();
        });
        connect(m_socket, &QLocalSocket::disconnected, this, &LocalSocketConnection::reportClosed);
        connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
            if (error == QLocalSocket::PeerClosedError && m_open)
                reportClosed();
            else
                reportFailure(m_socket->errorString());
        });
    }

    void open() override
    {
        // Connecting may report an error synchronously; queue it so signals always come later.
        QMetaObject::invokeMethod(this, [this] { m_socket->connectToServer(m_socketPath); }, Qt::QueuedConnection);
    }

    void write(const QByteArray &data) override { m_socket->write(data); }
    qint64 bytesToWrite() const override { return m_socket->bytesToWrite(); }

    void close() override
    {
        m_done = true;
        m_socket->abort();
    }

private:
    void reportClosed()
    {
        if (m_done)
            return;
        m_done = true;
        const QByteArray rest = m_socket->readAll();
        if (!rest.isEmpty())
            Q_EMIT received(rest);
        Q_EMIT closed();
    }

    void reportFailure(const QString &reason)
    {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT failed(reason);
    }

    QString m_socketPath;
    QLocalSocket *m_socket;
    bool m_open = false;
    bool m_done = false;  // closed() or failed() was emitted, or we closed: report nothing more
};

}

LocalSocketTransport::LocalSocketTransport(QString socketPath)
    : m_socketPath(std::move(socketPath))
{
}

DockerConnection *LocalSocketTransport::createConnection(QObject *parent) const
{
    return new LocalSocketConnection(m_socketPath, parent);
}

QString LocalSocketTransport::describe() const
{
    return QStringLiteral("unix://") + m_socketPath;
}

std::unique_ptr<DockerTransport> createDockerTransport(const QUrl &endpoint, QString *error)
{
    if (endpoint.scheme() == QLatin1String("unix") && endpoint.host().isEmpty() && endpoint.path().startsWith(u'/'))
        return std::make_unique<LocalSocketTransport>(endpoint.path());
    if (error)
        *error = QStringLiteral("unsupported Docker endpoint '%1' (expected unix:///path/to/docker.sock)")
                     .arg(endpoint.toDisplayString());
    return nullptr;
}

}

#include "dockertransport.moc"
