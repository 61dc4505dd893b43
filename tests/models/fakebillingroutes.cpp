// The billing part of the fake API: plans, subscriptions, invoices, payments recorded by hand and
// the operators' summary, as docs/api.md ("Billing") describes them.
#include "fakeapiserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace buttcloud::test {

namespace {
bool isLive(const QJsonObject &subscription)
{
    return !subscription.isEmpty() && subscription.value(QLatin1String("status")).toString() != QLatin1String("canceled");
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
}

void FakeApiServer::setBillingMode(const QString &mode) { m_billingMode = mode; }
void FakeApiServer::setPaymentUnavailable(bool unavailable) { m_paymentUnavailable = unavailable; }
QJsonObject FakeApiServer::lastCreatePubBody() const { return m_lastCreatePubBody; }
QJsonObject FakeApiServer::lastSubscriptionPatch() const { return m_lastSubscriptionPatch; }
QJsonObject FakeApiServer::lastPaymentBody() const { return m_lastPaymentBody; }

QString FakeApiServer::addPlan(const QString &name, qint64 amount, const QString &currency, int trialDays, bool active)
{
    const QString id = QStringLiteral("pln%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    m_plans.append({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("amount"), amount},
                    {QStringLiteral("currency"), currency}, {QStringLiteral("interval"), QStringLiteral("month")},
                    {QStringLiteral("memoryBytes"), 536870912}, {QStringLiteral("trialDays"), trialDays},
                    {QStringLiteral("active"), active}, {QStringLiteral("createdAt"), QStringLiteral("2026-11-01T00:00:00Z")},
                    {QStringLiteral("updatedAt"), QStringLiteral("2026-11-01T00:00:00Z")}});
    // Cheapest first, like the server.
    std::stable_sort(m_plans.begin(), m_plans.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("amount")).toInteger() < b.value(QLatin1String("amount")).toInteger();
    });
    return id;
}

QJsonObject FakeApiServer::planJson(const QString &planId) const
{
    for (const QJsonObject &plan : m_plans) {
        if (plan.value(QLatin1String("id")).toString() == planId)
            return plan;
    }
    return {};
}

void FakeApiServer::setSubscription(const QString &pubId, const QString &planId, const QString &status,
                                    const QString &graceUntil, bool comped)
{
    m_subscriptions.insert(pubId, {{QStringLiteral("id"), QStringLiteral("sub") + pubId.right(9)},
                                   {QStringLiteral("planId"), planId}, {QStringLiteral("status"), status},
                                   {QStringLiteral("graceUntil"), graceUntil}, {QStringLiteral("comped"), comped}});
}

QJsonObject FakeApiServer::subscription(const QString &pubId) const
{
    return m_subscriptions.contains(pubId) ? subscriptionJson(pubId) : QJsonObject{};
}

void FakeApiServer::addInvoice(const QString &pubId, qint64 amount, const QString &currency, const QString &status,
                               const QString &method, const QString &at)
{
    const QString id = QStringLiteral("inv%1").arg(m_nextOperationsId++, 9, 10, QLatin1Char('0'));
    m_invoices.prepend({{QStringLiteral("id"), id}, {QStringLiteral("userId"), QStringLiteral("user00000001")},
                        {QStringLiteral("pubId"), pubId}, {QStringLiteral("amount"), amount},
                        {QStringLiteral("currency"), currency}, {QStringLiteral("status"), status},
                        {QStringLiteral("method"), method}, {QStringLiteral("note"), QString()}, {QStringLiteral("at"), at}});
}

void FakeApiServer::addRevenue(const QString &month, const QString &currency, qint64 amount, int invoices)
{
    m_revenue.append({{QStringLiteral("month"), month}, {QStringLiteral("currency"), currency},
                      {QStringLiteral("amount"), amount}, {QStringLiteral("invoices"), invoices}});
}

