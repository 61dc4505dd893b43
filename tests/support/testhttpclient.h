#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace buttcloud {

struct TestReply
{
    int status = 0;           // 0: no HTTP answer at all
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;         // empty unless the body is a JSON object
    QHash<QByteArray, QByteArray> headers; // names lowercased

    QString errorCode() const; // error.code of an error body
};

// Sends one request with a real QNetworkAccessManager and waits for the answer.
class TestHttpClient final
{
public:
    TestReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QString &accessToken = {});

private:
    QNetworkAccessManager m_network;
};

}
