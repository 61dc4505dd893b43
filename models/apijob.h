#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QSaveFile;

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
    // A job that failed before it was sent (e.g. its upload file cannot be read): finishes with
    // error from the event loop, like any other answer.
    ApiJob(const ApiError &error, QObject *parent = nullptr);
    ~ApiJob() override;

    // Streams a 2xx body to this file instead of reading it as JSON; the timeout then counts
    // from the last bytes moved, not from the start, so a long transfer is not cut off.
    void setDownloadFile(const QString &filePath);
    // progress hears of the bytes sent (upload) or received; the timeout restarts on either.
    enum class Direction { Upload, Download };
    void setProgressHandler(Direction direction, std::function<void(qint64 done, qint64 total)> progress);

Q_SIGNALS:
    void finished(const buttcloud::ApiResponse &response);

private:
    void onReplyFinished();
    void onReadyRead();
    void onTransferProgress(Direction direction, qint64 done, qint64 total);
    void onTimeout();
    bool isSuccessStatus() const;
    ApiError fileError(const QString &detail) const;
    void finish(const ApiResponse &response);
    ApiResponse responseFromReply() const;
    ApiError networkError() const;

    QNetworkReply *m_reply = nullptr;
    QUrl m_serverUrl;
    QString m_downloadPath;
    std::unique_ptr<QSaveFile> m_download;
    std::optional<ApiError> m_transferError;
    std::function<void(qint64, qint64)> m_progress;
    Direction m_progressDirection = Direction::Download;
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    bool m_finished = false;
};

}
