#include "models/typedreply.h"

namespace buttcloud {

QString pubPath(const QString &pubId, const char *suffix)
{
    return QStringLiteral("/api/v1/pubs/") + QString::fromLatin1(QUrl::toPercentEncoding(pubId))
        + QString::fromLatin1(suffix);
}

}
