#include "testhttpclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace buttcloud {

QString TestReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

TestReply TestHttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &accessToken)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body.isEmpty() ? nullptr : &buffer);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);

    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs())
        result.headers.insert(header.first.toLower(), header.second);
    delete reply;
    return result;
}

}
