#include "mail/mailsender.h"

#include "mail/mailmessage.h"
#include "store/database.h"
#include "store/mailoutboxrepository.h"


namespace buttcloud {

std::chrono::milliseconds mailRetryDelay(int attempts, std::chrono::milliseconds base, std::chrono::milliseconds max)
{
    std::chrono::milliseconds delay = base;
    for (int i = 1; i < attempts && delay < max; ++i)
        delay *= 2;
    return std::min(delay, max);
}

MailSender::MailSender(const Database &database, MailSenderSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(std::move(settings))
{
    m_smtpThread.setMaxThreadCount(1);
    m_pollTimer.setInterval(m_settings.pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &MailSender::sendDue);
}

MailSender::~MailSender()
{
    m_pollTimer.stop();
    // An SMTP exchange in flight is aborted; whatever it achieved, the mail is still in sending and
    // goes again after its lease with the same Message-ID.
    m_stopping = true;
    m_smtpThread.waitForDone();
}

bool MailSender::isEnabled() const
{
    return !m_settings.smtp.url.isEmpty();
}

void MailSender::start()
{
    if (!isEnabled()) {
        qCWarning(lcMail).noquote() << "mail is disabled (no mail-smtp-url):"
                                    << MailOutboxRepository(m_database).countInState(QStringLiteral("queued"))
                                    << "mails stay queued until it is set";
        return;
    }
    qCInfo(lcMail).noquote() << "sending mail through" << m_settings.smtp.url.adjusted(QUrl::RemoveUserInfo).toString();
    m_pollTimer.start();
    sendDue();
}

void MailSender::sendDue()
{
    if (m_inFlight || !isEnabled())
        return;
    try {
        const MailOutboxRepository outbox(m_database);
        const qint64 now = currentEpochMs();
        std::optional<OutboxMailRecord> mail = outbox.nextDue(now);
        if (!mail)
            return;
        if (mail->state == QLatin1String("sending")) {
            // A mail whose sending keeps ending the server must not end it forever.
            if (mail->attempts >= m_settings.maxAttempts) {
                outbox.markAttemptFailed(mail->id, mail->attempts, QStringLiteral("left in sending after the last attempt"), true, now);
                qCWarning(lcMail) << "mail" << mail->id << "was left in sending after its last attempt: failed";
                return;
            }
            qCWarning(lcMail) << "mail" << mail->id << "was left in sending (the server stopped mid-send?): sending it again with its Message-ID";
        }
        // Recorded before any byte goes out: a crash from here on leaves the mail in sending.
        if (!outbox.claim(*mail, now + m_settings.lease.count()))
            return;
        mail->state = QStringLiteral("sending");
        mail->attempts += 1;

        const std::optional<Mailbox> from = MailRules::parseMailbox(mail->sender);
        QByteArray message;
        try {
            if (!from)
                throw MailRefused("the stored sender is not a valid mailbox");
            message = buildMime(MimeMail{*from, Mailbox{mail->recipientName, mail->recipient}, mail->replyTo, mail->subject,
                                         mail->textBody, mail->htmlBody, mail->messageId, mail->language,
                                         QDateTime::currentDateTimeUtc()});
        } catch (const MailRefused &refused) {
            outbox.markAttemptFailed(mail->id, mail->attempts, QString::fromUtf8(refused.what()), true, now);
            qCWarning(lcMail) << "mail" << mail->id << "refused:" << refused.what();
            return;
        }

        m_inFlight = true;
        const SmtpSettings smtp = m_settings.smtp;
        const OutboxMailRecord claimed = *mail;
        const QString envelopeFrom = from->address;
        // The destructor waits for this thread, so `this` outlives the task; the result is posted
        // back to this object's thread (and dropped with the object if it is gone by then).
        m_smtpThread.start([this, smtp, claimed, envelopeFrom, message] {
            const std::optional<QString> error = sendSmtp(smtp, envelopeFrom, claimed.recipient, message, &m_stopping);
            QMetaObject::invokeMethod(this, [this, claimed, error] { finishAttempt(claimed, error); }, Qt::QueuedConnection);
        });
    } catch (const StoreError &error) {
        qCWarning(lcMail) << "cannot read the outbox:" << error.what();
    }
}

void MailSender::finishAttempt(const OutboxMailRecord &mail, const std::optional<QString> &error)
{
    m_inFlight = false;
    try {
        const MailOutboxRepository outbox(m_database);
        if (!error) {
            if (outbox.markSent(mail.id, mail.attempts, currentEpochMs()))
                qCInfo(lcMail) << "sent mail" << mail.id << "after" << mail.attempts << "attempt(s)";
        } else {
            const bool giveUp = mail.attempts >= m_settings.maxAttempts;
            const auto delay = mailRetryDelay(mail.attempts, m_settings.retryBase, m_settings.retryMax);
            outbox.markAttemptFailed(mail.id, mail.attempts, *error, giveUp, currentEpochMs() + delay.count());
            qCWarning(lcMail).noquote() << "mail" << mail.id << "attempt" << mail.attempts << "failed:" << *error
                                        << (giveUp ? QStringLiteral("; giving up") : QStringLiteral("; retrying in %1 s").arg(delay.count() / 1000.0));
        }
    } catch (const StoreError &storeError) {
        qCWarning(lcMail) << "cannot record a mail's attempt:" << storeError.what();
    }
    Q_EMIT attemptFinished(mail.id, !error);
    // More may be due: carry on without waiting for the next poll.
    QMetaObject::invokeMethod(this, &MailSender::sendDue, Qt::QueuedConnection);
}

}
