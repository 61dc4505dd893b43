#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QIODevice;

namespace buttcloud {

class DockerTransport;
struct DockerHttpResult;
struct DockerStreaming;

struct DockerError
{
    enum class Kind {
        EngineUnavailable,  // no connection, no answer in time, or the connection broke mid-reply
        HttpStatus,         // the engine refused: httpStatus and Docker's own message
        InvalidReply,       // the engine answered something that is not the HTTP or JSON expected
    };
    Kind kind = Kind::EngineUnavailable;
    int httpStatus = 0;
    QString message;  // for people

    bool isNotFound() const;
    bool isConflict() const;
};

struct DockerReply
{
    int status = 0;      // HTTP status, 0 when the engine did not answer
    QJsonDocument json;  // the parsed body of a 2xx reply; null when the body was empty
    std::optional<DockerError> error;
};

struct ExecResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    bool timedOut = false;  // execStreaming only: it stopped waiting; exitCode is -1
};

template<typename T>
using DockerResult = std::variant<T, DockerError>;

// A long-lived reply being read (logs with follow, the event stream). Destroying or cancelling it
// closes the connection; no callback of it runs afterwards.
class DockerStream final
{
    Q_DISABLE_COPY_MOVE(DockerStream)

public:
    explicit DockerStream(QObject *exchange);
    ~DockerStream();

    void cancel();

private:
    QPointer<QObject> m_exchange;
};

// Client for the Docker Engine API, pinned to one API version. Every call returns at once and calls
// back exactly once, later, on this object's thread; one connection per request, each with a timeout.
// Callbacks of requests still running when the engine is destroyed are dropped.
class DockerEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEngine)

