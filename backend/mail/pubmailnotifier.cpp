#include "mail/pubmailnotifier.h"

#include "mail/mailer.h"
#include "mail/mailmessage.h"
#include "store/database.h"
#include "store/pubrepository.h"

namespace buttcloud {

namespace {
constexpr std::chrono::hours ReadyMailMaxAge{24};
}

bool looksOutOfMemory(const QString &statusMessage)
{
    // Docker reports an OOM kill as exit code 137 and, in task errors, "OOM" / "out of memory".
    return statusMessage.contains(QLatin1String("OOM"), Qt::CaseInsensitive)
        || statusMessage.contains(QLatin1String("out of memory"), Qt::CaseInsensitive)
        || statusMessage.contains(QLatin1String("exit code 137"), Qt::CaseInsensitive);
}

PubMailNotifier::PubMailNotifier(const Database &database, const Mailer &mailer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_mailer(mailer)
{
}

void PubMailNotifier::pubChanged(const QString &pubId)
{
    try {
        const std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
        if (!pub)
            return;
        const std::optional<PubStatus> before = m_lastStatus.contains(pubId) ? std::optional(m_lastStatus.value(pubId)) : std::nullopt;
        m_lastStatus.insert(pubId, pub->status);
        if (before == pub->status)
            return;
        m_database.transaction([&] {
            // A pub first seen up after a server start only counts as new when it was created
            // lately: pubs running since before mail existed get no late "ready" mail.
            const bool recent = currentEpochMs() - pub->createdAt < std::chrono::milliseconds(ReadyMailMaxAge).count();
            if (pub->status == PubStatus::Up && (before || recent)) {
                m_mailer.queuePubReady(*pub); // once per pub: later ups are deduplicated
            } else if (before == PubStatus::Up && pub->desiredState == PubDesiredState::Running
                       && pub->status != PubStatus::Stopping && pub->status != PubStatus::Removing) {
                // Up, then not, while it should run: its task failed (the swarm may already be
                // starting a new one, so Starting counts too).
                m_mailer.queuePubAlert(looksOutOfMemory(pub->statusMessage) ? PubAlert::OutOfMemory : PubAlert::Down, *pub,
                                       pub->statusMessage);
            }
        });
    } catch (const std::exception &error) {
        qCWarning(lcMail) << "cannot queue the mail for pub" << pubId << ":" << error.what();
    }
}

void PubMailNotifier::pubRemoved(const QString &pubId)
{
    m_lastStatus.remove(pubId);
}

}
