#pragma once

#include <QLocale>
#include <QString>

namespace buttcloud {

// Currencies as the API sends them: ISO 4217 codes with amounts in integer minor units.

// How many decimals a currency's minor unit has: 0 for zero-decimal currencies (jpy), 3 for the
// three-decimal ones (kwd), 2 otherwise. currency is ISO 4217, any case.
int minorUnitDigits(const QString &currency);

// "12.34 EUR", "-0.05 EUR", "500 JPY" with locale's digits, decimal point and grouping (QLocale::c()
// gives exactly those), from whole minor units: no floating point on the way.
QString formatMinorUnits(qint64 minorUnits, const QString &currency, const QLocale &locale);

// Whether currency looks like an ISO 4217 code: three ASCII letters.
bool isCurrencyCode(const QString &currency);

}
