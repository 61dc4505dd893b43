#include "billing/billinglifecycle.h"

#include "billing/billingservice.h"

#include "core/logging.h"
#include "http/apierror.h"
#include "jobs/jobworker.h"
#include "mail/mailer.h"
#include "pubs/pubbackups.h"
#include "pubs/pubcontroller.h"
#include "store/billingrepository.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "store/pubrepository.h"
#include "store/userrepository.h"

#include <QDateTime>
#include <QPointer>

namespace buttcloud {

namespace {
const QString SuspendedEvent = QStringLiteral("billing.suspended");
const QString ResumedEvent = QStringLiteral("billing.resumed");
const QString RemovedEvent = QStringLiteral("billing.removed");
const QString BackedUpEvent = QStringLiteral("billing.backed_up");
const QString CanceledReason = QStringLiteral("billing.canceled");
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

void BillingLifecycle::setCancelRemoval(std::chrono::milliseconds period)
{
    m_cancelRemoval = period;
}

void BillingLifecycle::setBackups(PubBackups *backups)
{
    m_backups = backups;
}

void BillingLifecycle::registerJobHandlers(JobWorker &worker)
{
    worker.registerHandler(JobKind::PubBackupAndDelete, [guard = QPointer<BillingLifecycle>(this)](JobRun run) {
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        guard->backupAndDelete(run);
    });
}

void BillingLifecycle::setOfflineInvoicing(std::chrono::milliseconds grace)
{
    m_offlineGrace = grace;
}

int BillingLifecycle::checkNow()
{
    const qint64 now = m_clock();
    if (m_offlineGrace)
        invoiceOfflinePeriods(now);
    suspendExpired(now);
    const int changed = enforceSuspensions(now);
    return changed + removeCanceled(now);
}

int BillingLifecycle::suspendExpired(qint64 now)
{
    const BillingRepository billing(m_database);
    int suspended = 0;
    for (const SubscriptionRecord &expired : billing.listGraceExpired(now)) {
        // The subscription, its timeline and the mail together; the pub is stopped below.
        m_database.transaction([&] {
            std::optional<SubscriptionRecord> subscription = billing.findSubscription(expired.id);
            if (!subscription || subscription->status != QLatin1String("past_due") || subscription->graceUntil > now
                || subscription->comped)
                return; // paid (or comped) meanwhile
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

int BillingLifecycle::removeCanceled(qint64 now)
{
    const BillingRepository billing(m_database);
    int queued = 0;
    QStringList jobs;
    for (const SubscriptionRecord &due : billing.listDueForRemoval(now - m_cancelRemoval.count())) {
        // The job and the mark together: the next pass does not queue it again, a crash queues it once.
        m_database.transaction([&] {
            std::optional<SubscriptionRecord> subscription = billing.findSubscription(due.id);
            if (!subscription || subscription->status != QLatin1String("canceled") || subscription->removalQueuedAt)
                return; // subscribed again meanwhile
            subscription->removalQueuedAt = now;
            billing.updateSubscription(*subscription);
            if (PubRepository(m_database).findById(subscription->pubId)) {
                JobRequest request;
                request.kind = JobKind::PubBackupAndDelete;
                request.pubId = subscription->pubId;
                request.idempotencyKey = jobKindName(JobKind::PubBackupAndDelete) + u':' + subscription->pubId;
                request.reason = QStringLiteral("billing: the subscription was canceled");
                jobs.append(JobRepository(m_database).enqueue(request).id);
                ++queued;
            }
            billing.recordEvent(*subscription, RemovedEvent, QString(), now);
        });
    }
    for (const QString &job : jobs)
        Q_EMIT jobQueued(job);
    if (queued)
        qCInfo(lcBilling) << "queued the removal of" << queued << "pubs whose subscription was canceled";
    return queued;
}

void BillingLifecycle::backupAndDelete(const JobRun &run)
{
    const QString pubId = run.job().pubId;
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
    if (!pub || pub->desiredState == PubDesiredState::Deleted)
        return run.succeed(QJsonObject{{QStringLiteral("deleted"), false}});
    const std::optional<SubscriptionRecord> subscription = BillingRepository(m_database).findSubscriptionByPub(pubId);
    if (subscription && subscription->status != QLatin1String("canceled"))
        return run.succeed(QJsonObject{{QStringLiteral("skipped"), QStringLiteral("subscribed again")}});
    if (!m_backups)
        return run.fail(QStringLiteral("no backup directory: nothing was removed"), true);
    // A retry after the backup was made (the delete could not be queued) does not make another.
    if (const std::optional<BackupRecord> made = m_backups->madeBy(run.job().id))
        return deleteBackedUp(run, *made);
    const auto recordBackedUp = [this, subscription](const BackupRecord &backup) {
        if (subscription) {
            BillingRepository(m_database).recordEvent(*subscription, BackedUpEvent, QString(), m_clock(),
                                                      QJsonObject{{QStringLiteral("backupId"), backup.id},
                                                                  {QStringLiteral("bytes"), backup.bytes}});
        }
    };
    QPointer<BillingLifecycle> guard(this);
    m_backups->backUp(run, *pub, CanceledReason, recordBackedUp, [guard, run](const std::variant<BackupRecord, QString> &result) {
        if (const auto *problem = std::get_if<QString>(&result))
            return run.fail(QStringLiteral("the backup failed, nothing was removed: %1").arg(*problem), true);
        if (!guard)
            return run.fail(QStringLiteral("the server is shutting down"), true);
        guard->deleteBackedUp(run, std::get<BackupRecord>(result));
    });
}

void BillingLifecycle::deleteBackedUp(const JobRun &run, const BackupRecord &backup)
{
    // A verified backup exists: the volume goes with the pub.
    try {
        const PubWithJob deleting = m_pubs.requestDelete(backup.pubId, true);
        run.succeed(QJsonObject{{QStringLiteral("backupId"), backup.id},
                                {QStringLiteral("deleteJob"), deleting.job.id},
                                {QStringLiteral("removeData"), true}});
    } catch (const ApiError &error) {
        run.fail(error.message(), true);
    } catch (const StoreError &error) {
        run.fail(QString::fromUtf8(error.what()), true);
    }
}

int BillingLifecycle::invoiceOfflinePeriods(qint64 now)
{
    const BillingRepository billing(m_database);
    int changed = 0;
    for (const SubscriptionRecord &ended : billing.listPeriodEnded(now)) {
        // One period per pass and subscription: a server that was off for long catches up pass by pass.
        m_database.transaction([&] {
            std::optional<SubscriptionRecord> subscription = billing.findSubscription(ended.id);
            const std::optional<PlanRecord> plan = subscription ? billing.findPlan(subscription->planId) : std::nullopt;
            if (!subscription || !plan || subscription->currentPeriodEnd != ended.currentPeriodEnd)
                return; // changed meanwhile
            if (plan->amount > 0 && billing.owes(subscription->id)) {
                // The period ended unpaid: past due, as a failed card payment is.
                subscription->status = QStringLiteral("past_due");
                subscription->graceUntil = now + m_offlineGrace->count();
                subscription->updatedAt = now;
                billing.updateSubscription(*subscription);
                billing.recordEvent(*subscription, QStringLiteral("billing.period_unpaid"), QString(), now);
                if (m_mailer) {
                    if (const std::optional<UserRecord> user = UserRepository(m_database).findById(subscription->userId))
                        m_mailer->queuePaymentFailed(*user, QStringLiteral("the invoice for %1 is unpaid").arg(plan->name));
                }
                ++changed;
                return;
            }
            // Paid up (or free): the next period begins, invoiced now and due by its end.
            const qint64 start = subscription->currentPeriodEnd;
            subscription->status = QStringLiteral("active");
            subscription->currentPeriodEnd = periodEndAfter(start, plan->interval);
            subscription->updatedAt = now;
            billing.updateSubscription(*subscription);
            if (plan->amount > 0) {
                const QString until = QDateTime::fromMSecsSinceEpoch(subscription->currentPeriodEnd, Qt::UTC).toString(Qt::ISODate);
                billing.insertInvoice(openOfflineInvoice(*subscription, *plan, QStringLiteral("%1 until %2").arg(plan->name, until), now));
                billing.recordEvent(*subscription, QStringLiteral("billing.invoiced"), QString(), now);
            }
            ++changed;
        });
    }
    return changed;
}

}
