#include "billingfixtures.h"

#include "core/random.h"
#include "store/billingrepository.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace buttcloud {

PlanRecord insertTestPlan(const Database &database, const QString &name)
{
    PlanRecord plan;
    plan.id = generateId();
    plan.name = name;
    plan.amount = 500;
    plan.currency = QStringLiteral("eur");
    plan.interval = QStringLiteral("month");
    plan.createdAt = plan.updatedAt = currentEpochMs();
    BillingRepository(database).insertPlan(plan);
    return plan;
}

SubscriptionRecord insertTestSubscription(const Database &database, const QString &pubId, const QString &userId,
                                          const QString &planId, const QString &status,
                                          const QString &providerSubscriptionId)
{
    SubscriptionRecord subscription;
    subscription.id = generateId();
    subscription.pubId = pubId;
    subscription.userId = userId;
    subscription.planId = planId;
    subscription.status = status;
    subscription.providerSubscriptionId = providerSubscriptionId;
    subscription.providerCustomerId = providerSubscriptionId.isEmpty() ? QString() : QStringLiteral("cus_test");
    subscription.createdAt = subscription.updatedAt = currentEpochMs();
    BillingRepository(database).insertSubscription(subscription);
    return subscription;
}

QByteArray stripeEventBody(const QString &id, const QString &type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("object"), QStringLiteral("event")},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}})
        .toJson(QJsonDocument::Compact);
}

QStringList stripeServerArguments(const QString &directory, const QByteArray &webhookSecret, const QString &apiUrl)
{
    const auto writePrivateFile = [](const QString &path, const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    };
    const QString keyFile = QDir(directory).filePath(QStringLiteral("stripe-key"));
    const QString webhookFile = QDir(directory).filePath(QStringLiteral("stripe-webhook"));
    if (!writePrivateFile(keyFile, "sk_test_buttcloud\n") || !writePrivateFile(webhookFile, webhookSecret + '\n'))
        return {};
    return {QStringLiteral("--billing"), QStringLiteral("stripe"), QStringLiteral("--stripe-secret-key-file"), keyFile,
            QStringLiteral("--stripe-webhook-secret-file"), webhookFile, QStringLiteral("--stripe-api-url"), apiUrl};
}

}
