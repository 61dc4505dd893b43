#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace buttcloud {

class AccountRecoveryService;
class InlineMessageLabel;

// "Forgot password?": asks for the account's email, says to check the mail, then takes the mailed
// link (or its token) and the new password twice. Accepted once the server changed the password.
class PasswordResetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordResetDialog)

public:
    PasswordResetDialog(AccountRecoveryService *service, const QUrl &serverUrl, QWidget *parent = nullptr);
    ~PasswordResetDialog() override;

    void setEmail(const QString &email);
    // Goes straight to the second step with the link filled in (a link given on the command line).
    void setLink(const QString &link);
    QString email() const;

private:
    enum Step { EmailStep, LinkStep };

    void requestLink();
    void confirm();
    void showStep(Step step);
    void setBusy(bool busy);
    void updateButtons();

    AccountRecoveryService *m_service;
    QUrl m_serverUrl;
    QStackedWidget *m_steps;
    QLineEdit *m_emailEdit;
    QPushButton *m_sendButton;
    QPushButton *m_haveLinkButton;
    QLabel *m_sentLabel;
    QLineEdit *m_linkEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_repeatEdit;
    QPushButton *m_confirmButton;
    InlineMessageLabel *m_messageLabel;
    bool m_busy = false;
};

}
