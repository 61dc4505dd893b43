#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QPushButton;

namespace buttcloud {

class AccountRecoveryService;
class InlineMessageLabel;

// Takes the verification link from the welcome mail (or its token) and confirms the address.
// Accepted once the server took it.
class VerifyEmailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyEmailDialog)

public:
    VerifyEmailDialog(AccountRecoveryService *service, const QUrl &serverUrl, QWidget *parent = nullptr);
    ~VerifyEmailDialog() override;

    void setLink(const QString &link);

private:
    void verify();
    void setBusy(bool busy);

    AccountRecoveryService *m_service;
    QUrl m_serverUrl;
    QLineEdit *m_linkEdit;
    QPushButton *m_verifyButton;
    InlineMessageLabel *m_messageLabel;
    bool m_busy = false;
};

}
