#pragma once

#include <QString>

namespace buttcloud {

// Money is an integer count of a currency's minor units (cents), never floating point.

// How many decimals a currency's minor unit has: 0 for zero-decimal currencies (jpy), 3 for the
// three-decimal ones (kwd), 2 otherwise. currency is ISO 4217, any case.
int minorUnitDigits(const QString &currency);

// "12.34 EUR", "-0.05 EUR", "500 JPY": for people (mails, logs); the API sends amount and currency.
QString formatMoney(qint64 minorUnits, const QString &currency);

// Whether currency looks like an ISO 4217 code: three ASCII letters.
bool isCurrencyCode(const QString &currency);

}
