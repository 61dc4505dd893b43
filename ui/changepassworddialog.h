#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace buttcloud {

class InlineMessageLabel;
class Session;

// The signed-in user changes their own password (current, new, new again). Every other sign-in of
// the account ends; this one goes on with the new tokens. Accepted once the server changed it.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    // session is not owned and must outlive the dialog.
    explicit ChangePasswordDialog(Session *session, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

private:
    void change();
    void updateButtons();

    Session *m_session;
    QLineEdit *m_currentEdit;
    QLineEdit *m_newEdit;
    QLineEdit *m_repeatEdit;
    QPushButton *m_changeButton;
    InlineMessageLabel *m_messageLabel;
    bool m_busy = false;
};

}
