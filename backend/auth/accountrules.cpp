#include "auth/accountrules.h"

#include <QRegularExpression>

namespace buttcloud::AccountRules {

std::optional<QString> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (name.size() > NameMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(NameMaxLength);
    return std::nullopt;
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
    return std::nullopt;
}

std::optional<QString> checkPassword(const QString &password)
{
    if (password.size() < PasswordMinLength)
        return QStringLiteral("must be at least %1 characters").arg(PasswordMinLength);
    if (password.size() > PasswordMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(PasswordMaxLength);
    return std::nullopt;
}

QString normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

}
