#pragma once

#include "models/accountservice.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace buttcloud {

class InlineMessageLabel;
class Session;
class UsersModel;

// The accounts on the server (admins and support staff): searchable by name or email, filtered by
// role. Admins create accounts, change roles, disable and enable them and send password resets;
// support staff see the same list without those controls.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    // session is not owned and must outlive the page.
    explicit AccountsPage(Session *session, QWidget *parent = nullptr);
    ~AccountsPage() override;

    UsersModel *model() const;
    QTableView *tableView() const;
    // Loads the accounts (again).
    void reload();

private:
    void applyFilter();
    void updateControls();
    std::optional<User> selectedUser() const;
    void createAccount();
    void changeRole(Role role);
    void toggleDisabled();
    void sendPasswordReset();
    AccountService::Handler<User> changeHandler(const QString &doneMessage);

    Session *m_session;
    AccountService m_service;
    UsersModel *m_model;
    QLineEdit *m_searchEdit;
    QComboBox *m_roleFilterCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_createButton;
    QToolButton *m_roleButton;
    QMenu *m_roleMenu;
    QPushButton *m_disableButton;
    QPushButton *m_resetButton;
    InlineMessageLabel *m_messageLabel;
    QTableView *m_tableView;
    QTimer *m_searchTimer;
};

}
