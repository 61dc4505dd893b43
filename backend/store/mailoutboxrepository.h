#pragma once

#include "store/records.h"

#include <QList>

#include <optional>

namespace buttcloud {

class Database;

// The mail_outbox table. Throws StoreError on database failures. States: queued -> sending ->
// sent, or back to queued (retry later), or failed (gave up; an admin may queue it again).
class MailOutboxRepository final
{
public:
    explicit MailOutboxRepository(const Database &database);

    // Inserts a queued mail; false (and nothing inserted) when its dedupe key was queued before.
    bool insert(const OutboxMailRecord &mail) const;
    std::optional<OutboxMailRecord> findById(const QString &id) const;
    // Newest first; state empty for all.
    QList<OutboxMailRecord> list(const QString &state, int limit) const;
    // The next mail due at `now`: queued and due, or left in sending by a claim that has lapsed (a
    // crash mid-send). Oldest first.
    std::optional<OutboxMailRecord> nextDue(qint64 now) const;
    // queued/sending -> sending, counting an attempt, the claim lasting until leaseUntil. False when
    // another claim won (the row changed meanwhile).
    bool claim(const OutboxMailRecord &mail, qint64 leaseUntil) const;
    // sending -> sent, once: false when the row was not in sending with this attempt count. Clears
    // the bodies (one-time links must not outlive their delivery in the database).
    bool markSent(const QString &id, int attempt, qint64 at) const;
    // sending -> queued (retry at nextAttemptAt) or failed.
    void markAttemptFailed(const QString &id, int attempt, const QString &error, bool giveUp, qint64 nextAttemptAt) const;
    // failed or queued -> queued now with a fresh attempt budget; false for sent or sending mails.
    bool requeue(const QString &id, qint64 now) const;
    int countInState(const QString &state) const;

private:
    const Database &m_database;
};

}