public:
    using Done = std::function<void(std::optional<DockerError> error)>;
    template<typename T>
    using Callback = std::function<void(DockerResult<T> result)>;

    static constexpr std::chrono::milliseconds DefaultRequestTimeout{30000};

    // endpoint: unix:///var/run/docker.sock. An unsupported endpoint makes every request fail with
    // EngineUnavailable and the reason.
    explicit DockerEngine(const QUrl &endpoint, QObject *parent = nullptr);
    explicit DockerEngine(std::unique_ptr<DockerTransport> transport, QObject *parent = nullptr);
    ~DockerEngine() override;

    QString endpointDescription() const;
    void setRequestTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds requestTimeout() const;

    // pathAndQuery is relative to the API version, e.g. "/services?filters=...". A 2xx reply must be
    // empty or JSON; any other status becomes an HttpStatus error carrying Docker's "message".
    void request(QByteArray method, QString pathAndQuery, std::optional<QJsonDocument> body,
                 std::function<void(DockerReply)> done);

    void ping(std::function<void(std::optional<QString> error)> done);

    // Typed helpers. Label filters are "key" or "key=value" and must all match.
    void createService(const QJsonObject &spec, Callback<QString> done);  // the new service's ID
    void inspectService(const QString &idOrName, Callback<QJsonObject> done);
    void updateService(const QString &id, qint64 version, const QJsonObject &spec, Done done);
    void removeService(const QString &idOrName, Done done);
    void listServices(const QStringList &labelFilters, Callback<QJsonArray> done);
    void listTasks(const QStringList &serviceIds, Callback<QJsonArray> done);
    void listNodes(Callback<QJsonArray> done);
    void listNetworks(const QStringList &labelFilters, Callback<QJsonArray> done);
    void inspectVolume(const QString &name, Callback<QJsonObject> done);
    void removeVolume(const QString &name, Done done);
    void listVolumes(const QStringList &labelFilters, Callback<QJsonArray> done);
    void createVolume(const QString &name, const QMap<QString, QString> &labels, Done done);
    // spec is Docker's container config (Image, Labels, HostConfig...); the new container's Id.
    void createContainer(const QJsonObject &spec, Callback<QString> done);
    // Removes a container, running or not (force).
    void removeContainer(const QString &id, Done done);

    // Streams: bodies that may be far larger than memory should hold (volume archives). Both fail
    // when nothing moves for idleTimeout, however long the whole transfer takes.
    using BodyChunk = std::function<bool(const QByteArray &chunk)>;
    // GET whose 2xx body (not JSON, e.g. a tar) goes to onChunk piece by piece as it arrives; onChunk
    // returns false to abort. A body over maxBytes fails.
    void download(const QString &pathAndQuery, qint64 maxBytes, std::chrono::milliseconds idleTimeout,
                  BodyChunk onChunk, Done done);
    // Sends size bytes read from source (open, positioned) as the body, as fast as the engine takes
    // them; source must outlive the call. A 2xx reply must be empty or JSON.
    void upload(const QByteArray &method, const QString &pathAndQuery, QIODevice *source, qint64 size,
                const QByteArray &contentType, std::chrono::milliseconds idleTimeout, Done done);
    // One reading of a running container's resource counters (GET /containers/{id}/stats with
    // stream=false&one-shot=true: no second sample waited for, no stream held open).
    void containerStats(const QString &containerId, Callback<QJsonObject> done);

    // Runs command in a running container without a TTY and collects its output, failing when it
    // takes longer than timeout or writes more than a few MiB.
    void exec(const QString &containerId, const QStringList &command, std::chrono::milliseconds timeout,
              Callback<ExecResult> done);

    using StreamChunk = std::function<void(const QByteArray &chunk)>;
    // GET pathAndQuery and read its 200 body as it arrives, without limit or end: onChunk gets each
    // piece; done gets nullopt when the engine ends the stream, or the error (another status, no
    // headers within the request timeout, a broken connection). The request timeout stops counting
    // once the headers are in: a quiet stream is not a dead one.
    std::unique_ptr<DockerStream> openStream(const QString &pathAndQuery, StreamChunk onChunk, Done done);
    // Unpacks a tar archive into directory (absolute, existing) of a running container, as root
    // whatever the image's user (PUT /containers/{id}/archive): how files reach an image with no shell.
    void putArchive(const QString &containerId, const QString &directory, const QByteArray &tar, Done done);

    using ExecOutput = std::function<void(const QByteArray &chunk, bool isStandardError)>;
    // Like exec, but hands over the demultiplexed output as it arrives. At timeout it stops waiting and
    // reports timedOut with the output so far (Docker has no call to kill an exec: the command may
    // still finish in the container).
    void execStreaming(const QString &containerId, const QStringList &command, std::chrono::milliseconds timeout,
                       ExecOutput onOutput, Callback<ExecResult> done);

private:
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              std::chrono::milliseconds timeout, std::function<void(DockerHttpResult)> done,
              std::function<void(const QByteArray &body)> onBodyGrown = {}, const DockerStreaming *streaming = nullptr,
              QByteArrayView contentType = "application/json");
    void createExec(const QString &containerId, const QStringList &command, Callback<QString> done);
    void startExec(const QString &execId, std::chrono::milliseconds timeout, Callback<ExecResult> done);
    void startStreamingExec(const QString &execId, std::chrono::milliseconds timeout, ExecOutput onOutput,
                            Callback<ExecResult> done);
    void finishExec(const QString &execId, ExecResult output, int attemptsLeft, Callback<ExecResult> done);
    // Calls done later with a result known now, keeping the "always asynchronous" promise.
    void deliverLater(std::function<void()> deliver);
    void requestObject(const QByteArray &method, const QString &pathAndQuery,
                       std::optional<QJsonDocument> body, Callback<QJsonObject> done);
    void requestArray(const QString &pathAndQuery, Callback<QJsonArray> done);
    void requestNothing(const QByteArray &method, const QString &pathAndQuery,
                        std::optional<QJsonDocument> body, Done done);

    std::unique_ptr<DockerTransport> m_transport;
    QString m_transportError;  // why there is no transport
    std::chrono::milliseconds m_requestTimeout = DefaultRequestTimeout;
    QPointer<QObject> m_lastExchange; // the exchange send() started last, for openStream()
};

}
