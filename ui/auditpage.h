#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace buttcloud {

class AuditLogModel;
class PubsModel;
class Session;

// The audit log of command runs (admins and support): newest first, by pub, older pages on demand.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // Neither is owned; both must outlive the page.
    AuditPage(Session *session, PubsModel *pubs, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditLogModel *model() const;
    // Loads the newest entries (again).
    void reload();

private:
    void reloadPubChoices();
    void updateButtons();

    PubsModel *m_pubs;
    AuditLogModel *m_model;
    QComboBox *m_pubCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_olderButton;
    QLabel *m_errorLabel;
    QTableView *m_tableView;
};

}
