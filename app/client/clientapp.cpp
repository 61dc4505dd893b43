#include "clientapp.h"

#include "models/apiclient.h"
#include "models/clientsettings.h"
#include "models/translations.h"
#include "models/keychainsecretstore.h"
#include "models/session.h"
#include "ui/apptheme.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QTimer>
#include <utility>

namespace buttcloud {

ClientApp::ClientApp(const QUrl &serverUrl, const std::optional<AccountLink> &link, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
    , m_pendingLink(link)
    , m_clientSettings(new ClientSettings(&m_settings, this))
    , m_translations(new Translations(this))
    , m_theme(new AppTheme(this))
    , m_apiClient(new ApiClient(nullptr, this))
    , m_secrets(new KeychainSecretStore(Session::keychainService(), this))
    , m_session(new Session(m_apiClient, m_secrets, &m_settings, this))
{
    m_translations->apply(m_clientSettings->language());
    m_theme->apply(m_clientSettings->theme());
    connect(m_clientSettings, &ClientSettings::themeChanged, m_theme, &AppTheme::apply);
    connect(m_clientSettings, &ClientSettings::languageChanged, this, [this](const QString &code) {
        m_translations->apply(code);
        // Later: the change comes from a dialog of the window being rebuilt.
        QTimer::singleShot(0, this, &ClientApp::rebuildMainWindow);
    });
    // Each server profile remembers its own sign-in. No --server: the profile chosen last is where
    // the sign-in starts.
    m_session->setProfile(m_clientSettings->currentProfileName());
    if (m_serverUrl.isEmpty()) {
        if (const std::optional<ServerProfile> profile = m_clientSettings->profile(m_clientSettings->currentProfileName()))
            m_serverUrl = profile->serverUrl;
    }
    connect(m_session, &Session::sessionExpired, this, [this](const QString &message) { showSignIn(message); });
    connect(m_session, &Session::keychainUnavailable, this, [this](const QString &message) {
        MessageBox::warning(m_mainWindow && m_mainWindow->isVisible() ? m_mainWindow.get() : nullptr,
                            tr("Cannot Remember You"), message);
    });
}

ClientApp::~ClientApp() = default;

void ClientApp::start()
{
    // An explicit --server wins over a remembered account elsewhere. A reset link means the password
    // is forgotten, and changing it ends every sign-in: go to the sign-in screen.
    const bool resetting = m_pendingLink && m_pendingLink->kind == AccountLinkKind::ResetPassword;
    const bool restore = !resetting && m_session->hasRememberedAccount()
        && (m_serverUrl.isEmpty() || m_serverUrl.adjusted(QUrl::StripTrailingSlash) == m_session->rememberedServerUrl());
    if (!restore) {
        showSignIn();
        return;
    }
    connect(m_session, &Session::restoreFinished, this, [this](bool restored, const QString &message) {
        if (restored)
            showMainWindow();
        else
            showSignIn(message);
    }, Qt::SingleShotConnection);
    m_session->restore();
}

void ClientApp::showSignIn(const QString &reason)
{
    if (m_mainWindow)
        m_mainWindow->hide();
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_session);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_signInDialog->setWindowIcon(qApp->windowIcon());
        connect(m_signInDialog, &QDialog::accepted, this, &ClientApp::showMainWindow);
        connect(m_signInDialog, &QDialog::rejected, qApp, &QApplication::quit);
    }
    QStringList profileUrls;
    for (const ServerProfile &profile : m_clientSettings->profiles())
        profileUrls.append(profile.serverUrl.toString());
    m_signInDialog->setServerSuggestions(profileUrls);
    const QUrl server = !m_serverUrl.isEmpty() ? m_serverUrl : m_session->rememberedServerUrl();
    if (!server.isEmpty())
        m_signInDialog->setServerUrl(server.toString());
    if (m_session->hasRememberedAccount())
        m_signInDialog->setEmail(m_session->rememberedEmail());
    m_signInDialog->showError(reason);
    m_signInDialog->show();
    m_signInDialog->raise();
    openPendingLink();
}

void ClientApp::showMainWindow()
{
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>(m_session, m_clientSettings);
        connect(m_mainWindow.get(), &MainWindow::signOutRequested, this, [this] { showSignIn(); });
        connect(m_mainWindow.get(), &MainWindow::switchProfileRequested, this, &ClientApp::switchProfile);
    }
    m_mainWindow->show();
    m_mainWindow->raise();
    openPendingLink();
}

void ClientApp::rebuildMainWindow()
{
    if (!m_mainWindow)
        return;
    const bool visible = m_mainWindow->isVisible();
    const MainWindow::Page page = m_mainWindow->currentPage();
    m_mainWindow.reset(); // saves its layout; the new one restores it
    if (visible) {
        showMainWindow();
        m_mainWindow->showPage(page);
    }
}

void ClientApp::switchProfile(const ServerProfile &profile)
{
    if (profile.name == m_session->profile() && m_session->isSignedIn() && m_session->serverUrl() == profile.serverUrl)
        return; // already there
    m_serverUrl = profile.serverUrl;
    if (m_mainWindow)
        m_mainWindow->hide();
    // Leaves this profile's remembered sign-in in place and signs in with the other's, if any.
    m_session->setProfile(profile.name);
    start();
}

void ClientApp::openPendingLink()
{
    if (!m_pendingLink)
        return;
    const AccountLink link = *std::exchange(m_pendingLink, std::nullopt);
    if (m_mainWindow && m_mainWindow->isVisible() && link.kind == AccountLinkKind::VerifyEmail) {
        m_mainWindow->openVerifyEmailDialog(link.token);
        return;
    }
    if (!m_signInDialog)
        return;
    if (link.kind == AccountLinkKind::ResetPassword)
        m_signInDialog->openPasswordReset(link.token);
    else
        m_signInDialog->openEmailVerification(link.token);
}

}
