#include "ui/addhubwizard.h"

#include "models/pubname.h"
#include "ui/pagewidgets.h"
#include "wire/dnslabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
QLabel *makeIntroLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
}

AddHubWizard::AddHubWizard(HubService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_errorLabel(new QLabel(this))
    , m_backButton(new QPushButton(tr("< &Back"), this))
    , m_nextButton(new QPushButton(tr("&Next >"), this))
    , m_addButton(new QPushButton(tr("&Add Hub"), this))
{
    setObjectName(QStringLiteral("addHubWizard"));
    setWindowTitle(tr("Add a Hub"));
    m_pages->addWidget(createAddressPage());
    m_pages->addWidget(createHostKeyPage());
    m_pages->addWidget(createAccountPage());
    m_errorLabel->setObjectName(QStringLiteral("addHubErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_errorLabel->hide();
    m_backButton->setObjectName(QStringLiteral("addHubBackButton"));
    m_nextButton->setObjectName(QStringLiteral("addHubNextButton"));
    m_nextButton->setAccessibleName(tr("Next step"));
    m_addButton->setObjectName(QStringLiteral("addHubAddButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_backButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_nextButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, &AddHubWizard::back);
    connect(m_nextButton, &QPushButton::clicked, this, &AddHubWizard::next);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_addButton, &QPushButton::clicked, this, &AddHubWizard::add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    goTo(AddressStep);
}

AddHubWizard::~AddHubWizard() = default;

QWidget *AddHubWizard::createAddressPage()
{
    auto *page = new QWidget(this);
    m_hostEdit = makeLineEdit("hubHostLineEdit", tr("Host name or address"), page);
    m_hostEdit->setPlaceholderText(tr("e.g. 203.0.113.7"));
    m_portSpinBox = new QSpinBox(page);
    m_portSpinBox->setObjectName(QStringLiteral("hubPortSpinBox"));
    m_portSpinBox->setAccessibleName(tr("SSH port"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(22);
    connect(m_hostEdit, &QLineEdit::textChanged, this, &AddHubWizard::updateButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_hostEdit);
    form->addRow(tr("SSH &port:"), m_portSpinBox);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeIntroLabel(tr("The machine must run Docker and accept SSH with an ed25519 key. "
                                        "The server connects to it first to read its host key."), page));
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *AddHubWizard::createHostKeyPage()
{
    auto *page = new QWidget(this);
    m_fingerprintLabel = new QLabel(page);
    m_fingerprintLabel->setObjectName(QStringLiteral("hubFingerprintLabel"));
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_fingerprintLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_fingerprintLabel->setFont(mono);
    m_knownHostLabel = new QLabel(page);
    m_knownHostLabel->setObjectName(QStringLiteral("hubKnownHostLabel"));
    m_knownHostLabel->setWordWrap(true);
    m_confirmCheckBox = new QCheckBox(tr("I compared this fingerprint with the machine's own "
                                         "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and it matches"),
                                      page);
    m_confirmCheckBox->setObjectName(QStringLiteral("hubConfirmCheckBox"));
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &AddHubWizard::updateButtons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeIntroLabel(tr("The machine presented this host key:"), page));
    layout->addWidget(m_fingerprintLabel);
    layout->addWidget(m_knownHostLabel);
    layout->addWidget(m_confirmCheckBox);
    layout->addStretch();
    return page;
}

QWidget *AddHubWizard::createAccountPage()
{
    auto *page = new QWidget(this);
    m_nameEdit = makeLineEdit("hubNameLineEdit", tr("Hub name"), page);
    m_nameEdit->setPlaceholderText(tr("e.g. hub-2"));
    m_userEdit = makeLineEdit("hubUserLineEdit", tr("SSH user"), page);
    m_userEdit->setText(QStringLiteral("root"));
    m_keyFileEdit = makeLineEdit("hubKeyFileLineEdit", tr("Private key file"), page);
    m_keyFileEdit->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    m_browseButton = new QPushButton(tr("&Browse…"), page);
    m_browseButton->setObjectName(QStringLiteral("hubKeyFileBrowseButton"));
    m_browseButton->setAccessibleName(tr("Choose the private key file"));
    connect(m_browseButton, &QPushButton::clicked, this, &AddHubWizard::chooseKeyFile);
    for (QLineEdit *edit : {m_nameEdit, m_userEdit, m_keyFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddHubWizard::updateButtons);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFileEdit, 1);
    keyRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("SSH &user:"), m_userEdit);
    form->addRow(tr("Private &key:"), keyRow);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeIntroLabel(tr("The key (ed25519, OpenSSH format, no passphrase) is sent to the server, "
                                        "which keeps it sealed and never shows it again."), page));
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

AddHubWizard::Step AddHubWizard::currentStep() const
{
    return Step(m_pages->currentIndex());
}

Hub AddHubWizard::addedHub() const
{
    return m_addedHub;
}

void AddHubWizard::goTo(Step step)
{
    m_pages->setCurrentIndex(step);
    m_errorLabel->hide();
    updateButtons();
}

void AddHubWizard::next()
{
    if (currentStep() == AddressStep)
        probe();
    else if (currentStep() == HostKeyStep)
        goTo(AccountStep);
}

void AddHubWizard::back()
{
    if (currentStep() > AddressStep)
        goTo(Step(currentStep() - 1));
}

void AddHubWizard::probe()
{
    setBusy(true);
    m_service->probe(m_hostEdit->text().trimmed(), m_portSpinBox->value(), this, [this](const Result<HostKeyProbe> &result) {
        setBusy(false);
        if (!result.ok()) {
            showError(result.errorMessage());
            return;
        }
        m_probe = result.value();
        m_fingerprintLabel->setText(QStringLiteral("%1 %2").arg(m_probe.keyType, m_probe.fingerprint));
        m_knownHostLabel->setText(m_probe.knownHost ? tr("The server already knows this key from its known_hosts file.")
                                                    : tr("The server has never seen this key. Add the machine only if it matches."));
        m_confirmCheckBox->setChecked(false);
        goTo(HostKeyStep);
    });
}

void AddHubWizard::add()
{
    NewHub hub;
    hub.name = m_nameEdit->text().trimmed();
    hub.host = m_hostEdit->text().trimmed();
    hub.port = m_portSpinBox->value();
    hub.user = m_userEdit->text().trimmed();
    hub.privateKeyFile = m_keyFileEdit->text().trimmed();
    hub.hostKeyFingerprint = m_probe.fingerprint;
    setBusy(true);
    m_service->add(hub, this, [this](const Result<Hub> &result) {
        setBusy(false);
        if (!result.ok()) {
            showError(result.errorMessage());
            return;
        }
        m_addedHub = result.value();
        accept();
    });
}

void AddHubWizard::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Hub's SSH Private Key"),
                                                      m_keyFileEdit->text());
    if (!path.isEmpty())
        m_keyFileEdit->setText(path);
}

void AddHubWizard::updateButtons()
{
    const Step step = currentStep();
    m_backButton->setEnabled(!m_busy && step != AddressStep);
    m_nextButton->setVisible(step != AccountStep);
    m_addButton->setVisible(step == AccountStep);
    m_nextButton->setEnabled(!m_busy
                             && ((step == AddressStep && !m_hostEdit->text().trimmed().isEmpty())
                                 || (step == HostKeyStep && m_confirmCheckBox->isChecked())));
    m_addButton->setEnabled(!m_busy && step == AccountStep && isDnsLabel(m_nameEdit->text().trimmed(), MaxHubNameLength)
                            && !m_userEdit->text().trimmed().isEmpty() && !m_keyFileEdit->text().trimmed().isEmpty());
}

void AddHubWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_errorLabel->hide();
    updateButtons();
}

void AddHubWizard::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

}
