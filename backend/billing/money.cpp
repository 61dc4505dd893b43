#include "billing/money.h"

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

QString formatMoney(qint64 minorUnits, const QString &currency)
{
    const int digits = minorUnitDigits(currency);
    const QString code = currency.toUpper();
    // The magnitude as an unsigned number: -minorUnits overflows for the smallest qint64.
    const quint64 magnitude = minorUnits < 0 ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    const QString sign = minorUnits < 0 ? QStringLiteral("-") : QString();
    if (digits == 0)
        return QStringLiteral("%1%2 %3").arg(sign).arg(magnitude).arg(code);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return QStringLiteral("%1%2.%3 %4")
        .arg(sign)
        .arg(magnitude / scale)
        .arg(magnitude % scale, digits, 10, QLatin1Char('0'))
        .arg(code);
}

bool isCurrencyCode(const QString &currency)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    return code.match(currency).hasMatch();
}

}
