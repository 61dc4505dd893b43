#include "store/deploymentsettings.h"

#include "store/database.h"

namespace buttcloud {

QString adoptInstanceId(const Database &database, const QString &candidate)
{
    // ON CONFLICT DO NOTHING: two servers starting at once both read the one that won.
    database.exec(QStringLiteral("INSERT INTO deployment_settings (name, value) VALUES ('instance_id', ?)"
                                 " ON CONFLICT (name) DO NOTHING"),
                  {candidate});
    QSqlQuery query = database.exec(QStringLiteral("SELECT value FROM deployment_settings WHERE name = 'instance_id'"));
    if (!query.next())
        throw StoreError("the deployment's instance id could not be read back");
    return query.value(0).toString();
}

}
