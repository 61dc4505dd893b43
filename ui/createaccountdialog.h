#pragma once

#include "models/apitypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace buttcloud {

class AccountService;
class InlineMessageLabel;

// An admin creates an account: name, email, role and mail language. The server mails the new user
// a link to choose a password. Accepted once the server made the account.
class CreateAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAccountDialog)

public:
    // service is not owned and must outlive the dialog.
    explicit CreateAccountDialog(AccountService *service, QWidget *parent = nullptr);
    ~CreateAccountDialog() override;

    User createdUser() const;

private:
    void create();
    void updateButtons();

    AccountService *m_service;
    QLineEdit *m_nameEdit;
    QLineEdit *m_emailEdit;
    QComboBox *m_roleCombo;
    QComboBox *m_languageCombo;
    QPushButton *m_createButton;
    InlineMessageLabel *m_messageLabel;
    User m_created;
    bool m_busy = false;
};

}
