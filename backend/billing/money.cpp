#include "billing/money.h"

namespace buttcloud {

QString formatMoney(qint64 minorUnits, const QString &currency)
{
    return formatMinorUnits(minorUnits, currency, QLocale::c());
}

}
