#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace buttcloud {

class Database;
class JobRun;
class JobWorker;
class Mailer;
class PubBackups;
class PubController;
struct BackupRecord;

// The periodic billing check. A subscription past due after its grace becomes suspended: recorded
// (billing.suspended), its owner mailed, and the pub stopped with its data kept. A suspended pub
// whose subscription is active or trialing again (paid) is started (billing.resumed). Each pass looks
// at the stored state only, so a pass that stopped half-way (a crash between the subscription and
// the pub) is finished by the next one. A subscription canceled longer than the removal period ago
// gets its pub removed: a pub.backup_and_delete job (billing.removed) backs its data volume up
// (billing.backed_up), and only then deletes the pub with its volume.
class BillingLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingLifecycle)

public:
    static constexpr std::chrono::milliseconds DefaultCancelRemoval{30LL * 24 * 3600 * 1000};

    BillingLifecycle(const Database &database, PubController &pubs, const Mailer *mailer, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval);
    // How long a canceled subscription's pub is kept before it is removed.
    void setCancelRemoval(std::chrono::milliseconds period);
    // Billing offline: at the end of each period the next one is invoiced (an open invoice); a period
    // that ends with an invoice still open makes the subscription past_due with this grace.
    void setOfflineInvoicing(std::chrono::milliseconds grace);
    // Where pub.backup_and_delete keeps its backups; without, that job fails and removes nothing.
    void setBackups(PubBackups *backups);
    // Registers the handler of pub.backup_and_delete.
    void registerJobHandlers(JobWorker &worker);
    // One pass now; returns how many pubs it stopped or started.
    int checkNow();
    // Tests move time; epoch milliseconds.
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    // A removal job was queued (for the worker).
    void jobQueued(const QString &jobId);

private:
    int suspendExpired(qint64 now);
    int enforceSuspensions(qint64 now);
    int removeCanceled(qint64 now);
    int invoiceOfflinePeriods(qint64 now);
    void backupAndDelete(const JobRun &run);
    void deleteBackedUp(const JobRun &run, const BackupRecord &backup);

    const Database &m_database;
    PubController &m_pubs;
    const Mailer *m_mailer;
    PubBackups *m_backups = nullptr;
    std::function<qint64()> m_clock;
    std::chrono::milliseconds m_cancelRemoval = DefaultCancelRemoval;
    std::optional<std::chrono::milliseconds> m_offlineGrace; // set with billing offline
    QTimer m_timer;
};

}
