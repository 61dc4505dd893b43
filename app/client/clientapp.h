#pragma once

#include "models/accountrecovery.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>
#include <memory>

namespace buttcloud {

class ApiClient;
class AppTheme;
class ClientSettings;
class Translations;
struct ServerProfile;
class KeychainSecretStore;
class MainWindow;
class Session;
class SignInDialog;

// Wires the client together and moves between its two screens: the sign-in dialog and the main
// window. Starts with a remembered session when the keychain has one. Applies the language and
// theme of Settings; a new language rebuilds the main window so every text is in it.
class ClientApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientApp)

public:
    // serverUrl, when not empty, prefills the sign-in dialog (from --server).
    // link, when set, is a mailed link from the command line: its dialog opens on the first screen.
    explicit ClientApp(const QUrl &serverUrl, const std::optional<AccountLink> &link = std::nullopt, QObject *parent = nullptr);
    ~ClientApp() override;

    void start();

private:
    void showSignIn(const QString &reason = {});
    void showMainWindow();
    // Opens the dialog of the link from the command line, once, on whichever screen is up.
    void openPendingLink();
    void rebuildMainWindow();
    void switchProfile(const ServerProfile &profile);

    QUrl m_serverUrl;
    std::optional<AccountLink> m_pendingLink;
    QSettings m_settings;
    ClientSettings *m_clientSettings;
    Translations *m_translations;
    AppTheme *m_theme;
    ApiClient *m_apiClient;
    KeychainSecretStore *m_secrets;
    Session *m_session;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<SignInDialog> m_signInDialog;
};

}
