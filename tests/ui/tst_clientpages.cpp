// The Accounts page, Change Password, Settings and About, and the client's manners (shortcuts,
// accessible names, remembered layout, pub alerts), through the real main window, offscreen,
// driven by object names.
#include "models/clientsettings.h"
#include "models/pubalertnotifier.h"
#include "models/pubsmodel.h"
#include "models/usersmodel.h"
#include "screenshot.h"
#include "signedinclient.h"
#include "ui/aboutdialog.h"
#include "ui/accountspage.h"
#include "ui/apptheme.h"
#include "ui/changepassworddialog.h"
#include "ui/createaccountdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "widgetlookup.h"
#include "wire/version.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace buttcloud;

namespace {
using test::child;
using test::controlsWithoutNames;
using test::selectRowWith;
using test::typeInto;

const QString Carol = QStringLiteral("carol@example.org");

// The dialogs delete themselves on close: hold them by QPointer.
template<typename Dialog>
QPointer<Dialog> waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); }, 5000);
    return QPointer<Dialog>(shown ? dialog : nullptr);
}
}

class TestClientPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_client.reset();
    }

    void adminsManageAccounts()
    {
        AccountsPage *page = openAccountsPage(Role::Admin);
        QVERIFY(page);
        auto *table = child<QTableView>(page, "accountsTableView");

        typeInto(child<QLineEdit>(page, "accountsSearchLineEdit"), QStringLiteral("caro"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        child<QLineEdit>(page, "accountsSearchLineEdit")->clear();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        auto *roleFilter = child<QComboBox>(page, "accountsRoleComboBox");
        roleFilter->setCurrentIndex(roleFilter->findData(QStringLiteral("support")));
        Q_EMIT roleFilter->activated(roleFilter->currentIndex());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        roleFilter->setCurrentIndex(0);
        Q_EMIT roleFilter->activated(0);
        QTRY_COMPARE(table->model()->rowCount(), 4);

        // Create, then the error path: the same address again stays in the dialog with the reason.
        child<QPushButton>(page, "accountsCreateButton")->click();
        auto dialog = waitForDialog<CreateAccountDialog>(page);
        QVERIFY(dialog);
        auto *create = child<QPushButton>(dialog, "createAccountButton");
        QVERIFY(!create->isEnabled());
        typeInto(child<QLineEdit>(dialog, "accountNameLineEdit"), QStringLiteral("Carol Again"));
        typeInto(child<QLineEdit>(dialog, "accountEmailLineEdit"), Carol);
        create->click();
        auto *dialogMessage = child<QLabel>(dialog, "createAccountMessageLabel");
        QTRY_COMPARE(dialogMessage->text(), QStringLiteral("An account with that email address exists already."));
        QVERIFY(dialog->isVisible());
        typeInto(child<QLineEdit>(dialog, "accountNameLineEdit"), QStringLiteral("Dora"));
        typeInto(child<QLineEdit>(dialog, "accountEmailLineEdit"), QStringLiteral("dora@example.org"));
        auto *role = child<QComboBox>(dialog, "accountRoleComboBox");
        role->setCurrentIndex(role->findData(QStringLiteral("support")));
        create->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QCOMPARE(m_client->server.account(QStringLiteral("dora@example.org")).value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        auto *message = child<QLabel>(page, "accountsMessageLabel");
        QVERIFY(message->text().contains(QStringLiteral("dora@example.org")));

        // Role, disable, reset for Carol.
        QVERIFY(selectRowWith(table, UsersModel::EmailColumn, Carol, QItemSelectionModel::ClearAndSelect));
        child<QAction>(page, "setRolesupportAction")->trigger();
        QTRY_COMPARE(m_client->server.account(Carol).value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        MessageBox::setNextAnswer(QMessageBox::Cancel); // making an administrator asks first
        child<QAction>(page, "setRoleadminAction")->trigger();
        QTest::qWait(100);
        QCOMPARE(m_client->server.account(Carol).value(QStringLiteral("role")).toString(), QStringLiteral("support"));
        auto *disable = child<QPushButton>(page, "accountsDisableButton");
        MessageBox::setNextAnswer(QMessageBox::Yes);
        disable->click();
        QTRY_VERIFY(m_client->server.account(Carol).value(QStringLiteral("disabled")).toBool());
        QTRY_COMPARE(disable->text(), QStringLiteral("&Enable"));
        QVERIFY(!child<QPushButton>(page, "accountsResetButton")->isEnabled()); // a disabled account gets no mail
        disable->click(); // enabling asks nothing
        QTRY_VERIFY(!m_client->server.account(Carol).value(QStringLiteral("disabled")).toBool());
        QTRY_VERIFY(child<QPushButton>(page, "accountsResetButton")->isEnabled());
        child<QPushButton>(page, "accountsResetButton")->click();
        QTRY_COMPARE(m_client->server.passwordResetRequests(), QStringList{Carol});
        QTRY_COMPARE(message->text(), QStringLiteral("A password reset link is on its way to %1.").arg(Carol));

        // One's own row: no role change, no disabling.
        QVERIFY(selectRowWith(table, UsersModel::EmailColumn, QStringLiteral("a@example.org"), QItemSelectionModel::ClearAndSelect));
        QVERIFY(!child<QToolButton>(page, "accountsRoleButton")->isEnabled());
        QVERIFY(!disable->isEnabled());
        QVERIFY(selectRowWith(table, UsersModel::EmailColumn, Carol, QItemSelectionModel::ClearAndSelect));
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("accounts.png"), dir);
    }

    void serverRefusalsShowInline()
    {
        AccountsPage *page = openAccountsPage(Role::Admin);
        QVERIFY(page);
        auto *table = child<QTableView>(page, "accountsTableView");
        m_client->server.setFailOperations(true);
        child<QPushButton>(page, "accountsRefreshButton")->click();
        auto *message = child<QLabel>(page, "accountsMessageLabel");
        QTRY_VERIFY(message->isVisible() && !message->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 4); // what was shown stays
        m_client->server.setFailOperations(false);
        child<QPushButton>(page, "accountsRefreshButton")->click();
        QTRY_VERIFY(message->isHidden());
    }

    void supportStaffReadAccounts()
    {
        AccountsPage *page = openAccountsPage(Role::Support);
        QVERIFY(page);
        for (const char *name : {"accountsCreateButton", "accountsDisableButton", "accountsResetButton"})
            QVERIFY2(child<QWidget>(page, name)->isHidden(), name);
        QVERIFY(child<QWidget>(page, "accountsRoleButton")->isHidden());
        QVERIFY(child<QLineEdit>(page, "accountsSearchLineEdit")->isVisible());
    }

    void customersHaveNoAccountsPage()
    {
        QVERIFY(open(Role::Customer));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QVERIFY(!tabs->isTabVisible(MainWindow::AccountsTab));
        QVERIFY(!child<QAction>(m_window.get(), "showAccountsAction")->isVisible());
        QVERIFY(child<QAction>(m_window.get(), "changePasswordAction")->isEnabled()); // for everyone
    }

    void everyoneChangesTheirPassword()
    {
        QVERIFY(open(Role::Customer));
        child<QAction>(m_window.get(), "changePasswordAction")->trigger();
        auto dialog = waitForDialog<ChangePasswordDialog>(m_window.get());
        QVERIFY(dialog);
        auto *message = child<QLabel>(dialog, "changePasswordMessageLabel");
        typeInto(child<QLineEdit>(dialog, "currentPasswordLineEdit"), QStringLiteral("password123"));
        typeInto(child<QLineEdit>(dialog, "changedPasswordLineEdit"), QStringLiteral("a-new-password"));
        typeInto(child<QLineEdit>(dialog, "changedPasswordRepeatLineEdit"), QStringLiteral("a-new-passwort"));
        child<QPushButton>(dialog, "changePasswordButton")->click();
        QVERIFY(message->isVisible()); // checked here, nothing sent
        QCOMPARE(m_client->server.passwordChangeCount(), 0);

        typeInto(child<QLineEdit>(dialog, "currentPasswordLineEdit"), QStringLiteral("wrong-one"));
        typeInto(child<QLineEdit>(dialog, "changedPasswordRepeatLineEdit"), QStringLiteral("a-new-password"));
        child<QPushButton>(dialog, "changePasswordButton")->click();
        QTRY_COMPARE(message->text(), QStringLiteral("The current password is wrong."));
        QVERIFY(dialog->isVisible());

        typeInto(child<QLineEdit>(dialog, "currentPasswordLineEdit"), QStringLiteral("password123"));
        child<QPushButton>(dialog, "changePasswordButton")->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_client->server.passwordOf(QStringLiteral("a@example.org")), QStringLiteral("a-new-password"));
        QVERIFY(m_client->session.isSignedIn());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Your password is changed")));
    }

    void settingsKeepProfilesThemeAndLanguage()
    {
        QVERIFY(open(Role::Admin));
        child<QAction>(m_window.get(), "settingsAction")->trigger();
        auto dialog = waitForDialog<SettingsDialog>(m_window.get());
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, "settingsProfileNameLineEdit");
        auto *url = child<QLineEdit>(dialog, "settingsProfileUrlLineEdit");
        auto *list = child<QListWidget>(dialog, "settingsProfilesListWidget");
        auto *message = child<QLabel>(dialog, "settingsProfileMessageLabel");
        typeInto(name, QStringLiteral("Fleet"));
        typeInto(url, QStringLiteral("ftp://fleet.example.org"));
        child<QPushButton>(dialog, "settingsSaveProfileButton")->click();
        QCOMPARE(message->text(), QStringLiteral("The address must be an http:// or https:// URL of a ButtCloud server."));
        QCOMPARE(list->count(), 0);
        typeInto(url, QStringLiteral("https://fleet.example.org"));
        child<QPushButton>(dialog, "settingsSaveProfileButton")->click();
        typeInto(name, QStringLiteral("Home"));
        typeInto(url, m_client->server.url().toString());
        child<QPushButton>(dialog, "settingsSaveProfileButton")->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(m_settings->profiles().size(), 2);
        QTemporaryDir dir;
        test::grabAndSave(dialog, QStringLiteral("settings.png"), dir);
        list->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("Fleet"));
        child<QPushButton>(dialog, "settingsRemoveProfileButton")->click();
        QCOMPARE(m_settings->profiles().size(), 1);

        auto *theme = child<QComboBox>(dialog, "settingsThemeComboBox");
        theme->setCurrentIndex(theme->findData(int(ThemeChoice::Dark)));
        auto *language = child<QComboBox>(dialog, "settingsLanguageComboBox");
        QCOMPARE(language->count(), 4);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        child<QCheckBox>(dialog, "settingsNotificationsCheckBox")->setChecked(false);

        QSignalSpy languageChanged(m_settings.get(), &ClientSettings::languageChanged);
        child<QPushButton>(dialog, "settingsOkButton")->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(languageChanged.size(), 1);
        QCOMPARE(m_settings->language(), QStringLiteral("de"));
        QCOMPARE(m_settings->theme(), ThemeChoice::Dark);
        QVERIFY(!m_settings->notificationsEnabled());
        QVERIFY(!m_window->pubAlertNotifier()->isEnabled());

        // Switching asks the application to sign in to that server.
        child<QAction>(m_window.get(), "settingsAction")->trigger();
        dialog = waitForDialog<SettingsDialog>(m_window.get());
        QVERIFY(dialog);
        QSignalSpy switching(m_window.get(), &MainWindow::switchProfileRequested);
        child<QListWidget>(dialog, "settingsProfilesListWidget")->setCurrentRow(0);
        child<QPushButton>(dialog, "settingsSwitchProfileButton")->click();
        QCOMPARE(switching.size(), 1);
        QCOMPARE(switching.at(0).at(0).value<ServerProfile>().name, QStringLiteral("Home"));
        QCOMPARE(m_settings->currentProfileName(), QStringLiteral("Home"));
    }

    void aboutSaysVersionQtAndLicence()
    {
        QVERIFY(open(Role::Customer));
        child<QAction>(m_window.get(), "aboutAction")->trigger();
        auto dialog = waitForDialog<AboutDialog>(m_window.get());
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "aboutVersionLabel")->text().contains(QString::fromLatin1(ProjectVersion)));
        QVERIFY(child<QLabel>(dialog, "aboutQtVersionLabel")->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(child<QPlainTextEdit>(dialog, "aboutLicenceText")->toPlainText().contains(QStringLiteral("all rights reserved")));
        QVERIFY(child<QLabel>(dialog, "aboutLinksLabel")->text().contains(QStringLiteral("https://buttcloud.example.org")));
        QTemporaryDir dir;
        test::grabAndSave(dialog, QStringLiteral("about.png"), dir);
        child<QPushButton>(dialog, "aboutCloseButton")->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        // The check itself finds a control nobody named, and accepts one named by its label.
        QWidget probe;
        auto *nameless = new QLineEdit(&probe);
        nameless->setObjectName(QStringLiteral("namelessLineEdit"));
        auto *labelled = new QLineEdit(&probe);
        (new QLabel(QStringLiteral("&Label:"), &probe))->setBuddy(labelled);
        QCOMPARE(controlsWithoutNames(&probe), QStringList{QStringLiteral("namelessLineEdit (QLineEdit)")});

        QVERIFY(open(Role::Admin));
        QStringList unnamed = controlsWithoutNames(m_window.get());
        for (const char *action : {"settingsAction", "aboutAction", "changePasswordAction"})
            child<QAction>(m_window.get(), action)->trigger();
        auto *accounts = m_window->findChild<AccountsPage *>();
        child<QPushButton>(accounts, "accountsCreateButton")->click();
        QVERIFY(waitForDialog<CreateAccountDialog>(accounts));
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            unnamed += controlsWithoutNames(dialog);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void shortcutsReachEveryPage()
    {
        QVERIFY(open(Role::Admin));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        const char *pages[] = {"showPubsAction", "showHubsAction", "showJobsAction", "showAuditAction", "showAccountsAction"};
        for (int page = 0; page < 5; ++page) {
            QCOMPARE(child<QAction>(m_window.get(), pages[page])->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), page);
        }
        QCOMPARE(child<QAction>(m_window.get(), "refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
        auto *accounts = m_window->findChild<AccountsPage *>();
        QTRY_COMPARE(accounts->model()->rowCount(), 4);
        m_client->server.addUser(QStringLiteral("eve@example.org"), QStringLiteral("password123"));
        child<QAction>(m_window.get(), "refreshAction")->trigger(); // F5 refreshes the page in view
        QTRY_COMPARE(accounts->model()->rowCount(), 5);
    }

    void layoutIsRemembered()
    {
        QVERIFY(open(Role::Admin));
        child<QAction>(m_window.get(), "showAccountsAction")->trigger();
        auto *table = child<QTableView>(m_window.get(), "accountsTableView");
        table->horizontalHeader()->resizeSection(UsersModel::EmailColumn, 333);
        m_window->resize(1000, 700);
        QTest::qWait(50);
        m_window.reset(); // saves
        QVERIFY(showWindow());
        QCOMPARE(child<QTableView>(m_window.get(), "accountsTableView")->horizontalHeader()->sectionSize(UsersModel::EmailColumn), 333);
        QCOMPARE(m_window->size(), QSize(1000, 700));
    }

    void signInOffersTheProfilesServers()
    {
        test::SignedInClient client;
        SignInDialog dialog(&client.session);
        dialog.setServerSuggestions({QStringLiteral("https://fleet.example.org"), QStringLiteral("http://home.example.org:8080")});
        auto *server = child<QLineEdit>(&dialog, "serverUrlLineEdit");
        QVERIFY(server->completer());
        server->completer()->setCompletionPrefix(QStringLiteral("FLEET"));
        QCOMPARE(server->completer()->completionCount(), 1);
        QCOMPARE(server->completer()->currentCompletion(), QStringLiteral("https://fleet.example.org"));
    }

    void themesSetTheWholePalette()
    {
        const QString systemStyle = QApplication::style()->name();
        AppTheme theme;
        theme.apply(ThemeChoice::Dark);
        QVERIFY(AppTheme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        theme.apply(ThemeChoice::Light);
        QVERIFY(!AppTheme::isDark(QApplication::palette()));
        theme.apply(ThemeChoice::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(AppTheme::isDark(QApplication::palette()), theme.systemPrefersDark());
    }

    void pubsGoingDownAreAnnounced()
    {
        QVERIFY(open(Role::Customer));
        QTRY_VERIFY(m_client->server.streamMessages().contains(QStringLiteral("subscribe:pubs")));
        QSignalSpy alerts(m_window->pubAlertNotifier(), &PubAlertNotifier::alert);
        m_client->server.setPubStatus(m_alice, PubStatus::Failed);
        QTRY_COMPARE(alerts.size(), 1);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Pub alice is down"));
        m_settings->setNotificationsEnabled(false);
        m_client->server.setPubStatus(m_alice, PubStatus::Up);
        const QString garden = m_client->server.pubs().constFirst().id;
        m_client->server.setPubStatus(garden, PubStatus::Up);
        m_client->server.setPubStatus(garden, PubStatus::Failed);
        QTest::qWait(200);
        QCOMPARE(alerts.size(), 1);
    }

private:
    // open(), then the Accounts page with its four accounts loaded; nullptr when that fails.
    AccountsPage *openAccountsPage(Role role)
    {
        if (!open(role))
            return nullptr;
        child<QAction>(m_window.get(), "showAccountsAction")->trigger();
        auto *page = m_window->findChild<AccountsPage *>();
        const bool loaded = QTest::qWaitFor([page] { return page->model()->rowCount() == 4; }, 5000);
        return loaded && page->isVisible() ? page : nullptr;
    }

    // A signed-in client of this role with users and pubs, and the main window (with settings).
    bool open(Role role)
    {
        m_client = std::make_unique<test::SignedInClient>(role);
        m_client->server.addUser(Carol, QStringLiteral("password123"), Role::Customer);
        m_client->server.addUser(QStringLiteral("sam@example.org"), QStringLiteral("password123"), Role::Support);
        m_client->server.addUser(QStringLiteral("ada@example.org"), QStringLiteral("password123"), Role::Admin);
        m_client->server.setLastSignIn(Carol, QStringLiteral("2026-11-30T09:15:00Z"));
        if (!m_client->signIn())
            return false;
        m_alice = m_client->server.addPub(QStringLiteral("alice"));
        m_client->server.addPub(QStringLiteral("garden"), PubStatus::Down);
        m_settings = std::make_unique<ClientSettings>(&m_client->settings);
        return showWindow() && QTest::qWaitFor([this] { return m_window->pubsModel()->rowCount() == 2; }, 5000);
    }

    bool showWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_client->session, m_settings.get());
        if (m_settings->layout(QStringLiteral("mainWindow/geometry")).isEmpty())
            m_window->resize(1100, 700);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    std::unique_ptr<test::SignedInClient> m_client;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_alice;
};

QTEST_MAIN(TestClientPages)
#include "tst_clientpages.moc"
