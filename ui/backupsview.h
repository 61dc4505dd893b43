#pragma once

#include "models/custodyservice.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTableView;

namespace buttcloud {

class BackupsModel;
class InlineMessageLabel;
class Session;

// The archives the server kept of canceled pubs. Admins and support staff see them; admins save
// one to a file ("Download…", e.g. to import it again) or delete it.
class BackupsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsView)

public:
    // session is not owned and must outlive the view.
    explicit BackupsView(Session *session, QWidget *parent = nullptr);
    ~BackupsView() override;

    BackupsModel *backupsModel() const;
    void reload();
    void clear();

private:
    void updateControls();
    std::optional<Backup> selectedBackup() const;
    void downloadBackup();
    void deleteBackup();

    Session *m_session;
    CustodyService m_service;
    BackupsModel *m_model;
    QPushButton *m_downloadButton;
    QPushButton *m_deleteButton;
    QPushButton *m_refreshButton;
    InlineMessageLabel *m_messageLabel;
    QTableView *m_tableView;
    bool m_downloading = false;
};

}
