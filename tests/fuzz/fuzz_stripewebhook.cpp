// Stripe's webhook: the Stripe-Signature header parser, and the event parser behind a valid
// signature (StripeWebhook::handle on a real SQLite database with one plan and one subscription,
// sub_1 of customer cus_1). Input: the header up to the first newline, then the body. The header is
// checked as sent; the body is then also signed properly and handled, so the fuzzer reaches the
// event parsing. Refusals are ApiErrors; anything else thrown (a StoreError would be a 500) crashes.
#include "billing/stripesignature.h"
#include "billing/stripewebhook.h"
#include "billingfixtures.h"
#include "fuzzinput.h"
#include "http/apierror.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <chrono>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {

constexpr qint64 NowSeconds = 1764650000;
const QByteArray Secret = QByteArrayLiteral("whsec_fuzz");

struct Fixture
{
    QTemporaryDir directory;
    TestDatabase testDatabase{directory.path()};
    Database database{testDatabase.location()};
    StripeWebhook webhook{database, Secret, 72h};

    Fixture()
    {
        webhook.setClock([] { return NowSeconds * 1000; });
        const PlanRecord plan = insertTestPlan(database, QStringLiteral("Small"));
        insertTestSubscription(database, QStringLiteral("pub000000001"), QStringLiteral("user00000001"), plan.id,
                               QStringLiteral("active"), QStringLiteral("sub_1"));
    }
};

Fixture *fixture = nullptr;

}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fixture = makeFuzzFixture<Fixture>(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size).toByteArray();
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    verifyStripeSignature(header, body, Secret, NowSeconds);
    try {
        fixture->webhook.handle(header, body);
    } catch (const ApiError &) {
    }
    try {
        fixture->webhook.handle(stripeSignatureHeader(body, Secret, NowSeconds), body);
    } catch (const ApiError &) {
    }
    return 0;
}
