#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace buttcloud {

class Database;
class Mailer;
class PubController;

// The periodic billing check. A subscription past due after its grace becomes suspended: recorded
// (billing.suspended), its owner mailed, and the pub stopped with its data kept. A suspended pub
// whose subscription is active or trialing again (paid) is started (billing.resumed). Each pass looks
// at the stored state only, so a pass that stopped half-way (a crash between the subscription and
// the pub) is finished by the next one.
class BillingLifecycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingLifecycle)

public:
    BillingLifecycle(const Database &database, PubController &pubs, const Mailer *mailer, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval);
    // One pass now; returns how many pubs it stopped or started.
    int checkNow();
    // Tests move time; epoch milliseconds.
    void setClock(std::function<qint64()> clock);

private:
    int suspendExpired(qint64 now);
    int enforceSuspensions(qint64 now);

    const Database &m_database;
    PubController &m_pubs;
    const Mailer *m_mailer;
    std::function<qint64()> m_clock;
    QTimer m_timer;
};

}
