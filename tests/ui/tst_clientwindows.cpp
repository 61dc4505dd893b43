#include "fakeapiserver.h"
#include "fakesecretstore.h"
#include "models/apiclient.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/createpubdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/signindialog.h"
#include "widgetlookup.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {
const QString AlicePassword = QStringLiteral("alice password");

using test::child;
using test::typeInto;

}

class TestClientWindows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wrongPasswordIsShownInline();
    void unreachableServerIsShownInline();
    void signInFillsThePubsTable();
    void filterNarrowsTheTable();
    void createPubValidatesAndCreates();
    void deleteAsksAndCanRemoveData();
    void supportCannotChangePubs();
    void signOutDisablesActions();
    void screenshot();

private:
    bool signInThroughDialog(const QString &email, const QString &password);
    std::unique_ptr<MainWindow> showMainWindow();
    bool selectPub(QTableView *table, const QString &name);

    std::unique_ptr<test::FakeApiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::FakeSecretStore> m_secrets;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
};

void TestClientWindows::init()
{
    m_server = std::make_unique<test::FakeApiServer>();
    QVERIFY(m_server->start());
    m_server->addUser(QStringLiteral("alice@example.org"), AlicePassword);
    m_server->addUser(QStringLiteral("sam@example.org"), QStringLiteral("support password"), Role::Support);
    m_server->addPub(QStringLiteral("alice"));
    m_server->addPub(QStringLiteral("garden-club"), PubStatus::Down);
    m_server->addPub(QStringLiteral("harbour"), PubStatus::Failed);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<test::FakeSecretStore>();
    m_api = std::make_unique<ApiClient>();
    m_session = std::make_unique<Session>(m_api.get(), m_secrets.get(), m_settings.get());
}

void TestClientWindows::cleanup()
{
    m_session.reset();
    m_api.reset();
    m_server.reset();
}

bool TestClientWindows::signInThroughDialog(const QString &email, const QString &password)
{
    SignInDialog dialog(m_session.get());
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "serverUrlLineEdit"), m_server->url().toString());
    typeInto(child<QLineEdit>(&dialog, "emailLineEdit"), email);
    typeInto(child<QLineEdit>(&dialog, "passwordLineEdit"), password);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    return QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 5000) && dialog.result() == QDialog::Accepted;
}

std::unique_ptr<MainWindow> TestClientWindows::showMainWindow()
{
    auto window = std::make_unique<MainWindow>(m_session.get());
    window->show();
    return window;
}

bool TestClientWindows::selectPub(QTableView *table, const QString &name)
{
    const QModelIndexList matches = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                          Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return false;
    table->selectRow(matches.first().row());
    return true;
}

void TestClientWindows::wrongPasswordIsShownInline()
{
    SignInDialog dialog(m_session.get());
    dialog.show();
    auto *button = child<QPushButton>(&dialog, "signInButton");
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(button && error);
    QVERIFY(!button->isEnabled()); // nothing typed yet
    typeInto(child<QLineEdit>(&dialog, "serverUrlLineEdit"), m_server->url().toString());
    typeInto(child<QLineEdit>(&dialog, "emailLineEdit"), QStringLiteral("alice@example.org"));
    typeInto(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("not her password"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy while signing in
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Wrong email or password."));
    QVERIFY(dialog.isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(!m_session->isSignedIn());
}

void TestClientWindows::unreachableServerIsShownInline()
{
    SignInDialog dialog(m_session.get());
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "serverUrlLineEdit"), QStringLiteral("not a url at all://"));
    typeInto(child<QLineEdit>(&dialog, "emailLineEdit"), QStringLiteral("alice@example.org"));
    typeInto(child<QLineEdit>(&dialog, "passwordLineEdit"), AlicePassword);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("server address")));

    const QUrl gone = m_server->url();
    m_server.reset(); // nothing listens there any more
    typeInto(child<QLineEdit>(&dialog, "serverUrlLineEdit"), gone.toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE(error->text(),
                 QStringLiteral("The server could not be reached at %1: connection refused.").arg(gone.toString()));
}

