#include "billing/stripesignature.h"

#include "core/random.h"

#include <QList>
#include <QMessageAuthenticationCode>

#include <sodium.h>

#include <cstdlib>

namespace buttcloud {

namespace {
constexpr int SignatureBytes = 32;

QByteArray signedPayloadMac(const QByteArray &payload, const QByteArray &secret, const QByteArray &timestamp)
{
    return QMessageAuthenticationCode::hash(timestamp + '.' + payload, secret, QCryptographicHash::Sha256);
}

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool isDecimal(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
}

StripeSignatureCheck verifyStripeSignature(const QByteArray &header, const QByteArray &payload, const QByteArray &secret,
                                           qint64 nowSeconds, qint64 toleranceSeconds)
{
    if (secret.isEmpty())
        return StripeSignatureCheck::Malformed;
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray &entry : header.split(',')) {
        const qsizetype equals = entry.indexOf('=');
        if (equals <= 0)
            return StripeSignatureCheck::Malformed;
        const QByteArray key = entry.left(equals).trimmed();
        const QByteArray value = entry.mid(equals + 1).trimmed();
        if (key == "t") {
            if (!timestamp.isNull() || !isDecimal(value))
                return StripeSignatureCheck::Malformed;
            timestamp = value;
        } else if (key == "v1") {
            if (value.size() != 2 * SignatureBytes || !isHex(value))
                return StripeSignatureCheck::Malformed;
            signatures.append(QByteArray::fromHex(value));
        }
    }
    if (timestamp.isNull() || signatures.isEmpty())
        return StripeSignatureCheck::Malformed;

    ensureSodiumInitialised();
    const QByteArray expected = signedPayloadMac(payload, secret, timestamp);
    bool matched = false;
    // Compare with every entry, in constant time each, so timing tells nothing about which one matched.
    for (const QByteArray &signature : std::as_const(signatures))
        matched |= sodium_memcmp(signature.constData(), expected.constData(), SignatureBytes) == 0;
    if (!matched)
        return StripeSignatureCheck::Forged;
    if (std::llabs(nowSeconds - timestamp.toLongLong()) > toleranceSeconds)
        return StripeSignatureCheck::Stale;
    return StripeSignatureCheck::Valid;
}

QByteArray stripeSignatureHeader(const QByteArray &payload, const QByteArray &secret, qint64 timestampSeconds)
{
    const QByteArray timestamp = QByteArray::number(timestampSeconds);
    return "t=" + timestamp + ",v1=" + signedPayloadMac(payload, secret, timestamp).toHex();
}

}
