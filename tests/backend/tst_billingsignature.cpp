#include "billing/money.h"
#include "billing/stripesignature.h"

#include <QTest>

#include <limits>

using namespace buttcloud;

Q_DECLARE_METATYPE(buttcloud::StripeSignatureCheck)

// Stripe webhook signatures (valid, forged, stale, malformed, rolled secrets) and money formatting.
class TestBillingSignature final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedHeaderVerifies();
    void headerChecks_data();
    void headerChecks();
    void anyOfSeveralV1EntriesMatches();
    void toleranceAppliesBothWays();
    void emptySecretVerifiesNothing();
    void knownVector();
    void formatMoney_data();
    void formatMoney();
    void currencyCodes();
};

namespace {
const QByteArray Secret = "whsec_test_secret";
const QByteArray Payload = R"({"id":"evt_1","type":"invoice.paid"})";
constexpr qint64 Now = 1764650000;
}

void TestBillingSignature::signedHeaderVerifies()
{
    const QByteArray header = stripeSignatureHeader(Payload, Secret, Now);
    QVERIFY(header.startsWith("t=1764650000,v1="));
    QCOMPARE(verifyStripeSignature(header, Payload, Secret, Now), StripeSignatureCheck::Valid);
}

void TestBillingSignature::headerChecks_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<StripeSignatureCheck>("expected");

    const QByteArray valid = stripeSignatureHeader(Payload, Secret, Now);
    const QByteArray mac = valid.mid(valid.indexOf("v1=") + 3);
    QTest::newRow("valid") << valid << Payload << StripeSignatureCheck::Valid;
    QTest::newRow("v0 and unknown keys ignored") << "t=1764650000,v0=abc,x=y,v1=" + mac << Payload
                                                 << StripeSignatureCheck::Valid;
    QTest::newRow("body changed") << valid << QByteArray(Payload + " ") << StripeSignatureCheck::Forged;
    QTest::newRow("other secret") << stripeSignatureHeader(Payload, "whsec_other", Now) << Payload
                                  << StripeSignatureCheck::Forged;
    QTest::newRow("timestamp changed") << "t=1764650001,v1=" + mac << Payload << StripeSignatureCheck::Forged;
    QTest::newRow("stale") << stripeSignatureHeader(Payload, Secret, Now - 301) << Payload << StripeSignatureCheck::Stale;
    QTest::newRow("from the future") << stripeSignatureHeader(Payload, Secret, Now + 301) << Payload
                                     << StripeSignatureCheck::Stale;
    QTest::newRow("empty") << QByteArray() << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("no timestamp") << "v1=" + mac << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("no v1") << QByteArray("t=1764650000,v0=" + mac) << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("two timestamps") << "t=1764650000,t=1764650000,v1=" + mac << Payload
                                    << StripeSignatureCheck::Malformed;
    QTest::newRow("timestamp not a number") << "t=soon,v1=" + mac << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("negative timestamp") << "t=-1,v1=" + mac << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("huge timestamp") << "t=99999999999999999999,v1=" + mac << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("short v1") << "t=1764650000,v1=" + mac.left(63) << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("v1 not hex") << "t=1764650000,v1=" + QByteArray(64, 'g') << Payload << StripeSignatureCheck::Malformed;
    QTest::newRow("entry without =") << "t=1764650000,v1=" + mac + ",junk" << Payload << StripeSignatureCheck::Malformed;
}

void TestBillingSignature::headerChecks()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, payload);
    QFETCH(StripeSignatureCheck, expected);
    QCOMPARE(verifyStripeSignature(header, payload, Secret, Now), expected);
}

void TestBillingSignature::anyOfSeveralV1EntriesMatches()
{
    // While a secret is rolled Stripe signs with the old and the new one.
    const QByteArray old = stripeSignatureHeader(Payload, "whsec_old", Now);
    const QByteArray current = stripeSignatureHeader(Payload, Secret, Now);
    const QByteArray both = old + ",v1=" + current.mid(current.indexOf("v1=") + 3);
    QCOMPARE(verifyStripeSignature(both, Payload, Secret, Now), StripeSignatureCheck::Valid);
    QCOMPARE(verifyStripeSignature(both, Payload, "whsec_old", Now), StripeSignatureCheck::Valid);
    QCOMPARE(verifyStripeSignature(both, Payload, "whsec_neither", Now), StripeSignatureCheck::Forged);
}

void TestBillingSignature::toleranceAppliesBothWays()
{
    QCOMPARE(verifyStripeSignature(stripeSignatureHeader(Payload, Secret, Now - 300), Payload, Secret, Now),
             StripeSignatureCheck::Valid);
    QCOMPARE(verifyStripeSignature(stripeSignatureHeader(Payload, Secret, Now + 300), Payload, Secret, Now),
             StripeSignatureCheck::Valid);
    QCOMPARE(verifyStripeSignature(stripeSignatureHeader(Payload, Secret, Now - 60), Payload, Secret, Now, 30),
             StripeSignatureCheck::Stale);
}

void TestBillingSignature::emptySecretVerifiesNothing()
{
    QCOMPARE(verifyStripeSignature(stripeSignatureHeader(Payload, {}, Now), Payload, {}, Now),
             StripeSignatureCheck::Malformed);
}

void TestBillingSignature::knownVector()
{
    // HMAC-SHA256(key "whsec_test_secret", "1764650000.{...}") computed independently with
    // `printf '%s' "1764650000.$payload" | openssl dgst -sha256 -hmac whsec_test_secret`.
    QCOMPARE(stripeSignatureHeader(Payload, Secret, Now),
             QByteArray("t=1764650000,v1=4c0e4d3fe75bcb3c6704eede1aa532ec930d50e90c2392fc35340f2533e1b09d"));
}

void TestBillingSignature::formatMoney_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cents") << qint64(1234) << "eur" << "12.34 EUR";
    QTest::newRow("leading zero") << qint64(5) << "EUR" << "0.05 EUR";
    QTest::newRow("zero") << qint64(0) << "usd" << "0.00 USD";
    QTest::newRow("negative") << qint64(-5) << "eur" << "-0.05 EUR";
    QTest::newRow("zero-decimal") << qint64(500) << "jpy" << "500 JPY";
    QTest::newRow("three-decimal") << qint64(1234) << "kwd" << "1.234 KWD";
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "eur" << "92233720368547758.07 EUR";
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << "eur" << "-92233720368547758.08 EUR";
}

void TestBillingSignature::formatMoney()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(buttcloud::formatMoney(minorUnits, currency), expected);
}

void TestBillingSignature::currencyCodes()
{
    QVERIFY(isCurrencyCode("eur"));
    QVERIFY(isCurrencyCode("USD"));
    QVERIFY(!isCurrencyCode("eu"));
    QVERIFY(!isCurrencyCode("euro"));
    QVERIFY(!isCurrencyCode("e1r"));
    QVERIFY(!isCurrencyCode(""));
}

QTEST_GUILESS_MAIN(TestBillingSignature)
#include "tst_billingsignature.moc"
