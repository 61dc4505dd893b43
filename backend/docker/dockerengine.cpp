#include "docker/dockerengine.h"

#include "docker/dockerstreamdemuxer.h"
#include "docker/dockertransport.h"
#include "docker/httpcodec.h"

#include <QIODevice>
#include <QJsonParseError>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace buttcloud {

// The one place the Engine API version is chosen: 1.41 is Docker 20.10, the oldest engine supported.
static constexpr char ApiVersionPrefix[] = "/v1.41";

// How an exchange streams its body out (upload) or its reply's body in (bodySink): archives, and
// streams without end (events, followed logs).
struct DockerStreaming
{
    QIODevice *upload = nullptr;
    qint64 uploadSize = 0;
    QByteArray contentType;
    std::function<bool(const QByteArray &chunk)> bodySink;
    qsizetype maxBodyBytes = 0;
    // No size limit, and no timeout once the headers are in: a quiet stream is not a dead one.
    bool endless = false;
};

// A whole HTTP exchange as the transport saw it; error is set when there is no usable response.
struct DockerHttpResult
{
    int status = 0;
    QByteArray body;
    std::optional<DockerError> error;
};

namespace {

constexpr qsizetype MaxExecOutputBytes = 4 * 1024 * 1024;
constexpr std::chrono::milliseconds ExecExitPollInterval{100};
constexpr int ExecExitPollAttempts = 20;

DockerError unavailable(const QString &message)
{
    return DockerError{DockerError::Kind::EngineUnavailable, 0, message};
}

DockerError invalidReply(const QString &message)
{
    return DockerError{DockerError::Kind::InvalidReply, 0, message};
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Docker's filters parameter: {"label": {"a=b": true}, ...}, URL-encoded.
QString filtersQuery(const QString &key, const QStringList &values)
{
    QJsonObject set;
    for (const QString &value : values)
        set.insert(value, true);
    const QByteArray json = QJsonDocument(QJsonObject{{key, set}}).toJson(QJsonDocument::Compact);
    return QStringLiteral("filters=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json)));
}

// Both go verbatim into the request line: an upper-case method and a path of visible ASCII.
bool isValidRequestLine(const QByteArray &method, const QString &pathAndQuery)
{
    const bool methodOk = !method.isEmpty()
        && std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return methodOk && pathAndQuery.startsWith(u'/')
        && std::all_of(pathAndQuery.begin(), pathAndQuery.end(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

// Runs one request over one connection; reports exactly once, then deletes itself.
class DockerExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerExchange)

public:
    DockerExchange(DockerConnection *connection, QByteArray request, std::chrono::milliseconds timeout,
                   QString endpoint, std::function<void(DockerHttpResult)> done,
                   std::function<void(const QByteArray &body)> onBodyGrown, QObject *parent)
        : QObject(parent)
        , m_connection(connection)
        , m_request(std::move(request))
        , m_timeout(timeout)
        , m_endpoint(std::move(endpoint))
        , m_done(std::move(done))
        , m_onBodyGrown(std::move(onBodyGrown))
    {
        m_connection->setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish({0, {}, unavailable(QStringLiteral("the Docker engine at %1 did not answer within %2 s")
                                           .arg(m_endpoint).arg(m_timeout.count() / 1000.0))});
        });
        connect(m_connection, &DockerConnection::opened, this, [this] {
            m_connection->write(m_request);
            m_request.clear();
            sendUpload();
        });
        connect(m_connection, &DockerConnection::written, this, &DockerExchange::sendUpload);
        connect(m_connection, &DockerConnection::received, this, &DockerExchange::onReceived);
        connect(m_connection, &DockerConnection::closed, this, &DockerExchange::onClosed);
        connect(m_connection, &DockerConnection::failed, this, [this](const QString &reason) {
            finish({0, {}, unavailable(QStringLiteral("the Docker engine at %1 is unavailable: %2").arg(m_endpoint, reason))});
        });
    }

    // A body of uploadSize bytes read from upload follows the request head, written as the
    // connection drains.
    void setUpload(QIODevice *upload, qint64 uploadSize)
    {
        m_upload = upload;
        m_uploadLeft = uploadSize;
    }
    // A 2xx body goes to sink as it arrives instead of being kept; sink returns false to abort.
    void setBodySink(std::function<bool(const QByteArray &chunk)> sink, qsizetype maxBodyBytes)
    {
        m_bodySink = std::move(sink);
        m_parser = HttpResponseParser({HttpResponseParser::Limits{}.maxHeaderBytes, maxBodyBytes});
    }
    // The timeout counts from the last progress in either direction instead of from the start.
    void setIdleTimeout() { m_idleTimeout = true; }
    // The timeout ends with the headers: the body may pause for as long as it likes.
    void setEndless() { m_endless = true; }

    void start()
    {
        m_timer.start(m_timeout);
        m_connection->open();
    }

    // Ends the exchange without answering (its owner lost interest). May run inside the chunk
    // callback, which therefore stays alive until the exchange is deleted.
    void abandon()
    {
        m_done = nullptr;
        m_timer.stop();
        m_connection->close();
        deleteLater();
    }

private:
    void madeProgress()
    {
        if (m_idleTimeout && m_done && !(m_endless && m_parser.hasHeaders()))
            m_timer.start(m_timeout);
    }

    void sendUpload()
    {
        madeProgress();
        constexpr qint64 ChunkBytes = 64 * 1024;
        constexpr qint64 MaxQueuedBytes = 4 * ChunkBytes;
        while (m_upload && m_uploadLeft > 0 && m_connection->bytesToWrite() < MaxQueuedBytes) {
            const QByteArray chunk = m_upload->read(std::min(ChunkBytes, m_uploadLeft));
            if (chunk.isEmpty()) {
                finish({0, {}, invalidReply(QStringLiteral("the upload's source ended %1 bytes early").arg(m_uploadLeft))});
                return;
            }
            m_uploadLeft -= chunk.size();
            m_connection->write(chunk);
        }
    }

    void onReceived(const QByteArray &data)
    {
        madeProgress();
        if (!m_parser.feed(data)) {
            finish({0, {}, invalidReply(QStringLiteral("the Docker engine sent a malformed HTTP response: %1")
                                            .arg(m_parser.errorString()))});
            return;
        }
        if (m_endless && m_parser.hasHeaders())
            m_timer.stop();
        // Streamed bodies (exec output) are shown as they grow, successful replies only.
        if (m_onBodyGrown && m_parser.hasHeaders() && m_parser.statusCode() == 200 && m_parser.body().size() > m_reportedBodyBytes) {
            m_reportedBodyBytes = m_parser.body().size();
            m_onBodyGrown(m_parser.body());
        }
        // A body read as it arrives: handed over in pieces and never held whole; successful replies only.
        if (m_bodySink && m_done && m_parser.hasHeaders() && m_parser.statusCode() / 100 == 2 && !m_parser.body().isEmpty()) {
            if (!m_bodySink(m_parser.takeBody())) {
                finish({0, {}, invalidReply(QStringLiteral("the download was aborted"))});
                return;
            }
            if (!m_done)
                return; // abandoned by its owner meanwhile
        }
        if (m_parser.isComplete())
            finishWithResponse();
    }

    void onClosed()
    {
        if (m_parser.finish())
            finishWithResponse();
        else
            finish({0, {}, unavailable(QStringLiteral("the Docker engine at %1 broke off: %2")
                                           .arg(m_endpoint, m_parser.errorString()))});
    }

    void finishWithResponse() { finish({m_parser.statusCode(), m_parser.body(), std::nullopt}); }

    void finish(DockerHttpResult result)
    {
        if (!m_done)
            return;
        m_timer.stop();
        m_connection->close();
        const auto done = std::exchange(m_done, nullptr);
        deleteLater();
        done(std::move(result));
    }

    DockerConnection *m_connection;
    QByteArray m_request;
    std::chrono::milliseconds m_timeout;
    QString m_endpoint;
    std::function<void(DockerHttpResult)> m_done;
    std::function<void(const QByteArray &body)> m_onBodyGrown;
    qsizetype m_reportedBodyBytes = 0;
    std::function<bool(const QByteArray &chunk)> m_bodySink;
    QIODevice *m_upload = nullptr;
    qint64 m_uploadLeft = 0;
    bool m_idleTimeout = false;
    bool m_endless = false;
    HttpResponseParser m_parser;
    QTimer m_timer;
};

// Turns a finished exchange into Docker's JSON reply or a typed error.
DockerReply toJsonReply(DockerHttpResult result)
{
    DockerReply reply;
    reply.status = result.status;
    if (result.error) {
        reply.error = std::move(result.error);
        return reply;
    }

    QJsonParseError parseError;
    const QJsonDocument json = result.body.trimmed().isEmpty() ? QJsonDocument()
                                                               : QJsonDocument::fromJson(result.body, &parseError);
    const bool validJson = result.body.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError;
    if (result.status < 200 || result.status > 299) {
        QString message = json.object().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = QStringLiteral("HTTP status %1").arg(result.status);
        reply.error = DockerError{DockerError::Kind::HttpStatus, result.status, message};
        return reply;
    }
    if (!validJson) {
        reply.error = invalidReply(QStringLiteral("the Docker engine sent invalid JSON: %1").arg(parseError.errorString()));
        return reply;
    }
    reply.json = json;
    return reply;
}

}

DockerStream::DockerStream(QObject *exchange)
    : m_exchange(exchange)
{
}

DockerStream::~DockerStream()
{
    cancel();
}

void DockerStream::cancel()
{
    if (auto *exchange = qobject_cast<DockerExchange *>(m_exchange.data()))
        exchange->abandon();
    m_exchange = nullptr;
}

bool DockerError::isNotFound() const { return kind == Kind::HttpStatus && httpStatus == 404; }
bool DockerError::isConflict() const { return kind == Kind::HttpStatus && httpStatus == 409; }

DockerEngine::DockerEngine(const QUrl &endpoint, QObject *parent)
    : QObject(parent)
{
    m_transport = createDockerTransport(endpoint, &m_transportError);
}

DockerEngine::DockerEngine(std::unique_ptr<DockerTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
{
    if (!m_transport)
        m_transportError = QStringLiteral("no Docker transport");
}

DockerEngine::~DockerEngine() = default;

QString DockerEngine::endpointDescription() const
{
    return m_transport ? m_transport->describe() : m_transportError;
}

void DockerEngine::setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
std::chrono::milliseconds DockerEngine::requestTimeout() const { return m_requestTimeout; }

void DockerEngine::deliverLater(std::function<void()> deliver)
{
    QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
}

void DockerEngine::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                        std::chrono::milliseconds timeout, std::function<void(DockerHttpResult)> done,
                        std::function<void(const QByteArray &body)> onBodyGrown, const DockerStreaming *streaming,
                        QByteArrayView contentType)
{
    if (!m_transport) {
        deliverLater([done = std::move(done), message = m_transportError] { done({0, {}, unavailable(message)}); });
        return;
    }
    if (!isValidRequestLine(method, pathAndQuery)) {
        deliverLater([done = std::move(done), method, pathAndQuery] {
            done({0, {}, DockerError{DockerError::Kind::HttpStatus, 400,
                                     QStringLiteral("invalid Docker API request '%1 %2'")
                                         .arg(QString::fromLatin1(method), pathAndQuery)}});
        });
        return;
    }
    const QByteArray target = ApiVersionPrefix + pathAndQuery.toLatin1();
    const QByteArray request = streaming && streaming->upload
        ? encodeHttpRequestHead(method, target, "docker", streaming->uploadSize, streaming->contentType)
        : encodeHttpRequest(method, target, "docker", body, body.isEmpty() ? QByteArrayView() : contentType);
    auto *exchange = new DockerExchange(m_transport->createConnection(nullptr), request, timeout,
                                        m_transport->describe(), std::move(done), std::move(onBodyGrown), this);
    m_lastExchange = exchange;
    if (streaming) {
        exchange->setIdleTimeout();
        if (streaming->upload)
            exchange->setUpload(streaming->upload, streaming->uploadSize);
        if (streaming->bodySink)
            exchange->setBodySink(streaming->bodySink, streaming->endless ? std::numeric_limits<qsizetype>::max()
                                                                          : streaming->maxBodyBytes);
        if (streaming->endless)
            exchange->setEndless();
    }
    exchange->start();
}

std::unique_ptr<DockerStream> DockerEngine::openStream(const QString &pathAndQuery, StreamChunk onChunk, Done done)
{
    m_lastExchange = nullptr;
    DockerStreaming streaming;
    streaming.bodySink = [onChunk = std::move(onChunk)](const QByteArray &chunk) {
        onChunk(chunk);
        return true;
    };
    streaming.endless = true;
    send("GET", pathAndQuery, {}, m_requestTimeout,
         [done = std::move(done)](DockerHttpResult result) {
             if (result.error)
                 return done(result.error);
             if (result.status != 200) {
                 const int status = result.status;
                 return done(toJsonReply(std::move(result)).error.value_or(
                     invalidReply(QStringLiteral("the Docker engine answered a stream with HTTP status %1").arg(status))));
             }
             done(std::nullopt);
         },
         {}, &streaming);
    // Without a transport (or with an invalid path) there is no exchange: done comes later anyway.
    return std::make_unique<DockerStream>(std::exchange(m_lastExchange, nullptr));
}

void DockerEngine::download(const QString &pathAndQuery, qint64 maxBytes, std::chrono::milliseconds idleTimeout,
                            BodyChunk onChunk, Done done)
{
    DockerStreaming streaming;
    streaming.bodySink = std::move(onChunk);
    streaming.maxBodyBytes = qsizetype(maxBytes);
    send("GET", pathAndQuery, {}, idleTimeout,
         [done = std::move(done)](DockerHttpResult result) { done(toJsonReply(std::move(result)).error); }, {},
         &streaming);
}

void DockerEngine::upload(const QByteArray &method, const QString &pathAndQuery, QIODevice *source, qint64 size,
                          const QByteArray &contentType, std::chrono::milliseconds idleTimeout, Done done)
{
    DockerStreaming streaming;
    streaming.upload = source;
    streaming.uploadSize = size;
    streaming.contentType = contentType;
    send(method, pathAndQuery, {}, idleTimeout,
         [done = std::move(done)](DockerHttpResult result) { done(toJsonReply(std::move(result)).error); }, {},
         &streaming);
}

void DockerEngine::createContainer(const QJsonObject &spec, Callback<QString> done)
{
    requestObject("POST", QStringLiteral("/containers/create"), QJsonDocument(spec),
                  [done = std::move(done)](DockerResult<QJsonObject> result) {
                      if (auto *error = std::get_if<DockerError>(&result))
                          return done(*error);
                      const QString id = std::get<QJsonObject>(result).value(QLatin1String("Id")).toString();
                      if (id.isEmpty())
                          return done(invalidReply(QStringLiteral("the Docker engine created a container without an Id")));
                      done(id);
                  });
}

void DockerEngine::removeContainer(const QString &id, Done done)
{
    requestNothing("DELETE", QStringLiteral("/containers/%1?force=true").arg(pathSegment(id)), std::nullopt,
                   std::move(done));
}

void DockerEngine::createVolume(const QString &name, const QMap<QString, QString> &labels, Done done)
{
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject.insert(it.key(), it.value());
    requestNothing("POST", QStringLiteral("/volumes/create"),
                   QJsonDocument(QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Labels"), labelObject}}),
                   std::move(done));
}

void DockerEngine::request(QByteArray method, QString pathAndQuery, std::optional<QJsonDocument> body,
                           std::function<void(DockerReply)> done)
{
    const QByteArray payload = body ? body->toJson(QJsonDocument::Compact) : QByteArray();
    send(method, pathAndQuery, payload, m_requestTimeout,
         [done = std::move(done)](DockerHttpResult result) { done(toJsonReply(std::move(result))); });
}

void DockerEngine::ping(std::function<void(std::optional<QString> error)> done)
{
    // /_ping answers plain text "OK", not JSON; a refusal (e.g. an engine older than the pinned API
    // version) still carries Docker's JSON message.
    send("GET", QStringLiteral("/_ping"), {}, m_requestTimeout, [done = std::move(done)](DockerHttpResult result) {
        if (result.status == 200 && result.body.trimmed() == "OK")
            return done(std::nullopt);
        const DockerReply reply = toJsonReply(std::move(result));
        done(reply.error ? reply.error->message
                         : QStringLiteral("the Docker engine answered the ping with something other than OK"));
    });
}

void DockerEngine::requestObject(const QByteArray &method, const QString &pathAndQuery,
                                 std::optional<QJsonDocument> body, Callback<QJsonObject> done)
{
    request(method, pathAndQuery, std::move(body), [done = std::move(done)](DockerReply reply) {
        if (reply.error)
            done(*reply.error);
        else if (!reply.json.isObject())
            done(invalidReply(QStringLiteral("the Docker engine did not answer with a JSON object")));
        else
            done(reply.json.object());
    });
}

void DockerEngine::requestArray(const QString &pathAndQuery, Callback<QJsonArray> done)
{
    request("GET", pathAndQuery, std::nullopt, [done = std::move(done)](DockerReply reply) {
        if (reply.error)
            done(*reply.error);
        else if (!reply.json.isArray())
            done(invalidReply(QStringLiteral("the Docker engine did not answer with a JSON array")));
        else
            done(reply.json.array());
    });
}

void DockerEngine::requestNothing(const QByteArray &method, const QString &pathAndQuery,
                                  std::optional<QJsonDocument> body, Done done)
{
    request(method, pathAndQuery, std::move(body), [done = std::move(done)](DockerReply reply) { done(reply.error); });
}

void DockerEngine::createService(const QJsonObject &spec, Callback<QString> done)
{
    requestObject("POST", QStringLiteral("/services/create"), QJsonDocument(spec),
                  [done = std::move(done)](DockerResult<QJsonObject> result) {
                      if (auto *error = std::get_if<DockerError>(&result))
                          return done(*error);
                      const QString id = std::get<QJsonObject>(result).value(QLatin1String("ID")).toString();
                      if (id.isEmpty())
                          return done(invalidReply(QStringLiteral("the Docker engine created a service without an ID")));
                      done(id);
                  });
}

void DockerEngine::inspectService(const QString &idOrName, Callback<QJsonObject> done)
{
    requestObject("GET", QStringLiteral("/services/") + pathSegment(idOrName), std::nullopt, std::move(done));
}

void DockerEngine::updateService(const QString &id, qint64 version, const QJsonObject &spec, Done done)
{
    requestNothing("POST", QStringLiteral("/services/%1/update?version=%2").arg(pathSegment(id)).arg(version),
                   QJsonDocument(spec), std::move(done));
}

void DockerEngine::removeService(const QString &idOrName, Done done)
{
    requestNothing("DELETE", QStringLiteral("/services/") + pathSegment(idOrName), std::nullopt, std::move(done));
}

void DockerEngine::listServices(const QStringList &labelFilters, Callback<QJsonArray> done)
{
    requestArray(QStringLiteral("/services?") + filtersQuery(QStringLiteral("label"), labelFilters), std::move(done));
}

void DockerEngine::listNetworks(const QStringList &labelFilters, Callback<QJsonArray> done)
{
    requestArray(QStringLiteral("/networks?") + filtersQuery(QStringLiteral("label"), labelFilters), std::move(done));
}

void DockerEngine::listTasks(const QStringList &serviceIds, Callback<QJsonArray> done)
{
    // No filter would list every task in the swarm, which is never what "these services" means.
    if (serviceIds.isEmpty())
        return deliverLater([done = std::move(done)] { done(QJsonArray()); });
    requestArray(QStringLiteral("/tasks?") + filtersQuery(QStringLiteral("service"), serviceIds), std::move(done));
}

void DockerEngine::putArchive(const QString &containerId, const QString &directory, const QByteArray &tar, Done done)
{
    const QString path = QStringLiteral("/containers/%1/archive?path=%2")
                             .arg(pathSegment(containerId), QString::fromLatin1(QUrl::toPercentEncoding(directory)));
    send("PUT", path, tar, m_requestTimeout,
         [done = std::move(done)](DockerHttpResult result) { done(toJsonReply(std::move(result)).error); },
         {}, nullptr, "application/x-tar");
}

void DockerEngine::listNodes(Callback<QJsonArray> done)
{
    requestArray(QStringLiteral("/nodes"), std::move(done));
}

void DockerEngine::inspectVolume(const QString &name, Callback<QJsonObject> done)
{
    requestObject("GET", QStringLiteral("/volumes/") + pathSegment(name), std::nullopt, std::move(done));
}

void DockerEngine::removeVolume(const QString &name, Done done)
{
    requestNothing("DELETE", QStringLiteral("/volumes/") + pathSegment(name), std::nullopt, std::move(done));
}

void DockerEngine::listVolumes(const QStringList &labelFilters, Callback<QJsonArray> done)
{
    requestObject("GET", QStringLiteral("/volumes?") + filtersQuery(QStringLiteral("label"), labelFilters),
                  std::nullopt, [done = std::move(done)](DockerResult<QJsonObject> result) {
                      if (auto *error = std::get_if<DockerError>(&result))
                          return done(*error);
                      const QJsonValue volumes = std::get<QJsonObject>(result).value(QLatin1String("Volumes"));
                      if (!volumes.isArray() && !volumes.isNull())
                          return done(invalidReply(QStringLiteral("the Docker engine listed volumes without a list")));
                      done(volumes.toArray());
                  });
}

void DockerEngine::containerStats(const QString &containerId, Callback<QJsonObject> done)
{
    requestObject("GET", QStringLiteral("/containers/%1/stats?stream=false&one-shot=true").arg(pathSegment(containerId)),
                  std::nullopt, std::move(done));
}

void DockerEngine::exec(const QString &containerId, const QStringList &command, std::chrono::milliseconds timeout,
                        Callback<ExecResult> done)
{
    createExec(containerId, command, [this, timeout, done = std::move(done)](DockerResult<QString> created) {
        if (auto *error = std::get_if<DockerError>(&created))
            return done(*error);
        startExec(std::get<QString>(created), timeout, std::move(done));
    });
}

void DockerEngine::execStreaming(const QString &containerId, const QStringList &command, std::chrono::milliseconds timeout,
                                 ExecOutput onOutput, Callback<ExecResult> done)
{
    createExec(containerId, command, [this, timeout, onOutput = std::move(onOutput), done = std::move(done)](DockerResult<QString> created) {
        if (auto *error = std::get_if<DockerError>(&created))
            return done(*error);
        startStreamingExec(std::get<QString>(created), timeout, std::move(onOutput), std::move(done));
    });
}

void DockerEngine::createExec(const QString &containerId, const QStringList &command, Callback<QString> done)
{
    const QJsonObject config{
        {QStringLiteral("AttachStdin"), false},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)},
    };
    requestObject("POST", QStringLiteral("/containers/%1/exec").arg(pathSegment(containerId)), QJsonDocument(config),
                  [done = std::move(done)](DockerResult<QJsonObject> result) {
                      if (auto *error = std::get_if<DockerError>(&result))
                          return done(*error);
                      const QString execId = std::get<QJsonObject>(result).value(QLatin1String("Id")).toString();
                      if (execId.isEmpty())
                          return done(invalidReply(QStringLiteral("the Docker engine created an exec without an ID")));
                      done(execId);
                  });
}

