#include "models/apiclient.h"

#include "models/apijob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken.toUtf8());

    QByteArray body;
    if (request.body) {
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    return new ApiJob(reply, m_serverUrl, m_timeout, this);
}

}