QJsonObject FakeApiServer::subscriptionJson(const QString &pubId) const
{
    const QJsonObject stored = m_subscriptions.value(pubId);
    const QJsonObject plan = planJson(stored.value(QLatin1String("planId")).toString());
    const QString status = stored.value(QLatin1String("status")).toString();
    const bool owes = status == QLatin1String("past_due") || status == QLatin1String("suspended");
    const QString payUrl = owes && m_billingMode == QLatin1String("stripe")
        ? QStringLiteral("https://invoice.stripe.com/i/acct_fake/inv_") + pubId
        : QString();
    return {{QStringLiteral("id"), stored.value(QLatin1String("id"))}, {QStringLiteral("pubId"), pubId},
            {QStringLiteral("planId"), plan.value(QLatin1String("id"))}, {QStringLiteral("planName"), plan.value(QLatin1String("name"))},
            {QStringLiteral("amount"), plan.value(QLatin1String("amount"))}, {QStringLiteral("currency"), plan.value(QLatin1String("currency"))},
            {QStringLiteral("interval"), plan.value(QLatin1String("interval"))}, {QStringLiteral("status"), status},
            {QStringLiteral("comped"), stored.value(QLatin1String("comped"))},
            {QStringLiteral("currentPeriodEnd"), status == QLatin1String("canceled") ? QJsonValue(QJsonValue::Null)
                                                                                     : QJsonValue(QStringLiteral("2026-12-24T00:00:00Z"))},
            {QStringLiteral("graceUntil"), nullIfEmpty(stored.value(QLatin1String("graceUntil")).toString())},
            {QStringLiteral("payUrl"), nullIfEmpty(payUrl)},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T18:00:00Z")}, {QStringLiteral("updatedAt"), QStringLiteral("2026-11-24T18:00:00Z")},
            {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("customer.subscription.created")},
                                                              {QStringLiteral("detail"), QJsonObject{{QStringLiteral("status"), status}}},
                                                              {QStringLiteral("at"), QStringLiteral("2026-11-24T18:00:00Z")}}}}};
}

QStringList FakeApiServer::planRefusal(const QJsonObject &choice) const
{
    const QJsonObject plan = planJson(choice.value(QStringLiteral("planId")).toString());
    if (plan.isEmpty() || !plan.value(QLatin1String("active")).toBool())
        return {QStringLiteral("validation_failed"), QStringLiteral("planId: unknown or inactive plan")};
    const bool needsPayment = plan.value(QLatin1String("trialDays")).toInt() == 0 && plan.value(QLatin1String("amount")).toInteger() > 0;
    if (m_billingMode != QLatin1String("stripe") || !needsPayment)
        return {};
    if (m_paymentUnavailable)
        return {QStringLiteral("payment_unavailable"), QStringLiteral("Stripe did not answer")};
    const QString token = choice.value(QStringLiteral("paymentToken")).toString();
    if (token.isEmpty())
        return {QStringLiteral("validation_failed"), QStringLiteral("paymentToken: required for a paid plan")};
    if (token == QLatin1String("tok_chargeDeclined"))
        return {QStringLiteral("card_declined"), QStringLiteral("Your card was declined.")};
    return {};
}

void FakeApiServer::startSubscription(const QString &pubId, const QString &planId)
{
    const QJsonObject plan = planJson(planId);
    const bool trial = plan.value(QLatin1String("trialDays")).toInt() > 0;
    setSubscription(pubId, planId, trial ? QStringLiteral("trialing") : QStringLiteral("active"));
    if (!trial && m_billingMode == QLatin1String("offline") && plan.value(QLatin1String("amount")).toInteger() > 0) {
        addInvoice(pubId, plan.value(QLatin1String("amount")).toInteger(), plan.value(QLatin1String("currency")).toString(),
                   QStringLiteral("open"), QStringLiteral("offline"), QStringLiteral("2026-11-24T18:00:00Z"));
    }
}

