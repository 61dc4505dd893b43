#include "mail/smtpclient.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace buttcloud {

namespace {
struct Upload
{
    const QByteArray &data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t chunk = std::min(size * count, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, chunk);
    upload->offset += qsizetype(chunk);
    return chunk;
}

int checkCancelled(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancelled = static_cast<const std::atomic<bool> *>(userData);
    return cancelled && cancelled->load() ? 1 : 0; // non-zero aborts the transfer
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}
}

std::optional<QString> sendSmtp(const SmtpSettings &settings, const QString &envelopeFrom, const QString &recipient,
                                const QByteArray &message, const std::atomic<bool> *cancelled)
{
    initialiseCurlOnce();
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return QStringLiteral("libcurl could not start a transfer");
    // The URL without credentials: they go through USERNAME/PASSWORD only.
    QUrl url = settings.url;
    url.setUserInfo(QString());
    const QByteArray urlText = url.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + envelopeFrom.toLatin1() + '>';
    const QByteArray to = '<' + recipient.toLatin1() + '>';
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(curl_slist_append(nullptr, to.constData()),
                                                                                 curl_slist_free_all);
    Upload upload{message};
    char errorText[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, urlText.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(settings.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);
    if (cancelled) {
        curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, checkCancelled);
        curl_easy_setopt(handle, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(cancelled));
    }
    const long useSsl = settings.startTls == SmtpSettings::StartTls::Required ? CURLUSESSL_ALL
                      : settings.startTls == SmtpSettings::StartTls::Opportunistic ? CURLUSESSL_TRY
                                                                                    : CURLUSESSL_NONE;
    curl_easy_setopt(handle, CURLOPT_USE_SSL, settings.url.scheme() == QLatin1String("smtps") ? long(CURLUSESSL_ALL) : useSsl);
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (!settings.user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode result = curl_easy_perform(handle);
    if (result == CURLE_OK)
        return std::nullopt;
    long responseCode = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &responseCode);
    const QString detail = errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(result));
    return responseCode ? QStringLiteral("SMTP %1: %2").arg(responseCode).arg(detail) : detail;
}

}