void TestClientWindows::signInFillsThePubsTable()
{
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(selectPub(table, QStringLiteral("harbour")));
    QCOMPARE(table->model()->index(table->currentIndex().row(), PubsModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QVERIFY(child<QLabel>(window.get(), "accountLabel")->text().contains(QStringLiteral("alice@example.org")));
    QVERIFY(child<QLabel>(window.get(), "accountLabel")->text().contains(m_server->url().toString()));
    QVERIFY(child<QAction>(window.get(), "startAction")->isEnabled());  // a failed pub can start
    QVERIFY(child<QAction>(window.get(), "deleteAction")->isEnabled());
}

void TestClientWindows::filterNarrowsTheTable()
{
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto *filter = child<QLineEdit>(window.get(), "filterLineEdit");
    QTest::keyClicks(filter, QStringLiteral("garden"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PubsModel::NameColumn).data().toString(), QStringLiteral("garden-club"));
    typeInto(filter, QStringLiteral("stopped"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestClientWindows::createPubValidatesAndCreates()
{
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 3);

    child<QAction>(window.get(), "newPubAction")->trigger();
    CreatePubDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CreatePubDialog *>()) && dialog->isVisible());
    auto *name = child<QLineEdit>(dialog, "nameLineEdit");
    auto *create = child<QPushButton>(dialog, "createButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(name, QStringLiteral("Bad_Name"));
    QVERIFY(error->isVisible());
    QVERIFY(!create->isEnabled());
    typeInto(name, QStringLiteral("-edge"));
    QVERIFY(error->text().contains(QStringLiteral("hyphen")));

    typeInto(name, QStringLiteral("alice")); // valid, but taken on the server
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(error->text(), QStringLiteral("That pub name is taken."));
    QVERIFY(dialog->isVisible());

    typeInto(name, QStringLiteral("new-pub"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<CreatePubDialog *>());
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(selectPub(table, QStringLiteral("new-pub")));
}

void TestClientWindows::deleteAsksAndCanRemoveData()
{
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto *deleteAction = child<QAction>(window.get(), "deleteAction");
    QVERIFY(!deleteAction->isEnabled()); // nothing selected

    QVERIFY(selectPub(table, QStringLiteral("garden-club")));
    QVERIFY(deleteAction->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    deleteAction->trigger();
    QTest::qWait(100);
    QCOMPARE(m_server->pubs().size(), 3);

    MessageBox::setNextAnswer(QMessageBox::Yes, true);
    deleteAction->trigger();
    QTRY_COMPARE(m_server->pubs().size(), 2);
    QVERIFY(m_server->lastRemoveData());
    QTRY_COMPARE(table->model()->rowCount(), 2); // gone at the next poll
}

void TestClientWindows::supportCannotChangePubs()
{
    QVERIFY(signInThroughDialog(QStringLiteral("sam@example.org"), QStringLiteral("support password")));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QVERIFY(selectPub(table, QStringLiteral("harbour")));
    for (const char *name : {"newPubAction", "startAction", "stopAction", "deleteAction"})
        QVERIFY2(!child<QAction>(window.get(), name)->isEnabled(), name);
    QVERIFY(child<QAction>(window.get(), "refreshAction")->isEnabled());
}

void TestClientWindows::signOutDisablesActions()
{
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QSignalSpy requested(window.get(), &MainWindow::signOutRequested);
    child<QAction>(window.get(), "signOutAction")->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!child<QAction>(window.get(), "newPubAction")->isEnabled());
    QTRY_COMPARE(m_server->logoutCount(), 1);
}

// Grabs the main window for the README when BUTTCLOUD_SCREENSHOTS_DIR names a directory.
void TestClientWindows::screenshot()
{
    const QString directory = qEnvironmentVariable("BUTTCLOUD_SCREENSHOTS_DIR");
    if (directory.isEmpty())
        QSKIP("set BUTTCLOUD_SCREENSHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(directory));
    m_server->addPub(QStringLiteral("bookclub"), PubStatus::Starting);
    {
        SignInDialog dialog(m_session.get());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailLineEdit"), QStringLiteral("alice@example.org"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("secret"));
        child<QCheckBox>(&dialog, "rememberCheckBox")->setChecked(true);
        dialog.showError(QStringLiteral("Wrong email or password."));
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(QDir(directory).filePath(QStringLiteral("sign-in.png"))));
    }
    QVERIFY(signInThroughDialog(QStringLiteral("alice@example.org"), AlicePassword));
    const auto window = showMainWindow();
    auto *table = child<QTableView>(window.get(), "pubsTableView");
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QVERIFY(selectPub(table, QStringLiteral("alice")));
    const QModelIndex aliceCpu = table->currentIndex().siblingAtColumn(PubsModel::CpuColumn);
    QTRY_VERIFY(!aliceCpu.data().toString().isEmpty()); // live figures of the running pub
    QTest::qWait(100);
    const QString path = QDir(directory).filePath(QStringLiteral("main-window.png"));
    QVERIFY2(window->grab().save(path), qPrintable(path));
}

QTEST_MAIN(TestClientWindows)
#include "tst_clientwindows.moc"