void FakeApiServer::registerBillingRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/api/v1/plans"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const bool everything = *callerRole(request) != Role::Customer;
        QJsonArray plans;
        for (const QJsonObject &plan : std::as_const(m_plans)) {
            if (everything || plan.value(QLatin1String("active")).toBool())
                plans.append(plan);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("billing"), m_billingMode}, {QStringLiteral("plans"), plans}});
    });

    m_server.route(QStringLiteral("/api/v1/plans"), Method::Post, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        const QJsonObject body = bodyOf(request);
        const QString name = body.value(QStringLiteral("name")).toString();
        const QJsonValue amount = body.value(QStringLiteral("amount"));
        static const QRegularExpression currency(QStringLiteral("^[a-zA-Z]{3}$"));
        if (name.isEmpty())
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("name: must not be empty"));
        if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() < 0)
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("amount: must be a whole number of minor units"));
        if (!currency.match(body.value(QStringLiteral("currency")).toString()).hasMatch())
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("currency: must be an ISO 4217 code"));
        for (const QJsonObject &plan : std::as_const(m_plans)) {
            if (plan.value(QLatin1String("name")).toString() == name)
                return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("name taken"));
        }
        const QString id = addPlan(name, amount.toInteger(), body.value(QStringLiteral("currency")).toString().toLower(),
                                   body.value(QStringLiteral("trialDays")).toInt());
        return QHttpServerResponse(planJson(id), QHttpServerResponse::StatusCode::Created);
    });

    m_server.route(QStringLiteral("/api/v1/plans/<arg>"), Method::Patch, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        for (QJsonObject &plan : m_plans) {
            if (plan.value(QLatin1String("id")).toString() != id)
                continue;
            const QJsonObject body = bodyOf(request);
            if (body.contains(QStringLiteral("active")))
                plan.insert(QStringLiteral("active"), body.value(QStringLiteral("active")).toBool());
            return QHttpServerResponse(plan);
        }
        return fakeErrorResponse(QStringLiteral("not_found"));
    });

    m_server.route(QStringLiteral("/api/v1/invoices"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return fakeErrorResponse(denied);
        QJsonArray invoices;
        for (const QJsonObject &invoice : std::as_const(m_invoices))
            invoices.append(invoice);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("invoices"), invoices}});
    });

    m_server.route(QStringLiteral("/api/v1/billing/summary"), Method::Get, [this](const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Support); !denied.isEmpty())
            return fakeErrorResponse(denied);
        QJsonArray revenue;
        for (const QJsonObject &month : std::as_const(m_revenue))
            revenue.append(month);
        QJsonArray pastDue;
        QJsonObject counts{{QStringLiteral("trialing"), 0}, {QStringLiteral("active"), 0}, {QStringLiteral("past_due"), 0},
                           {QStringLiteral("suspended"), 0}, {QStringLiteral("canceled"), 0}, {QStringLiteral("comped"), 0}};
        for (const FakePub &pub : std::as_const(m_pubs)) {
            if (!m_subscriptions.contains(pub.id))
                continue;
            const QJsonObject subscription = subscriptionJson(pub.id);
            const QString status = subscription.value(QLatin1String("status")).toString();
            counts.insert(status, counts.value(status).toInt() + 1);
            if (subscription.value(QLatin1String("comped")).toBool())
                counts.insert(QStringLiteral("comped"), counts.value(QLatin1String("comped")).toInt() + 1);
            if (status != QLatin1String("past_due") && status != QLatin1String("suspended"))
                continue;
            pastDue.append(QJsonObject{{QStringLiteral("pubId"), pub.id}, {QStringLiteral("pubName"), pub.name},
                                       {QStringLiteral("ownerId"), QStringLiteral("user00000001")},
                                       {QStringLiteral("ownerEmail"), pub.name + QStringLiteral("@example.org")},
                                       {QStringLiteral("status"), status}, {QStringLiteral("graceUntil"), subscription.value(QLatin1String("graceUntil"))},
                                       {QStringLiteral("planName"), subscription.value(QLatin1String("planName"))},
                                       {QStringLiteral("amountDue"), subscription.value(QLatin1String("amount"))},
                                       {QStringLiteral("currency"), subscription.value(QLatin1String("currency"))}});
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("revenue"), revenue}, {QStringLiteral("pastDue"), pastDue},
                                               {QStringLiteral("counts"), counts}});
    });

    registerSubscriptionRoutes();
}

