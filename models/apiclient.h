#pragma once

#include "models/apirequest.h"

#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace buttcloud {

class ApiJob;

// Sends requests to one ButtCloud server. Knows nothing of tokens or sessions: see Session.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // network may be a test double; it must outlive the client. nullptr makes a private one.
    explicit ApiClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    // Only http and https URLs with a host are accepted.
    static bool isValidServerUrl(const QUrl &url);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    void setTimeout(std::chrono::milliseconds timeout);

    // The job reports through ApiJob::finished and deletes itself afterwards.
    ApiJob *send(const ApiRequest &request);

private:
    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
};

}
