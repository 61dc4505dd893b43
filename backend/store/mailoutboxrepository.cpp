#include "store/mailoutboxrepository.h"

#include "store/database.h"

namespace buttcloud {

namespace {
const QString Columns = QStringLiteral(
    "id, message_id, recipient, recipient_name, sender, reply_to, subject, text_body, html_body, language, kind,"
    " dedupe_key, state, attempts, next_attempt_at, last_error, created_at, sent_at");

OutboxMailRecord readMail(const QSqlQuery &query)
{
    OutboxMailRecord mail;
    mail.id = query.value(0).toString();
    mail.messageId = query.value(1).toString();
    mail.recipient = query.value(2).toString();
    mail.recipientName = query.value(3).toString();
    mail.sender = query.value(4).toString();
    mail.replyTo = query.value(5).toString();
    mail.subject = query.value(6).toString();
    mail.textBody = query.value(7).toString();
    mail.htmlBody = query.value(8).toString();
    mail.language = query.value(9).toString();
    mail.kind = query.value(10).toString();
    mail.dedupeKey = query.value(11).toString();
    mail.state = query.value(12).toString();
    mail.attempts = query.value(13).toInt();
    mail.nextAttemptAt = query.value(14).toLongLong();
    mail.lastError = query.value(15).toString();
    mail.createdAt = query.value(16).toLongLong();
    mail.sentAt = query.value(17).isNull() ? 0 : query.value(17).toLongLong();
    return mail;
}

std::optional<OutboxMailRecord> firstMail(QSqlQuery query)
{
    if (!query.next())
        return std::nullopt;
    return readMail(query);
}
}

MailOutboxRepository::MailOutboxRepository(const Database &database)
    : m_database(database)
{
}

bool MailOutboxRepository::insert(const OutboxMailRecord &mail) const
{
    // INSERT ... WHERE NOT EXISTS keeps a repeated dedupe key from failing the caller's transaction.
    return m_database.execChanging(
        QStringLiteral("INSERT INTO mail_outbox (%1, pub_id) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, '', ?, NULL, ?"
                       " WHERE ? = '' OR NOT EXISTS (SELECT 1 FROM mail_outbox WHERE dedupe_key = ?)").arg(Columns),
        {mail.id, mail.messageId, mail.recipient, mail.recipientName, mail.sender, mail.replyTo, mail.subject,
         mail.textBody, mail.htmlBody, mail.language, mail.kind, mail.dedupeKey, mail.nextAttemptAt, mail.createdAt,
         mail.pubId, mail.dedupeKey, mail.dedupeKey});
}

std::optional<OutboxMailRecord> MailOutboxRepository::findById(const QString &id) const
{
    return firstMail(m_database.exec(QStringLiteral("SELECT %1 FROM mail_outbox WHERE id = ?").arg(Columns), {id}));
}

QList<OutboxMailRecord> MailOutboxRepository::list(const QString &state, int limit) const
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT %1 FROM mail_outbox WHERE ? = '' OR state = ? ORDER BY created_at DESC, id LIMIT ?").arg(Columns),
        {state, state, limit});
    QList<OutboxMailRecord> mails;
    while (query.next())
        mails.append(readMail(query));
    return mails;
}

std::optional<OutboxMailRecord> MailOutboxRepository::nextDue(qint64 now) const
{
    return firstMail(m_database.exec(
        QStringLiteral("SELECT %1 FROM mail_outbox WHERE state IN ('queued', 'sending') AND next_attempt_at <= ?"
                       " ORDER BY next_attempt_at, created_at, id LIMIT 1").arg(Columns),
        {now}));
}

bool MailOutboxRepository::claim(const OutboxMailRecord &mail, qint64 leaseUntil) const
{
    return m_database.execChanging(
        QStringLiteral("UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = ?"
                       " WHERE id = ? AND state = ? AND attempts = ?"),
        {leaseUntil, mail.id, mail.state, mail.attempts});
}

bool MailOutboxRepository::markSent(const QString &id, int attempt, qint64 at) const
{
    return m_database.execChanging(
        // The bodies go with it: they hold one-time links, and a sent mail is never sent again.
        QStringLiteral("UPDATE mail_outbox SET state = 'sent', sent_at = ?, last_error = '', text_body = '', html_body = ''"
                       " WHERE id = ? AND state = 'sending' AND attempts = ?"),
        {at, id, attempt});
}

void MailOutboxRepository::markAttemptFailed(const QString &id, int attempt, const QString &error, bool giveUp,
                                             qint64 nextAttemptAt) const
{
    m_database.exec(QStringLiteral("UPDATE mail_outbox SET state = ?, last_error = ?, next_attempt_at = ?"
                                   " WHERE id = ? AND state = 'sending' AND attempts = ?"),
                    {giveUp ? QStringLiteral("failed") : QStringLiteral("queued"), error.left(1000), nextAttemptAt, id,
                     attempt});
}

bool MailOutboxRepository::requeue(const QString &id, qint64 now) const
{
    return m_database.execChanging(
        QStringLiteral("UPDATE mail_outbox SET state = 'queued', attempts = 0, next_attempt_at = ?"
                       " WHERE id = ? AND state IN ('queued', 'failed')"),
        {now, id});
}

int MailOutboxRepository::countInState(const QString &state) const
{
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE state = ?"), {state});
    return query.next() ? query.value(0).toInt() : 0;
}

}
