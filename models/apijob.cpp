#include "models/apijob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QSaveFile>

namespace buttcloud {

namespace {
// The API's own bodies are small (the server refuses over 64 KiB); a pub list of thousands stays
// far below this. Anything larger is not our server.
constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;
}

ApiJob::ApiJob(QNetworkReply *reply, const QUrl &serverUrl, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_serverUrl(serverUrl)
    , m_timeout(timeout)
{
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::onTimeout);
    m_timer.start(m_timeout);
}

ApiJob::ApiJob(const ApiError &error, QObject *parent)
    : QObject(parent)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

ApiJob::~ApiJob()
{
    // Do not let the reply's finished signal reach a half-destroyed job.
    if (m_reply)
        m_reply->disconnect(this);
}

void ApiJob::setDownloadFile(const QString &filePath)
{
    m_downloadPath = filePath;
    if (m_reply)
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
}

void ApiJob::setProgressHandler(Direction direction, std::function<void(qint64 done, qint64 total)> progress)
{
    m_progress = std::move(progress);
    m_progressDirection = direction;
    if (!m_reply)
        return;
    // Whatever moves, a transfer is alive: the timeout counts from the last bytes moved.
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 done, qint64 total) { onTransferProgress(Direction::Upload, done, total); });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 done, qint64 total) { onTransferProgress(Direction::Download, done, total); });
}

void ApiJob::onTransferProgress(Direction direction, qint64 done, qint64 total)
{
    if (m_finished)
        return;
    m_timer.start(m_timeout);
    if (m_progress && direction == m_progressDirection && (done > 0 || total > 0))
        m_progress(done, total);
}

bool ApiJob::isSuccessStatus() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

ApiError ApiJob::fileError(const QString &detail) const
{
    return {0, QString::fromLatin1(ClientErrorCode::LocalFile),
            tr("Could not save to %1: %2.").arg(m_downloadPath, detail)};
}

void ApiJob::onReadyRead()
{
    // Error answers are small JSON objects, read when the reply finishes.
    if (m_finished || m_transferError || !isSuccessStatus())
        return;
    m_timer.start(m_timeout);
    if (!m_download) {
        m_download = std::make_unique<QSaveFile>(m_downloadPath);
        // Archives hold a pub's identity: only the user may read the file, from its first byte on.
        if (!m_download->open(QIODevice::WriteOnly)
            || !m_download->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_transferError = fileError(m_download->errorString());
            m_reply->abort();
            return;
        }
    }
    // Written as it arrives, so memory stays bounded whatever the file's size.
    const QByteArray chunk = m_reply->readAll();
    if (m_download->write(chunk) != chunk.size()) {
        m_transferError = fileError(m_download->errorString());
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    if (m_finished)
        return;
    if (m_transferError) {
        finish(*m_transferError);
        return;
    }
    if (m_downloadPath.isEmpty() || !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
        || !isSuccessStatus()) {
        finish(responseFromReply());
        return;
    }
    onReadyRead(); // the last bytes, or an empty file for an empty body
    if (m_transferError) {
        finish(*m_transferError);
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) { // cut off midway: keep no partial file
        finish(networkError());
        return;
    }
    if (!m_download->commit()) {
        finish(fileError(m_download->errorString()));
        return;
    }
    finish(QJsonObject{});
}

void ApiJob::onTimeout()
{
    if (m_finished)
        return;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    finish(ApiError{0, QString::fromLatin1(ClientErrorCode::Timeout),
                    QCoreApplication::translate("buttcloud::ApiJob", "The server at %1 did not answer within %n second(s).",
                                                nullptr, int(seconds))
                        .arg(m_serverUrl.toDisplayString())});
    m_reply->abort();
}

void ApiJob::finish(const ApiResponse &response)
{
    m_finished = true;
    m_timer.stop();
    m_download.reset(); // an uncommitted download leaves no file behind
    Q_EMIT finished(response);
    deleteLater();
}

ApiResponse ApiJob::responseFromReply() const
{
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return networkError();
    const int status = statusAttribute.toInt();
    if (m_reply->bytesAvailable() > MaxReplyBytes)
        return invalidReplyError(m_serverUrl, status);
    const QByteArray body = m_reply->readAll();

    // 204, and a 202 with no body (POST /api/v1/auth/password-reset), carry nothing.
    if (status == 204 || (status >= 200 && status < 300 && body.isEmpty()))
        return QJsonObject{};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();

    if (status >= 200 && status < 300) {
        if (!isObject)
            return invalidReplyError(m_serverUrl, status);
        return document.object();
    }
    if (status < 400) // redirects are not followed: a token must not travel to another address
        return invalidReplyError(m_serverUrl, status);

    const QJsonObject error = isObject ? document.object().value(QLatin1String("error")).toObject() : QJsonObject{};
    const QString code = error.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        return invalidReplyError(m_serverUrl, status);
    const QString serverMessage = error.value(QLatin1String("message")).toString().left(500);
    return ApiError{status, code, messageForServerError(status, code, serverMessage), serverMessage};
}

ApiError ApiJob::networkError() const
{
    const QString server = m_serverUrl.toDisplayString();
    QString reason;
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError: reason = tr("connection refused"); break;
    case QNetworkReply::HostNotFoundError: reason = tr("host not found"); break;
    case QNetworkReply::RemoteHostClosedError: reason = tr("the connection was closed"); break;
    case QNetworkReply::SslHandshakeFailedError: reason = tr("the secure connection failed"); break;
    default: reason = m_reply->errorString(); break;
    }
    return {0, QString::fromLatin1(ClientErrorCode::Network),
            tr("The server could not be reached at %1: %2.").arg(server, reason)};
}

}
