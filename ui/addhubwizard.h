#pragma once

#include "models/hubservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace buttcloud {

// Adds an existing machine as a hub in three steps: its address; the host key it presents, which
// the operator confirms against the machine's own; then its name, SSH user and private key file.
// Accepted once the server took the hub.
class AddHubWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddHubWizard)

public:
    enum Step { AddressStep, HostKeyStep, AccountStep };

    // service is not owned and must outlive the wizard.
    explicit AddHubWizard(HubService *service, QWidget *parent = nullptr);
    ~AddHubWizard() override;

    Step currentStep() const;
    // Valid once accepted.
    Hub addedHub() const;

private:
    QWidget *createAddressPage();
    QWidget *createHostKeyPage();
    QWidget *createAccountPage();
    void goTo(Step step);
    void next();
    void back();
    void probe();
    void add();
    void chooseKeyFile();
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString &message);

    HubService *m_service;
    QStackedWidget *m_pages;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLabel *m_knownHostLabel = nullptr;
    QCheckBox *m_confirmCheckBox = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_keyFileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_errorLabel;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_addButton;
    HostKeyProbe m_probe;
    Hub m_addedHub;
    bool m_busy = false;
};

}
