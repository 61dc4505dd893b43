#include "billing/billinglifecycle.h"

#include "core/logging.h"
#include "http/apierror.h"
#include "mail/mailer.h"
#include "pubs/pubcontroller.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/pubrepository.h"

namespace buttcloud {

namespace {
const QString SuspendedEvent = QStringLiteral("billing.suspended");
const QString ResumedEvent = QStringLiteral("billing.resumed");
}

BillingLifecycle::BillingLifecycle(const Database &database, PubController &pubs, const Mailer *mailer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pubs(pubs)
    , m_mailer(mailer)
    , m_clock(currentEpochMs)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        try {
            checkNow();
        } catch (const std::exception &error) {
            qCWarning(lcBilling) << "billing check failed:" << error.what();
        }
    });
}

void BillingLifecycle::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void BillingLifecycle::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

int BillingLifecycle::checkNow()
{
    const qint64 now = m_clock();
    suspendExpired(now);
    return enforceSuspensions(now);
}

int BillingLifecycle::suspendExpired(qint64 now)
{
    const BillingRepository billing(m_database);
    int suspended = 0;
    for (const SubscriptionRecord &expired : billing.listGraceExpired(now)) {
        // The subscription, its timeline and the mail together; the pub is stopped below.
        m_database.transaction([&] {
            std::optional<SubscriptionRecord> subscription = billing.findSubscription(expired.id);
            if (!subscription || subscription->status != QLatin1String("past_due") || subscription->graceUntil > now)
                return; // paid meanwhile
            subscription->status = QStringLiteral("suspended");
            subscription->updatedAt = now;
            billing.updateSubscription(*subscription);
            billing.recordEvent(*subscription, SuspendedEvent, QString(), now);
            const std::optional<PubRecord> pub = PubRepository(m_database).findById(subscription->pubId);
            if (m_mailer && pub)
                m_mailer->queuePubSuspended(*pub, QStringLiteral("the subscription is unpaid; the pub's data is kept"));
            ++suspended;
        });
    }
    if (suspended)
        qCInfo(lcBilling) << "suspended" << suspended << "unpaid subscriptions";
    return suspended;
}

int BillingLifecycle::enforceSuspensions(qint64 now)
{
    const BillingRepository billing(m_database);
    const PubRepository pubs(m_database);
    int changed = 0;
    // A suspended subscription's pub stays stopped (also finishing a pass that was cut short).
    for (const SubscriptionRecord &subscription : billing.listWithStatus(QStringLiteral("suspended"))) {
        const std::optional<PubRecord> pub = pubs.findById(subscription.pubId);
        if (!pub || pub->desiredState != PubDesiredState::Running)
            continue;
        try {
            m_pubs.requestStop(pub->id);
            ++changed;
        } catch (const ApiError &error) {
            qCWarning(lcBilling) << "cannot stop suspended pub" << pub->id << error.message();
        }
    }
    // Paid again: start what billing stopped, then say so once.
    for (const SubscriptionRecord &subscription : billing.listNeedingResume()) {
        const std::optional<PubRecord> pub = pubs.findById(subscription.pubId);
        try {
            if (pub && pub->desiredState == PubDesiredState::Stopped) {
                m_pubs.requestStart(pub->id);
                ++changed;
            }
            billing.recordEvent(subscription, ResumedEvent, QString(), now);
        } catch (const ApiError &error) {
            qCWarning(lcBilling) << "cannot start paid pub" << subscription.pubId << error.message();
        }
    }
    return changed;
}

}
