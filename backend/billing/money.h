#pragma once

#include "wire/currency.h"

#include <QString>

namespace buttcloud {

// Money is an integer count of a currency's minor units (cents), never floating point.

// "12.34 EUR", "-0.05 EUR", "500 JPY": for people (mails, logs); the API sends amount and currency.
QString formatMoney(qint64 minorUnits, const QString &currency);

}
