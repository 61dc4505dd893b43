#pragma once

#include "wire/pubstatus.h"

#include <QHash>
#include <QObject>

namespace buttcloud {

class Database;
class Mailer;

// Turns pub status changes into mails: "pub ready" the first time a pub is up, and a down or
// out-of-memory alert when a pub that was up fails (rate limited by the Mailer). Fed by
// PubController::pubChanged; reads the pub as stored.
class PubMailNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubMailNotifier)

public:
    PubMailNotifier(const Database &database, const Mailer &mailer, QObject *parent = nullptr);

public Q_SLOTS:
    void pubChanged(const QString &pubId);
    void pubRemoved(const QString &pubId);

private:
    const Database &m_database;
    const Mailer &m_mailer;
    QHash<QString, PubStatus> m_lastStatus; // since this server started
};

// Whether a failed pub's status message says the kernel killed it for memory.
bool looksOutOfMemory(const QString &statusMessage);

}
