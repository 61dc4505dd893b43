#include "models/apijob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

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

ApiJob::~ApiJob()
{
    // Do not let the reply's finished signal reach a half-destroyed job.
    m_reply->disconnect(this);
}

void ApiJob::onReplyFinished()
{
    if (m_finished)
        return;
    finish(responseFromReply());
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
