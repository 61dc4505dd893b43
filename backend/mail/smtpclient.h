#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <optional>

namespace buttcloud {

// How to reach the SMTP server. smtps:// is TLS from the start; smtp:// upgrades with STARTTLS as
// the policy says.
struct SmtpSettings
{
    enum class StartTls { Opportunistic, Required, Never };

    QUrl url;                         // empty: mail is disabled
    StartTls startTls = StartTls::Opportunistic;
    QString user;                     // empty: no AUTH
    QString password;                 // never logged
    QString caFile;                   // CA certificates to verify the server with; empty: the system's
    std::chrono::seconds timeout{60};
};

// Sends one message over SMTP with libcurl and waits for the answer (call it off the main thread).
// Returns nullopt once the server accepted the message, or what went wrong (never the password).
// Setting *cancelled aborts the exchange within about a second (for shutdown).
std::optional<QString> sendSmtp(const SmtpSettings &settings, const QString &envelopeFrom, const QString &recipient,
                                const QByteArray &message, const std::atomic<bool> *cancelled = nullptr);

}
