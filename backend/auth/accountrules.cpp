#include "auth/accountrules.h"

#include "mail/mailmessage.h"

#include <QRegularExpression>

namespace buttcloud::AccountRules {

std::optional<QString> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (name.size() > NameMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(NameMaxLength);
    // Names go into mail headers: no line breaks or control characters.
    return MailRules::checkHeaderText(name);
}

std::optional<QString> checkEmail(const QString &email)
{
    // Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (email.isEmpty())
        return QStringLiteral("must not be empty");
    if (email.size() > EmailMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(EmailMaxLength);
    if (!pattern.match(email).hasMatch())
        return QStringLiteral("must be an email address such as alice@example.org");
    // What mail sending accepts too (ASCII, no quotes or brackets): an account must be mailable.
    return MailRules::checkAddress(email);
}

std::optional<QString> checkPassword(const QString &password)
{
    if (password.size() < PasswordMinLength)
        return QStringLiteral("must be at least %1 characters").arg(PasswordMinLength);
    if (password.size() > PasswordMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(PasswordMaxLength);
    return std::nullopt;
}

std::optional<QString> checkLanguage(const QString &language)
{
    static const QStringList known{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
    if (!known.contains(language))
        return QStringLiteral("must be en, de or es");
    return std::nullopt;
}

QString normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

}
