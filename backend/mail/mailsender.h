#pragma once

#include "mail/smtpclient.h"
#include "store/records.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>

namespace buttcloud {

class Database;

struct MailSenderSettings
{
    SmtpSettings smtp;
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::milliseconds retryBase{30000};      // first retry after this, doubling each time
    std::chrono::milliseconds retryMax{3600000};     // never waits longer than this between attempts
    int maxAttempts = 10;                            // then the mail is failed until an admin retries
    // How long a claim on a mail lasts: a mail still in `sending` after this (the server died
    // mid-send) is sent again, with the same Message-ID.
    std::chrono::milliseconds lease{std::chrono::seconds(70)};
};

// The delay before the attempt after `attempts` failed ones: base * 2^(attempts - 1), at most max.
std::chrono::milliseconds mailRetryDelay(int attempts, std::chrono::milliseconds base, std::chrono::milliseconds max);

// Sends the outbox over SMTP, one mail at a time: claims a due mail (state sending, attempt counted,
// Message-ID fixed), talks SMTP on a worker thread, then marks it sent once or schedules the retry.
// Database work stays on the thread that owns the sender. Without an SMTP URL it sends nothing and
// says so once.
class MailSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSender)

public:
    MailSender(const Database &database, MailSenderSettings settings, QObject *parent = nullptr);
    ~MailSender() override;

    void start();
    bool isEnabled() const;

public Q_SLOTS:
    // Looks for a due mail now (also runs every poll interval).
    void sendDue();

Q_SIGNALS:
    // For tests and the log: one attempt ended.
    void attemptFinished(const QString &mailId, bool sent);

private:
    void finishAttempt(const OutboxMailRecord &mail, const std::optional<QString> &error);

    const Database &m_database;
    MailSenderSettings m_settings;
    QTimer m_pollTimer;
    QThreadPool m_smtpThread;
    bool m_inFlight = false;
    std::atomic<bool> m_stopping{false}; // read by the SMTP thread
};

}
