#pragma once

#include "models/apitypes.h"
#include "models/custodyservice.h"
#include "models/hubservice.h"

#include <QHash>
#include <QObject>
#include <optional>

class QAction;
class QTimer;
class QWidget;

namespace buttcloud {

class JobProgressTracker;
class PubsModel;
class Session;

// A pub's identity in and out of the server: "Export…" (queues the export, follows its job, then
// saves the archive where the user says), "Import Pub…" and, for admins, "Move to Hub…". The
// actions go into the window's menus; their state follows the pub set with setCurrentPub().
class PubCustodyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubCustodyActions)

public:
    // None are owned; all must outlive this. window parents the dialogs and message boxes.
    PubCustodyActions(Session *session, PubsModel *pubs, JobProgressTracker *tracker, QWidget *window);
    ~PubCustodyActions() override;

    QAction *exportAction() const;
    QAction *importAction() const;
    QAction *moveAction() const;
    CustodyService *service();

    // The one pub the actions work on; nothing when none or several are selected.
    void setCurrentPub(const std::optional<Pub> &pub);
    void updateActions();

    void exportPub(const Pub &pub);
    void importPub();
    void movePub(const Pub &pub);
    // The export jobs followed until their archive is saved.
    int pendingExportCount() const;

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void pollExports();
    void onExportFinished(const Pub &pub, const Job &job);
    void saveExport(const Pub &pub, const QString &exportId);

    Session *m_session;
    PubsModel *m_pubs;
    JobProgressTracker *m_tracker;
    QWidget *m_window;
    CustodyService m_custody;
    HubService m_hubs;
    std::optional<Pub> m_currentPub;
    QHash<QString, Pub> m_pendingExports; // export job id -> the pub
    QTimer *m_pollTimer;
    QAction *m_exportAction;
    QAction *m_importAction;
    QAction *m_moveAction;
};

}
