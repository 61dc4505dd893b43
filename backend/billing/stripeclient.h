#pragma once

#include "billing/billingprovider.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>

namespace buttcloud {

// BillingProvider over Stripe's REST API: form-encoded requests, the API version pinned
// (StripeApiVersion), an Idempotency-Key on every POST, every reply validated (stripereplies.h).
// The secret key goes in the Authorization header only; it is never logged or put in a message.
class StripeClient final : public QObject, public BillingProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StripeClient)

public:
    StripeClient(const QUrl &apiUrl, const QString &secretKey, QObject *parent = nullptr);

    void createCustomer(const QString &email, const QString &userId, const QString &idempotencyKey,
                        BillingCallback<QString> done) override;
    void attachSource(const QString &customerId, const QString &token, const QString &idempotencyKey,
                      BillingCallback<QString> done) override;
    void createPlan(const QString &name, qint64 amount, const QString &currency, const QString &interval,
                    const QString &idempotencyKey, BillingCallback<ProviderPlanIds> done) override;
    void createSubscription(const QString &customerId, const QString &planId, int trialDays, const QString &pubId,
                            const QString &idempotencyKey, BillingCallback<ProviderSubscription> done) override;
    void cancelSubscription(const QString &subscriptionId, BillingCallback<bool> done) override;
    void pauseCollection(const QString &subscriptionId, bool paused, BillingCallback<bool> done) override;
    void listInvoices(const QString &customerId, BillingCallback<QList<ProviderInvoice>> done) override;

    void setTimeout(std::chrono::milliseconds timeout);

private:
    using Fields = QList<QPair<QString, QString>>;
    void post(const QString &path, const Fields &fields, const QString &idempotencyKey,
              BillingCallback<QJsonObject> done);
    void get(const QString &path, const Fields &query, BillingCallback<QJsonObject> done);
    void remove(const QString &path, BillingCallback<QJsonObject> done);
    QNetworkRequest request(const QString &path, const Fields &query) const;
    void finish(QNetworkReply *reply, BillingCallback<QJsonObject> done);

    QNetworkAccessManager m_network;
    QUrl m_apiUrl;
    QByteArray m_authorization;
    std::chrono::milliseconds m_timeout{30000};
};

}
