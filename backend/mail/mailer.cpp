#include "mail/mailer.h"

#include "core/random.h"
#include "mail/mailtemplates.h"
#include "store/database.h"
#include "store/mailoutboxrepository.h"
#include "store/userrepository.h"

#include <QUrl>

namespace buttcloud {

namespace {
QHash<QString, QString> pubValues(const PubRecord &pub, const QString &detail = {})
{
    return {{QStringLiteral("pub"), pub.name},
            {QStringLiteral("pubId"), pub.id},
            {QStringLiteral("address"), QStringLiteral("%1:%2").arg(pub.host).arg(pub.port)},
            {QStringLiteral("detail"), detail}};
}
}

Mailer::Mailer(const Database &database, MailSettings settings)
    : m_database(database)
    , m_settings(std::move(settings))
{
}

const MailSettings &Mailer::settings() const
{
    return m_settings;
}

QString Mailer::link(const QString &action, const QString &token) const
{
    return m_settings.linkBase + action + QStringLiteral("?token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
}

QString Mailer::windowKey(std::chrono::seconds window) const
{
    return QString::number(currentEpochMs() / std::max<qint64>(1, std::chrono::milliseconds(window).count()));
}

UserRecord Mailer::ownerOf(const PubRecord &pub) const
{
    std::optional<UserRecord> owner = UserRepository(m_database).findById(pub.ownerId);
    if (!owner)
        throw StoreError("a pub's owner is missing");
    return *owner;
}

bool Mailer::queue(const UserRecord &to, const QString &kind, QHash<QString, QString> values, const QString &dedupeKey,
                   const QString &pubId) const
{
    values.insert(QStringLiteral("name"), to.name);
    const RenderedMail rendered = renderMail(kind, to.language, values);
    const Mailbox recipient{to.name, to.email};
    // Refuse now what the sender would refuse later: a mail that can never go must not be queued.
    MimeMail probe{m_settings.from, recipient, m_settings.replyTo, rendered.subject, rendered.textBody, rendered.htmlBody,
                   newMessageId(m_settings.from.address), rendered.language, QDateTime::currentDateTimeUtc()};
    buildMime(probe);

    OutboxMailRecord mail;
    mail.id = generateId();
    mail.messageId = probe.messageId;
    mail.recipient = recipient.address;
    mail.recipientName = recipient.name;
    mail.sender = QString::fromLatin1(formatMailbox(m_settings.from));
    mail.replyTo = m_settings.replyTo;
    mail.subject = rendered.subject;
    mail.textBody = rendered.textBody;
    mail.htmlBody = rendered.htmlBody;
    mail.language = rendered.language;
    mail.kind = kind;
    mail.dedupeKey = dedupeKey;
    mail.pubId = pubId;
    mail.createdAt = currentEpochMs();
    mail.nextAttemptAt = mail.createdAt;
    const bool queued = MailOutboxRepository(m_database).insert(mail);
    if (queued)
        qCInfo(lcMail) << "queued" << kind << "mail" << mail.id;
    return queued;
}

void Mailer::queueWelcome(const UserRecord &user, const QString &verificationToken) const
{
    queue(user, QStringLiteral("welcome"), {{QStringLiteral("link"), link(QStringLiteral("verify-email"), verificationToken)}},
          QStringLiteral("welcome:") + user.id);
}

void Mailer::queueAccountCreated(const UserRecord &user, const QString &setPasswordToken) const
{
    queue(user, QStringLiteral("account_created"),
          {{QStringLiteral("link"), link(QStringLiteral("reset-password"), setPasswordToken)}},
          QStringLiteral("account_created:") + user.id);
}

bool Mailer::queuePasswordReset(const UserRecord &user, const QString &resetToken, std::chrono::seconds window) const
{
    return queue(user, QStringLiteral("password_reset"),
                 {{QStringLiteral("link"), link(QStringLiteral("reset-password"), resetToken)}},
                 window.count() == 0 ? QString()
                                     : QStringLiteral("password_reset:%1:%2").arg(user.id, windowKey(window)));
}

void Mailer::queuePubReady(const PubRecord &pub) const
{
    queue(ownerOf(pub), QStringLiteral("pub_ready"), pubValues(pub), QStringLiteral("pub_ready:") + pub.id, pub.id);
}

int Mailer::queuePubAlert(PubAlert alert, const PubRecord &pub, const QString &detail) const
{
    const QString kind = alert == PubAlert::Down ? QStringLiteral("pub_down") : QStringLiteral("pub_oom");
    QList<UserRecord> recipients{ownerOf(pub)};
    for (const UserRecord &admin : UserRepository(m_database).listByRole(Role::Admin)) {
        if (admin.id != pub.ownerId)
            recipients.append(admin);
    }
    int queued = 0;
    for (const UserRecord &recipient : recipients) {
        // Keyed by pub, kind, recipient and window: a flapping pub sends one alert per window.
        if (queue(recipient, kind, pubValues(pub, detail),
                  QStringLiteral("%1:%2:%3:%4").arg(kind, pub.id, recipient.id, windowKey(m_settings.alertWindow)), pub.id))
            ++queued;
    }
    return queued;
}

void Mailer::queuePaymentFailed(const UserRecord &user, const QString &detail) const
{
    queue(user, QStringLiteral("payment_failed"), {{QStringLiteral("detail"), detail}}, QString());
}

void Mailer::queuePubSuspended(const PubRecord &pub, const QString &detail) const
{
    queue(ownerOf(pub), QStringLiteral("pub_suspended"), pubValues(pub, detail), QString(), pub.id);
}

}
