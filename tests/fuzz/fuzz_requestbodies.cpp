// The REST API's request bodies and query strings, through the real server: an in-process API
// (TestBackend: the server core on SQLite with a fake swarm, on 127.0.0.1) and real HTTP. Input: the
// first byte picks the route, the second the caller (nobody, a customer, support, an admin), the
// rest is the body (POST, PATCH) or the query string (GET). Every answer must be a real HTTP answer
// and never 500 (a bug: the handler threw something other than an ApiError).
#include "billingfixtures.h"
#include "fuzzinput.h"
#include "pubs/pubcontroller.h"
#include "testbackend.h"
#include "testhttpclient.h"


#include <cstdio>
#include <cstdlib>

using namespace buttcloud;

namespace {

struct Route
{
    const char *method;
    const char *path; // {pub}, {job}, {plan} stand for existing ids
};

// Every route with a body or a query (DELETEs left out: they would take the fixtures away).
constexpr Route Routes[] = {
    {"POST", "/api/v1/auth/signup"},
    {"POST", "/api/v1/auth/login"},
    {"POST", "/api/v1/auth/refresh"},
    {"POST", "/api/v1/auth/logout"},
    {"POST", "/api/v1/auth/password-reset"},
    {"POST", "/api/v1/auth/password-reset/confirm"},
    {"POST", "/api/v1/auth/verify-email"},
    {"POST", "/api/v1/pubs"},
    {"POST", "/api/v1/pubs/{pub}/start"},
    {"POST", "/api/v1/pubs/{pub}/stop"},
    {"POST", "/api/v1/pubs/{pub}/commands"},
    {"POST", "/api/v1/commands/run"},
    {"POST", "/api/v1/hubs/probe"},
    {"POST", "/api/v1/hubs"},
    {"POST", "/api/v1/plans"},
    {"PATCH", "/api/v1/plans/{plan}"},
    {"POST", "/api/v1/billing/stripe/webhook"},
    {"POST", "/api/v1/jobs/{job}/retry"},
    {"POST", "/api/v1/jobs/{job}/cancel"},
    {"GET", "/api/v1/pubs/{pub}/stats"},
    {"GET", "/api/v1/jobs"},
    {"GET", "/api/v1/audit"},
    {"GET", "/api/v1/capacity"},
    {"GET", "/api/v1/invoices"},
    {"GET", "/api/v1/mail/outbox"},
    {"GET", "/api/v1/reconcile/plan"},
    {"GET", "/api/v1/pubs"},
};
constexpr size_t RouteCount = sizeof(Routes) / sizeof(Routes[0]);

struct Fixture
{
    TestBackend backend;
    TestHttpClient client;
    QString tokens[4];
    QString pubId;
    QString jobId;
    QString planId;

    Fixture()
    {
        const UserRecord alice = backend.addUser(QStringLiteral("alice@example.org"), Role::Customer);
        tokens[1] = backend.accessTokenFor(alice);
        tokens[2] = backend.accessTokenFor(backend.addUser(QStringLiteral("support@example.org"), Role::Support));
        tokens[3] = backend.accessTokenFor(backend.addUser(QStringLiteral("admin@example.org"), Role::Admin));
        const PubWithJob created = backend.pubs().create(alice.id, QStringLiteral("alicepub"));
        pubId = created.pub.id;
        jobId = created.job.id;
        planId = insertTestPlan(backend.database(), QStringLiteral("Small")).id;
    }

    QString path(const char *pattern) const
    {
        return QString::fromLatin1(pattern)
            .replace(QLatin1String("{pub}"), pubId)
            .replace(QLatin1String("{job}"), jobId)
            .replace(QLatin1String("{plan}"), planId);
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
    if (size < 2)
        return 0;
    const Route &route = Routes[data[0] % RouteCount];
    const QString &token = fixture->tokens[data[1] % 4];
    const QByteArray payload = fuzzBytes(data + 2, size - 2).toByteArray();
    const bool get = qstrcmp(route.method, "GET") == 0;
    QUrl url = fixture->backend.url(fixture->path(route.path));
    if (get) {
        url.setQuery(QString::fromUtf8(payload), QUrl::TolerantMode);
        if (!url.isValid())
            return 0;
    }
    const TestReply reply = fixture->client.send(route.method, url, get ? QByteArray() : payload, token);
    // 503: a part the test backend has not (hubs, billing) or the fake swarm refusing.
    if (reply.status == 0 || (reply.status >= 500 && reply.status != 503)) {
        std::fprintf(stderr, "%s %s answered %d: %s\n", route.method, qPrintable(url.toString()), reply.status,
                     reply.body.constData());
        std::abort();
    }
    return 0;
}
