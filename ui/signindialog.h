#pragma once

#include "models/accountrecovery.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace buttcloud {

class InlineMessageLabel;
class Session;

// Asks for server, email and password and signs the session in; stays open, with the reason shown
// inline, until that works.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    static constexpr const char *DefaultServerUrl = "http://127.0.0.1:8080";

    explicit SignInDialog(Session *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QString &url);
    // The addresses of the server profiles (Settings), offered while typing the server.
    void setServerSuggestions(const QStringList &urls);
    void setEmail(const QString &email);
    // Shows why the user is here again, e.g. "Your session has ended".
    void showError(const QString &message);
    // "Forgot password?": the reset dialog, on the link step when a link is given. Once the password
    // is changed, the email is filled in here.
    void openPasswordReset(const QString &link = {});
    // Verifies an address from a mailed link without signing in (the route is public).
    void openEmailVerification(const QString &link);

private:
    void signIn();
    void setBusy(bool busy);
    void updateSignInButton();
    QUrl enteredServerUrl() const;

    Session *m_session;
    QLineEdit *m_serverUrlEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    InlineMessageLabel *m_errorLabel;
    QPushButton *m_signInButton;
    QPushButton *m_forgotPasswordButton;
    AccountRecoveryService m_recoveryService;
    bool m_busy = false;
};

}