void DockerEngine::startExec(const QString &execId, std::chrono::milliseconds timeout, Callback<ExecResult> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), false}})
                                .toJson(QJsonDocument::Compact);
    // The reply is the raw multiplexed stream, running until the command ends and Docker closes it.
    send("POST", QStringLiteral("/exec/%1/start").arg(pathSegment(execId)), body, timeout,
         [this, execId, done = std::move(done)](DockerHttpResult result) {
             if (result.error)
                 return done(*result.error);
             if (result.status != 200) {
                 const int status = result.status;
                 return done(toJsonReply(std::move(result)).error.value_or(invalidReply(
                     QStringLiteral("the Docker engine started the command with HTTP status %1").arg(status))));
             }
             DockerStreamDemuxer demuxer(MaxExecOutputBytes);
             if (!demuxer.feed(result.body) || !demuxer.finish())
                 return done(invalidReply(QStringLiteral("unreadable command output: %1").arg(demuxer.errorString())));
             finishExec(execId, ExecResult{-1, demuxer.standardOutput(), demuxer.standardError()}, ExecExitPollAttempts,
                        std::move(done));
         });
}

void DockerEngine::startStreamingExec(const QString &execId, std::chrono::milliseconds timeout, ExecOutput onOutput,
                                      Callback<ExecResult> done)
{
    // Shared by the output, the reply and the timeout; whichever ends it first answers, once.
    struct Run
    {
        DockerStreamDemuxer demuxer{MaxExecOutputBytes};
        qsizetype fedBytes = 0;
        qsizetype shownStdout = 0;
        qsizetype shownStderr = 0;
        bool answered = false;
        QTimer deadline;
    };
    auto run = std::make_shared<Run>();
    // Feeds what is new in the body, then hands over what is new on each stream.
    const auto feed = [run, onOutput](const QByteArray &body) {
        if (run->answered || run->demuxer.hasFailed())
            return;
        run->demuxer.feed(QByteArrayView(body).sliced(run->fedBytes));
        run->fedBytes = body.size();
        const QByteArray &out = run->demuxer.standardOutput();
        const QByteArray &err = run->demuxer.standardError();
        if (onOutput && out.size() > run->shownStdout)
            onOutput(out.mid(run->shownStdout), false);
        if (onOutput && err.size() > run->shownStderr)
            onOutput(err.mid(run->shownStderr), true);
        run->shownStdout = out.size();
        run->shownStderr = err.size();
    };
    run->deadline.setSingleShot(true);
    // Weak: the timer belongs to the run, and a strong capture would keep the run alive forever.
    connect(&run->deadline, &QTimer::timeout, this, [weak = std::weak_ptr<Run>(run), done] {
        const std::shared_ptr<Run> run = weak.lock();
        if (!run || std::exchange(run->answered, true))
            return;
        done(ExecResult{-1, run->demuxer.standardOutput(), run->demuxer.standardError(), true});
    });
    run->deadline.start(timeout);

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), false}})
                                .toJson(QJsonDocument::Compact);
    // The connection itself may take a little longer than the command's timeout to be given up.
    send("POST", QStringLiteral("/exec/%1/start").arg(pathSegment(execId)), body, timeout + m_requestTimeout,
         [this, run, feed, execId, done](DockerHttpResult result) {
             if (run->answered)
                 return;
             if (result.error) {
                 run->answered = true;
                 return done(*result.error);
             }
             if (result.status != 200) {
                 run->answered = true;
                 const int status = result.status;
                 return done(toJsonReply(std::move(result)).error.value_or(invalidReply(
                     QStringLiteral("the Docker engine started the command with HTTP status %1").arg(status))));
             }
             feed(result.body);
             if (!run->demuxer.finish()) {
                 run->answered = true;
                 return done(invalidReply(QStringLiteral("unreadable command output: %1").arg(run->demuxer.errorString())));
             }
             // The exit code is read while the deadline still runs.
             finishExec(execId, ExecResult{-1, run->demuxer.standardOutput(), run->demuxer.standardError()}, ExecExitPollAttempts,
                        [run, done](DockerResult<ExecResult> finished) {
                            if (!std::exchange(run->answered, true))
                                done(std::move(finished));
                        });
         },
         feed);
}

void DockerEngine::finishExec(const QString &execId, ExecResult output, int attemptsLeft, Callback<ExecResult> done)
{
    requestObject("GET", QStringLiteral("/exec/%1/json").arg(pathSegment(execId)), std::nullopt,
                  [this, execId, attemptsLeft, output = std::move(output), done = std::move(done)](
                      DockerResult<QJsonObject> result) mutable {
                      if (auto *error = std::get_if<DockerError>(&result))
                          return done(*error);
                      const QJsonObject state = std::get<QJsonObject>(result);
                      const QJsonValue exitCode = state.value(QLatin1String("ExitCode"));
                      // The stream can end a moment before the engine records the exit code.
                      if (state.value(QLatin1String("Running")).toBool() && attemptsLeft > 0) {
                          return QTimer::singleShot(ExecExitPollInterval, this, [=, this]() mutable {
                              finishExec(execId, std::move(output), attemptsLeft - 1, std::move(done));
                          });
                      }
                      if (state.value(QLatin1String("Running")).toBool() || !exitCode.isDouble())
                          return done(invalidReply(QStringLiteral("the command's exit code is unknown")));
                      output.exitCode = exitCode.toInt();
                      done(std::move(output));
                  });
}

}

#include "dockerengine.moc"
