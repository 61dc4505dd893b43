#pragma once

#include "models/apitypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace buttcloud {

class CustodyService;
class HubService;
class InlineMessageLabel;

// Fills combo with the ready hubs (name, id as data) other than exceptHubId, after noneText
// (with an empty id) when given. Says in error why the list is missing.
void loadHubChoices(HubService *hubs, QComboBox *combo, const QString &exceptHubId, const QString &noneText,
                    InlineMessageLabel *error, QObject *context);

// "Import Pub": a pub archive file, the new pub's name and, for admins, the hub to restore it on.
// Uploads the archive (streamed from disk, with progress) and closes when the server accepted it.
class ImportPubDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPubDialog)

public:
    // hubs: nullptr for customers (the server chooses where the pub goes).
    ImportPubDialog(CustodyService *custody, HubService *hubs, QWidget *parent = nullptr);
    ~ImportPubDialog() override;

    // Valid once the dialog was accepted: the new pub, with its import job.
    Pub importedPub() const;

private:
    void chooseFile();
    void validate();
    void startImport();
    void setBusy(bool busy);

    CustodyService *m_custody;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLineEdit *m_nameEdit;
    QComboBox *m_hubCombo = nullptr;
    QProgressBar *m_progressBar;
    InlineMessageLabel *m_errorLabel;
    QPushButton *m_importButton;
    Pub m_pub;
    bool m_busy = false;
};

// "Move to Hub" (admins): a ready hub other than the pub's; closes when the server queued the move.
class MovePubDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovePubDialog)

public:
    MovePubDialog(const Pub &pub, CustodyService *custody, HubService *hubs, QWidget *parent = nullptr);
    ~MovePubDialog() override;

    // Valid once the dialog was accepted: the pub, with its move job.
    Pub movedPub() const;

private:
    void validate();
    void move();

    Pub m_pub;
    CustodyService *m_custody;
    QComboBox *m_hubCombo;
    InlineMessageLabel *m_errorLabel;
    QPushButton *m_moveButton;
    bool m_busy = false;
};

}
