#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace buttcloud {

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
    void setEmail(const QString &email);
    // Shows why the user is here again, e.g. "Your session has ended".
    void showError(const QString &message);

private:
    void signIn();
    void setBusy(bool busy);
    void updateSignInButton();

    Session *m_session;
    QLineEdit *m_serverUrlEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_errorLabel;
    QPushButton *m_signInButton;
    bool m_busy = false;
};

}
