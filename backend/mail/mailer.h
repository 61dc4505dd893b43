#pragma once

#include "mail/mailmessage.h"
#include "store/records.h"

#include <QHash>

#include <chrono>

namespace buttcloud {

class Database;

struct MailSettings
{
    Mailbox from{QStringLiteral("ButtCloud"), QStringLiteral("buttcloud@localhost")};
    QString replyTo;                                  // empty: none
    QString linkBase = QStringLiteral("buttcloud://"); // links are <linkBase>verify-email?token=...
    std::chrono::seconds alertWindow{3600};           // at most one alert per pub, kind and recipient
};

enum class PubAlert { Down, OutOfMemory };

// The mails ButtCloud sends, queued in the outbox. Every call writes through the given database
// without a transaction of its own: call it inside the transaction of the change that causes the
// mail, so both are stored or neither. Throws MailRefused for an address or name the builder would
// refuse (checked now, not at sending), StoreError for the database.
class Mailer final
{
public:
    Mailer(const Database &database, MailSettings settings);

    const MailSettings &settings() const;

    void queueWelcome(const UserRecord &user, const QString &verificationToken) const;
    // To a user an operator created: a link to choose their password (a reset token).
    void queueAccountCreated(const UserRecord &user, const QString &setPasswordToken) const;
    // False when the user got a reset mail in the current rate window (nothing queued then). A
    // window of 0 means no limit (an administrator's reset).
    bool queuePasswordReset(const UserRecord &user, const QString &resetToken, std::chrono::seconds window) const;
    // Once per pub, ever.
    void queuePubReady(const PubRecord &pub) const;
    // To the owner and every admin, at most once per alert window and recipient; returns how many
    // were queued.
    int queuePubAlert(PubAlert alert, const PubRecord &pub, const QString &detail) const;
    // For billing (later): to the user, and to the pub's owner.
    void queuePaymentFailed(const UserRecord &user, const QString &detail) const;
    void queuePubSuspended(const PubRecord &pub, const QString &detail) const;

    // The generic form the ones above use: false when dedupeKey was queued before. pubId names the pub
    // a mail is about (its timeline shows it), empty for none.
    bool queue(const UserRecord &to, const QString &kind, QHash<QString, QString> values, const QString &dedupeKey,
               const QString &pubId = QString()) const;
    QString link(const QString &action, const QString &token) const;

private:
    // The rate window's number: mails keyed by it go once per window.
    QString windowKey(std::chrono::seconds window) const;
    UserRecord ownerOf(const PubRecord &pub) const;

    const Database &m_database;
    MailSettings m_settings;
};

}
