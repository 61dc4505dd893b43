#include "ui/backupsview.h"

#include "models/backupsmodel.h"
#include "models/session.h"
#include "ui/filechooser.h"
#include "ui/inlinemessagelabel.h"
#include "ui/messagebox.h"
#include "ui/pagewidgets.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

BackupsView::BackupsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_model(new BackupsModel(&m_service, this))
    , m_downloadButton(makeButton(tr("&Download…"), "backupsDownloadButton", tr("Save the selected backup to a file"), this))
    , m_deleteButton(makeButton(tr("De&lete…"), "backupsDeleteButton", tr("Delete the selected backup"), this))
    , m_refreshButton(makeButton(tr("&Refresh"), "backupsRefreshButton", tr("Refresh the backups"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("backupsMessageLabel"), tr("Backups message"), this))
    , m_tableView(makeTableView(m_model, "backupsTableView", tr("Backups of canceled pubs"), this))
{
    setObjectName(QStringLiteral("backupsView"));
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsView::downloadBackup);
    connect(m_deleteButton, &QPushButton::clicked, this, &BackupsView::deleteBackup);
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupsView::reload);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsView::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsView::updateControls);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BackupsView::updateControls);
    connect(m_model, &BackupsModel::loadFailed, m_messageLabel, &InlineMessageLabel::showError);
    connect(m_session, &Session::signedIn, this, &BackupsView::updateControls);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_downloadButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tableView);
    updateControls();
}

BackupsView::~BackupsView() = default;

BackupsModel *BackupsView::backupsModel() const
{
    return m_model;
}

void BackupsView::reload()
{
    m_messageLabel->showError({});
    m_model->refresh();
}

void BackupsView::clear()
{
    m_model->clear();
}

std::optional<Backup> BackupsView::selectedBackup() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->backupAt(rows.first().row());
}

void BackupsView::updateControls()
{
    // Support staff see the backups, but no control they may not use.
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    m_downloadButton->setVisible(admin);
    m_deleteButton->setVisible(admin);
    const bool selected = selectedBackup().has_value();
    m_downloadButton->setEnabled(selected && !m_downloading);
    m_deleteButton->setEnabled(selected);
}

void BackupsView::downloadBackup()
{
    const std::optional<Backup> backup = selectedBackup();
    if (!backup || m_downloading)
        return;
    const QString path = FileChooser::saveFileName(this, tr("Save the Backup of %1").arg(backup->pubName),
                                                   backup->pubName + QStringLiteral("-backup.bcpub"), pubArchiveFilter());
    if (path.isEmpty())
        return;
    m_downloading = true;
    updateControls();
    m_service.downloadBackup(
        backup->id, path, this,
        [this](qint64 done, qint64 total) {
            const QLocale locale;
            m_messageLabel->showNotice(total > 0 ? tr("Saving: %1 of %2").arg(locale.formattedDataSize(done, 1),
                                                                               locale.formattedDataSize(total, 1))
                                                 : tr("Saving: %1").arg(locale.formattedDataSize(done, 1)));
        },
        [this, path](const Result<Done> &result) {
            m_downloading = false;
            updateControls();
            if (!result.ok())
                m_messageLabel->showError(result.errorMessage());
            else
                m_messageLabel->showNotice(tr("Saved to %1. Import it to restore the pub.").arg(path));
        });
}

void BackupsView::deleteBackup()
{
    const std::optional<Backup> backup = selectedBackup();
    if (!backup)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Delete Backup"),
        tr("Delete the backup of “%1” (%2)? The pub's identity and data in it are lost for good.")
            .arg(backup->pubName, backup->feedId),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button != QMessageBox::Yes)
        return;
    m_service.deleteBackup(backup->id, this, [this, id = backup->id](const Result<Done> &result) {
        if (!result.ok()) {
            m_messageLabel->showError(result.errorMessage());
            return;
        }
        m_model->removeBackup(id);
        m_messageLabel->showNotice(tr("The backup is deleted."));
    });
}

}
