#include "pubs/pubnames.h"

#include <QRegularExpression>

namespace buttcloud {

std::optional<QString> checkPubName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$"));
    if (label.match(name).hasMatch())
        return std::nullopt;
    return QStringLiteral("must be 1 to 32 lowercase letters, digits or hyphens, not starting or ending with a hyphen");
}

}
