#include "pubs/pubnames.h"

#include "wire/dnslabel.h"

namespace buttcloud {

std::optional<QString> checkPubName(const QString &name)
{
    if (isDnsLabel(name, MaxPubNameLength))
        return std::nullopt;
    return QStringLiteral("must be 1 to 32 lowercase letters, digits or hyphens, not starting or ending with a hyphen");
}

}
