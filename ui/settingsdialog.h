#pragma once

#include "models/clientsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace buttcloud {

class InlineMessageLabel;

// The client's preferences: language, theme, desktop notifications (applied on OK), and the
// server profiles (saved and removed at once; "Switch To" signs out and signs in to that server).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // settings is not owned and must outlive the dialog.
    explicit SettingsDialog(ClientSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

Q_SIGNALS:
    void switchProfileRequested(const buttcloud::ServerProfile &profile);

private:
    void reloadProfiles();
    void showSelectedProfile();
    void saveProfile();
    void removeProfile();
    void switchProfile();
    void updateProfileButtons();
    QString selectedProfileName() const;

    ClientSettings *m_settings;
    QComboBox *m_languageCombo;
    QLabel *m_languageNote;
    QComboBox *m_themeCombo;
    QCheckBox *m_notificationsCheck;
    QListWidget *m_profilesList;
    QLineEdit *m_profileNameEdit;
    QLineEdit *m_profileUrlEdit;
    QPushButton *m_saveProfileButton;
    QPushButton *m_removeProfileButton;
    QPushButton *m_switchProfileButton;
    InlineMessageLabel *m_profileMessage;
};

}
