#include "models/money.h"

#include "wire/currency.h"

#include <QRegularExpression>

namespace buttcloud {

namespace {
// Well below 2^53, so an amount survives the trip through a JSON number.
constexpr qint64 MaxMinorUnits = 1'000'000'000'000'000LL;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    return formatMinorUnits(money.amount, money.currency, locale);
}

std::optional<qint64> parseMajorUnits(const QString &text, const QString &currency, const QLocale &locale)
{
    const int digits = minorUnitDigits(currency);
    QString input = text.trimmed();
    // The locale's separators, and the plain "." people type on any keyboard. Where "." groups
    // thousands (German) it is read as a decimal point: "1.234" then has too many decimals for
    // most currencies and is refused rather than misread.
    const QString groupSeparator = locale.groupSeparator();
    if (!groupSeparator.isEmpty() && groupSeparator != QLatin1String("."))
        input.remove(groupSeparator);
    input.replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression amount(QStringLiteral("^([0-9]{1,16})(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch match = amount.match(input);
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2);
    if (fraction.size() > digits)
        return std::nullopt;
    qint64 minor = match.captured(1).toLongLong();
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    if (minor > MaxMinorUnits)
        return std::nullopt;
    return minor;
}

}
