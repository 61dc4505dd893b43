#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace buttcloud {

// An amount as the API sends it: whole minor units (cents) of an ISO 4217 currency, never floating point.
struct Money
{
    qint64 amount = 0; // minor units
    QString currency;  // lower case on the wire

    bool operator==(const Money &other) const = default;
};

// "1,234.50 EUR" in the user's locale with the currency's own decimals ("500 JPY", "1.500 KWD").
// A code instead of a symbol: "$" would not say which dollar.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

// Reads an amount typed in major units ("12", "12.5", "1,234.50" or "12,50" in German) exactly
// into minor units of currency: more decimals than the currency has are refused, never rounded.
// Nothing for an empty, negative, malformed or absurdly large amount.
std::optional<qint64> parseMajorUnits(const QString &text, const QString &currency, const QLocale &locale = QLocale());

}
