#include "ui/pubcustodyactions.h"

#include "models/jobprogresstracker.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/custodydialogs.h"
#include "ui/filechooser.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QLocale>
#include <QTimer>
#include <QWidget>

namespace buttcloud {

namespace {
// How often an export's job is asked for while it runs: an owner cannot list jobs, and the
// stream may be away, so the pub's own export route is the one source every role can read.
constexpr int ExportPollMs = 1500;
}

PubCustodyActions::PubCustodyActions(Session *session, PubsModel *pubs, JobProgressTracker *tracker, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pubs(pubs)
    , m_tracker(tracker)
    , m_window(window)
    , m_custody(session)
    , m_hubs(session)
    , m_pollTimer(new QTimer(this))
    , m_exportAction(new QAction(tr("E&xport…"), this))
    , m_importAction(new QAction(tr("&Import Pub…"), this))
    , m_moveAction(new QAction(tr("Mo&ve to Hub…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportPubAction"));
    m_exportAction->setToolTip(tr("Save the pub's identity and data to an archive file"));
    m_importAction->setObjectName(QStringLiteral("importPubAction"));
    m_importAction->setToolTip(tr("Make a pub from an archive file, keeping its identity"));
    m_moveAction->setObjectName(QStringLiteral("movePubAction"));
    m_moveAction->setToolTip(tr("Move the pub with its identity and data to another hub"));
    m_pollTimer->setInterval(ExportPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PubCustodyActions::pollExports);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_currentPub)
            exportPub(*m_currentPub);
    });
    connect(m_importAction, &QAction::triggered, this, &PubCustodyActions::importPub);
    connect(m_moveAction, &QAction::triggered, this, [this] {
        if (m_currentPub)
            movePub(*m_currentPub);
    });
    connect(m_session, &Session::signedOut, this, [this] {
        m_pendingExports.clear();
        m_pollTimer->stop();
    });
    updateActions();
}

PubCustodyActions::~PubCustodyActions() = default;

QAction *PubCustodyActions::exportAction() const
{
    return m_exportAction;
}

QAction *PubCustodyActions::importAction() const
{
    return m_importAction;
}

QAction *PubCustodyActions::moveAction() const
{
    return m_moveAction;
}

CustodyService *PubCustodyActions::service()
{
    return &m_custody;
}

int PubCustodyActions::pendingExportCount() const
{
    return int(m_pendingExports.size());
}

void PubCustodyActions::setCurrentPub(const std::optional<Pub> &pub)
{
    m_currentPub = pub;
    updateActions();
}

void PubCustodyActions::updateActions()
{
    const bool signedIn = m_session->isSignedIn();
    const Role role = signedIn ? m_session->user().role : Role::Support;
    const bool removing = m_currentPub && m_currentPub->status == PubStatus::Removing;
    // Support staff may not take a pub's identity out, nor bring one in; only admins move pubs.
    m_exportAction->setVisible(role != Role::Support);
    m_importAction->setVisible(role != Role::Support);
    m_moveAction->setVisible(role == Role::Admin);
    m_exportAction->setEnabled(signedIn && m_currentPub && !removing);
    m_importAction->setEnabled(signedIn);
    m_moveAction->setEnabled(signedIn && m_currentPub && !removing);
}

void PubCustodyActions::exportPub(const Pub &pub)
{
    m_custody.exportPub(pub.id, this, [this, pub](const Result<Job> &result) {
        if (!result.ok()) {
            MessageBox::warning(m_window, tr("Could not export the pub"), result.errorMessage());
            return;
        }
        const Job &job = result.value();
        if (job.isFinished()) {
            onExportFinished(pub, job);
            return;
        }
        m_pendingExports.insert(job.id, pub);
        m_tracker->track(job, pub.name); // its steps in the status bar
        m_pollTimer->start();
    });
}

void PubCustodyActions::pollExports()
{
    if (m_pendingExports.isEmpty()) {
        m_pollTimer->stop();
        return;
    }
    for (auto it = m_pendingExports.cbegin(); it != m_pendingExports.cend(); ++it) {
        m_custody.latestExport(it.value().id, this, [this, jobId = it.key()](const Result<Job> &result) {
            if (!result.ok() || result.value().id != jobId || !result.value().isFinished())
                return; // asked again at the next tick
            const auto found = m_pendingExports.constFind(jobId);
            if (found == m_pendingExports.cend())
                return; // an earlier answer finished it
            const Pub pub = found.value();
            m_pendingExports.remove(jobId);
            onExportFinished(pub, result.value());
        });
    }
}

void PubCustodyActions::onExportFinished(const Pub &pub, const Job &job)
{
    if (m_pendingExports.isEmpty())
        m_pollTimer->stop();
    if (job.state != JobState::Succeeded || job.exportId.isEmpty()) {
        MessageBox::warning(m_window, tr("Could not export the pub"),
                            job.error.isEmpty() ? tr("The export of “%1” did not finish.").arg(pub.name)
                                                : tr("The export of “%1” failed: %2").arg(pub.name, job.error));
        return;
    }
    saveExport(pub, job.exportId);
}

void PubCustodyActions::saveExport(const Pub &pub, const QString &exportId)
{
    const QString path = FileChooser::saveFileName(m_window, tr("Save the Archive of %1").arg(pub.name),
                                                   pub.name + QStringLiteral(".bcpub"), pubArchiveFilter());
    if (path.isEmpty()) {
        Q_EMIT statusMessage(tr("The archive of %1 was not saved; export the pub again to save it later.").arg(pub.name),
                             10000);
        return;
    }
    m_custody.downloadExport(
        pub.id, exportId, path, this,
        [this, name = pub.name](qint64 done, qint64 total) {
            const QLocale locale;
            Q_EMIT statusMessage(total > 0 ? tr("Saving the archive of %1: %2 of %3")
                                                 .arg(name, locale.formattedDataSize(done, 1),
                                                      locale.formattedDataSize(total, 1))
                                           : tr("Saving the archive of %1: %2").arg(name, locale.formattedDataSize(done, 1)),
                                 0);
        },
        [this, name = pub.name, path](const Result<Done> &result) {
            if (!result.ok()) {
                Q_EMIT statusMessage({}, 0);
                MessageBox::warning(m_window, tr("Could not save the archive"), result.errorMessage());
                return;
            }
            Q_EMIT statusMessage(tr("The archive of %1 is saved to %2. Keep it private: it holds the pub's identity.")
                                     .arg(name, path),
                                 15000);
        });
}

void PubCustodyActions::importPub()
{
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    auto *dialog = new ImportPubDialog(&m_custody, admin ? &m_hubs : nullptr, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Pub pub = dialog->importedPub();
        m_pubs->updatePub(pub);
        if (pub.job)
            m_tracker->track(*pub.job, pub.name);
    });
    dialog->open();
}

void PubCustodyActions::movePub(const Pub &pub)
{
    auto *dialog = new MovePubDialog(pub, &m_custody, &m_hubs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Pub moved = dialog->movedPub();
        m_pubs->updatePub(moved);
        if (moved.job)
            m_tracker->track(*moved.job, moved.name); // its steps in the status bar
    });
    dialog->open();
}

}
