#include "wire/currency.h"

#include <QRegularExpression>
#include <QSet>

namespace buttcloud {

int minorUnitDigits(const QString &currency)
{
    // Stripe's lists of zero- and three-decimal currencies.
    static const QSet<QString> zeroDecimal{
        QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"), QStringLiteral("gnf"),
        QStringLiteral("jpy"), QStringLiteral("kmf"), QStringLiteral("krw"), QStringLiteral("mga"),
        QStringLiteral("pyg"), QStringLiteral("rwf"), QStringLiteral("ugx"), QStringLiteral("vnd"),
        QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"), QStringLiteral("xpf")};
    static const QSet<QString> threeDecimal{QStringLiteral("bhd"), QStringLiteral("jod"), QStringLiteral("kwd"),
                                            QStringLiteral("omr"), QStringLiteral("tnd")};
    const QString code = currency.toLower();
    if (zeroDecimal.contains(code))
        return 0;
    return threeDecimal.contains(code) ? 3 : 2;
}

QString formatMinorUnits(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int digits = minorUnitDigits(currency);
    // The magnitude as an unsigned number: -minorUnits overflows for the smallest qint64.
    const quint64 magnitude = minorUnits < 0 ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0) {
        // Digits through the locale too, for locales that do not write 0-9.
        number += locale.decimalPoint() + locale.toString(qulonglong(magnitude % scale)).rightJustified(digits, locale.zeroDigit().at(0));
    }
    return QStringLiteral("%1%2 %3").arg(minorUnits < 0 ? locale.negativeSign() : QString(), number, currency.toUpper());
}

bool isCurrencyCode(const QString &currency)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    return code.match(currency).hasMatch();
}

}
