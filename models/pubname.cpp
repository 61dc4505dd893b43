#include "models/pubname.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace buttcloud {

namespace {
// Free functions have no tr(); this gives their strings a context of their own.
class PubNameText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::PubName)
};
}

QString pubNameProblem(const QString &name)
{
    if (isDnsLabel(name, MaxPubNameLength))
        return {};
    // Only the explanation for people follows: the rule itself is isDnsLabel's.
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]*$"));
    if (name.isEmpty())
        return PubNameText::tr("Enter a name.");
    if (name.size() > MaxPubNameLength)
        return PubNameText::tr("A name has at most %n characters.", nullptr, MaxPubNameLength);
    if (!allowed.match(name).hasMatch())
        return PubNameText::tr("Use only lowercase letters a-z, digits and hyphens.");
    if (name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('-')))
        return PubNameText::tr("A name cannot start or end with a hyphen.");
    return PubNameText::tr("Enter a valid name.");
}

bool isValidPubName(const QString &name)
{
    return pubNameProblem(name).isEmpty();
}

}
