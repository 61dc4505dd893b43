#include "models/apiclient.h"

#include "models/apijob.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>
#include <memory>

namespace buttcloud {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

bool ApiClient::isValidServerUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

QUrl ApiClient::serverUrl() const
{
    return m_serverUrl;
}

void ApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url.adjusted(QUrl::StripTrailingSlash);
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    QUrl url = m_serverUrl;
    url.setPath(url.path() + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A download's body is a file of its own type; its errors are JSON all the same.
    networkRequest.setRawHeader("Accept", request.downloadFilePath.isEmpty() ? "application/json" : "*/*");
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken.toUtf8());

    QNetworkReply *reply = nullptr;
    if (!request.uploadFilePath.isEmpty()) {
        // Streamed from disk: an archive may be far larger than the client wants to hold.
        auto file = std::make_unique<QFile>(request.uploadFilePath);
        if (!file->open(QIODevice::ReadOnly)) {
            return new ApiJob(ApiError{0, QString::fromLatin1(ClientErrorCode::LocalFile),
                                       QCoreApplication::translate("buttcloud::ApiClient", "Could not read %1: %2.")
                                           .arg(request.uploadFilePath, file->errorString())},
                              this);
        }
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.uploadContentType);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
        reply = m_network->sendCustomRequest(networkRequest, request.method, file.get());
        file.release()->setParent(reply);
    } else {
        QByteArray body;
        if (request.body) {
            body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    }
    // After the last byte of an upload the server checks the whole archive before it answers: give
    // that longer than an ordinary request gets.
    const std::chrono::milliseconds timeout = request.uploadFilePath.isEmpty()
        ? m_timeout : std::max<std::chrono::milliseconds>(m_timeout, std::chrono::minutes(2));
    auto *job = new ApiJob(reply, m_serverUrl, timeout, this);
    if (!request.downloadFilePath.isEmpty())
        job->setDownloadFile(request.downloadFilePath);
    if (request.progress || request.isTransfer())
        job->setProgressHandler(request.uploadFilePath.isEmpty() ? ApiJob::Direction::Download : ApiJob::Direction::Upload,
                                request.progress);
    return job;
}

}