void FakeApiServer::registerSubscriptionRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Get, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return fakeErrorResponse(denied);
        if (indexOfPub(id) < 0 || !m_subscriptions.contains(id))
            return fakeErrorResponse(QStringLiteral("not_found"));
        return QHttpServerResponse(subscriptionJson(id));
    });

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Post, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Customer); !denied.isEmpty())
            return fakeErrorResponse(denied);
        if (*callerRole(request) == Role::Support)
            return fakeErrorResponse(QStringLiteral("forbidden"));
        if (indexOfPub(id) < 0)
            return fakeErrorResponse(QStringLiteral("not_found"));
        if (isLive(m_subscriptions.value(id)))
            return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("the pub has a live subscription"));
        const QJsonObject body = bodyOf(request);
        if (const QStringList refused = planRefusal(body); !refused.isEmpty())
            return fakeErrorResponse(refused.at(0), refused.at(1));
        startSubscription(id, body.value(QStringLiteral("planId")).toString());
        return QHttpServerResponse(subscriptionJson(id), QHttpServerResponse::StatusCode::Created);
    });

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/subscription"), Method::Patch, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        if (!m_subscriptions.contains(id))
            return fakeErrorResponse(QStringLiteral("not_found"));
        m_lastSubscriptionPatch = bodyOf(request);
        QJsonObject &stored = m_subscriptions[id];
        if (m_lastSubscriptionPatch.contains(QStringLiteral("graceUntil"))) {
            const QDateTime until = QDateTime::fromString(m_lastSubscriptionPatch.value(QStringLiteral("graceUntil")).toString(), Qt::ISODate);
            if (!until.isValid())
                return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("graceUntil: not an ISO 8601 time"));
            if (stored.value(QLatin1String("status")).toString() != QLatin1String("past_due"))
                return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("the subscription is not past_due"));
            stored.insert(QStringLiteral("graceUntil"), until.toUTC().toString(Qt::ISODate));
        }
        if (m_lastSubscriptionPatch.contains(QStringLiteral("comped"))) {
            const bool comped = m_lastSubscriptionPatch.value(QStringLiteral("comped")).toBool();
            stored.insert(QStringLiteral("comped"), comped);
            if (comped) {
                stored.insert(QStringLiteral("status"), QStringLiteral("active"));
                stored.insert(QStringLiteral("graceUntil"), QString());
            }
        }
        if (m_lastSubscriptionPatch.value(QStringLiteral("status")).toString() == QLatin1String("canceled"))
            stored.insert(QStringLiteral("status"), QStringLiteral("canceled"));
        return QHttpServerResponse(subscriptionJson(id));
    });

    m_server.route(QStringLiteral("/api/v1/pubs/<arg>/payments"), Method::Post, [this](const QString &id, const QHttpServerRequest &request) {
        if (const QString denied = accessDenied(request, Role::Admin); !denied.isEmpty())
            return fakeErrorResponse(denied);
        if (m_billingMode == QLatin1String("stripe"))
            return fakeErrorResponse(QStringLiteral("conflict"), QStringLiteral("payments come from Stripe"));
        if (!m_subscriptions.contains(id))
            return fakeErrorResponse(QStringLiteral("not_found"));
        m_lastPaymentBody = bodyOf(request);
        const QJsonValue amount = m_lastPaymentBody.value(QStringLiteral("amount"));
        if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() <= 0)
            return fakeErrorResponse(QStringLiteral("validation_failed"), QStringLiteral("amount: must be a whole number of minor units"));
        addInvoice(id, amount.toInteger(), m_lastPaymentBody.value(QStringLiteral("currency")).toString(), QStringLiteral("paid"),
                   QStringLiteral("offline"), QStringLiteral("2026-11-25T09:00:00Z"));
        m_invoices.first().insert(QStringLiteral("note"), m_lastPaymentBody.value(QStringLiteral("note")).toString());
        m_subscriptions[id].insert(QStringLiteral("status"), QStringLiteral("active"));
        m_subscriptions[id].insert(QStringLiteral("graceUntil"), QString());
        return QHttpServerResponse(m_invoices.first(), QHttpServerResponse::StatusCode::Created);
    });
}

}
