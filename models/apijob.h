#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkReply;

namespace buttcloud {

// A 2xx answer's JSON object (empty for 204), or what went wrong.
using ApiResponse = Result<QJsonObject>;

// One request in flight. Owns its reply and its timeout, emits finished() exactly once and then
// deletes itself.
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(QNetworkReply *reply, const QUrl &serverUrl, std::chrono::milliseconds timeout,
           QObject *parent = nullptr);
    ~ApiJob() override;

Q_SIGNALS:
    void finished(const buttcloud::ApiResponse &response);

private:
    void onReplyFinished();
    void onTimeout();
    void finish(const ApiResponse &response);
    ApiResponse responseFromReply() const;
    ApiError networkError() const;

    QNetworkReply *m_reply;
    QUrl m_serverUrl;
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    bool m_finished = false;
};

}
