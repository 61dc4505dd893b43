#include "ui/settingsdialog.h"

#include "ui/inlinemessagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

SettingsDialog::SettingsDialog(ClientSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageCombo(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_themeCombo(new QComboBox(this))
    , m_notificationsCheck(new QCheckBox(tr("Tell me on the desktop when a pub goes &down or runs out of memory"), this))
    , m_profilesList(new QListWidget(this))
    , m_profileNameEdit(new QLineEdit(this))
    , m_profileUrlEdit(new QLineEdit(this))
    , m_saveProfileButton(new QPushButton(tr("&Save Profile"), this))
    , m_removeProfileButton(new QPushButton(tr("Re&move"), this))
    , m_switchProfileButton(new QPushButton(tr("S&witch To"), this))
    , m_profileMessage(new InlineMessageLabel(QStringLiteral("settingsProfileMessageLabel"), tr("Server profile message"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_languageCombo->setObjectName(QStringLiteral("settingsLanguageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language"));
    for (const QString &code : ClientSettings::availableLanguages())
        m_languageCombo->addItem(ClientSettings::languageLabel(code), code);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(m_settings->language())));
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNoteLabel"));
    m_languageNote->setText(tr("The windows are rebuilt in the new language when you press OK; open pub windows close."));
    m_languageNote->setWordWrap(true);
    m_themeCombo->setObjectName(QStringLiteral("settingsThemeComboBox"));
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_themeCombo->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_themeCombo->addItem(tr("Light"), int(ThemeChoice::Light));
    m_themeCombo->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_themeCombo->setCurrentIndex(m_themeCombo->findData(int(m_settings->theme())));
    m_notificationsCheck->setObjectName(QStringLiteral("settingsNotificationsCheckBox"));
    m_notificationsCheck->setChecked(m_settings->notificationsEnabled());

    m_profilesList->setObjectName(QStringLiteral("settingsProfilesListWidget"));
    m_profilesList->setAccessibleName(tr("Server profiles"));
    m_profileNameEdit->setObjectName(QStringLiteral("settingsProfileNameLineEdit"));
    m_profileNameEdit->setAccessibleName(tr("Profile name"));
    m_profileNameEdit->setPlaceholderText(tr("e.g. Fleet, Home"));
    m_profileUrlEdit->setObjectName(QStringLiteral("settingsProfileUrlLineEdit"));
    m_profileUrlEdit->setAccessibleName(tr("Server address"));
    m_profileUrlEdit->setPlaceholderText(tr("https://buttcloud.example.org"));
    m_saveProfileButton->setObjectName(QStringLiteral("settingsSaveProfileButton"));
    m_removeProfileButton->setObjectName(QStringLiteral("settingsRemoveProfileButton"));
    m_switchProfileButton->setObjectName(QStringLiteral("settingsSwitchProfileButton"));
    m_switchProfileButton->setToolTip(tr("Sign out and sign in to this server"));

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_languageCombo);
    appearanceForm->addRow(QString(), m_languageNote);
    appearanceForm->addRow(tr("&Theme:"), m_themeCombo);
    appearanceForm->addRow(m_notificationsCheck);

    auto *profiles = new QGroupBox(tr("Server profiles"), this);
    auto *profileForm = new QFormLayout;
    profileForm->addRow(tr("&Name:"), m_profileNameEdit);
    profileForm->addRow(tr("&Address:"), m_profileUrlEdit);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_saveProfileButton);
    profileButtons->addWidget(m_removeProfileButton);
    profileButtons->addStretch();
    profileButtons->addWidget(m_switchProfileButton);
    auto *profilesLayout = new QVBoxLayout(profiles);
    profilesLayout->addWidget(m_profilesList);
    profilesLayout->addLayout(profileForm);
    profilesLayout->addLayout(profileButtons);
    profilesLayout->addWidget(m_profileMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(profiles);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_profilesList, &QListWidget::currentRowChanged, this, &SettingsDialog::showSelectedProfile);
    connect(m_saveProfileButton, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_switchProfileButton, &QPushButton::clicked, this, &SettingsDialog::switchProfile);
    for (QLineEdit *edit : {m_profileNameEdit, m_profileUrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateProfileButtons);
    reloadProfiles();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings->setTheme(ThemeChoice(m_themeCombo->currentData().toInt()));
    m_settings->setNotificationsEnabled(m_notificationsCheck->isChecked());
    const QString language = m_languageCombo->currentData().toString();
    QDialog::accept();
    // Last: a new language rebuilds the windows, this dialog's parent among them.
    m_settings->setLanguage(language);
}

void SettingsDialog::reloadProfiles()
{
    const QString selected = selectedProfileName();
    m_profilesList->clear();
    const QString current = m_settings->currentProfileName();
    for (const ServerProfile &profile : m_settings->profiles()) {
        auto *item = new QListWidgetItem(profile.name == current ? tr("%1 — %2 (current)").arg(profile.name, profile.serverUrl.toDisplayString())
                                                                   : tr("%1 — %2").arg(profile.name, profile.serverUrl.toDisplayString()),
                                         m_profilesList);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == selected)
            m_profilesList->setCurrentItem(item);
    }
    updateProfileButtons();
}

QString SettingsDialog::selectedProfileName() const
{
    const QListWidgetItem *item = m_profilesList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::showSelectedProfile()
{
    if (const std::optional<ServerProfile> profile = m_settings->profile(selectedProfileName())) {
        m_profileNameEdit->setText(profile->name);
        m_profileUrlEdit->setText(profile->serverUrl.toString());
    }
    updateProfileButtons();
}

void SettingsDialog::updateProfileButtons()
{
    const bool selected = !selectedProfileName().isEmpty();
    m_saveProfileButton->setEnabled(!m_profileNameEdit->text().trimmed().isEmpty() && !m_profileUrlEdit->text().trimmed().isEmpty());
    m_removeProfileButton->setEnabled(selected);
    m_switchProfileButton->setEnabled(selected);
}

void SettingsDialog::saveProfile()
{
    const ServerProfile profile{m_profileNameEdit->text(), QUrl::fromUserInput(m_profileUrlEdit->text().trimmed())};
    if (!m_settings->saveProfile(profile)) {
        m_profileMessage->showError(tr("The address must be an http:// or https:// URL of a ButtCloud server."));
        return;
    }
    m_profileMessage->showNotice(tr("Profile “%1” saved.").arg(profile.name.trimmed()));
    reloadProfiles();
    const QList<QListWidgetItem *> items = m_profilesList->findItems(profile.name.trimmed(), Qt::MatchStartsWith);
    if (!items.isEmpty())
        m_profilesList->setCurrentItem(items.first());
}

void SettingsDialog::removeProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return;
    m_settings->removeProfile(name);
    m_profileMessage->showNotice(tr("Profile “%1” removed.").arg(name));
    m_profileNameEdit->clear();
    m_profileUrlEdit->clear();
    reloadProfiles();
}

void SettingsDialog::switchProfile()
{
    const std::optional<ServerProfile> profile = m_settings->profile(selectedProfileName());
    if (!profile)
        return;
    m_settings->setCurrentProfileName(profile->name);
    QDialog::reject(); // nothing else to keep: profiles are saved as they are edited
    Q_EMIT switchProfileRequested(*profile);
}

}
