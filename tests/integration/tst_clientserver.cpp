// What a new admin does on day one, with the real widgets against a real buttcloudd and swarm:
// sign in, create a pub, watch it reach "up", delete it.
#include "serverprocess.h"
#include "widgetlookup.h"

#include "models/apiclient.h"
#include "models/keychainsecretstore.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/createpubdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/signindialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
const QString AdminEmail = QStringLiteral("first-admin@example.org");
const QString AdminPassword = QStringLiteral("a password for the first admin");
}

class ClientServerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newAdminCreatesAPubAndWatchesItComeUp();

private:
    QString statusOf(QTableView *table, const QString &pubName) const;

    ServerProcess m_server;
    QTemporaryDir m_settingsDir;
};

void ClientServerTest::initTestCase()
{
    QVERIFY2(DockerCli::available(), "the Docker engine does not answer: run scripts/lib/docker-up.sh");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(!m_server.createUserAndSignIn(AdminEmail, QStringLiteral("admin"), AdminPassword).isEmpty());
}

void ClientServerTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QString ClientServerTest::statusOf(QTableView *table, const QString &pubName) const
{
    const QModelIndexList matches = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                          Qt::DisplayRole, pubName, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return {};
    const QVariant status = table->model()->index(matches.first().row(), PubsModel::StatusColumn).data(PubsModel::StatusRole);
    return pubStatusName(PubStatus(status.toInt()));
}

void ClientServerTest::newAdminCreatesAPubAndWatchesItComeUp()
{
    QSettings settings(m_settingsDir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
    KeychainSecretStore keychain(Session::keychainService());
    ApiClient api;
    Session session(&api, &keychain, &settings);

    SignInDialog signIn(&session);
    signIn.show();
    child<QLineEdit>(&signIn, "serverUrlLineEdit")->setText(m_server.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(&signIn, "emailLineEdit"), AdminEmail);
    QTest::keyClicks(child<QLineEdit>(&signIn, "passwordLineEdit"), AdminPassword);
    QTest::mouseClick(child<QPushButton>(&signIn, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!signIn.isVisible(), 10000);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));
    QVERIFY(session.isSignedIn());

    MainWindow window(&session);
    window.show();
    auto *table = child<QTableView>(&window, "pubsTableView");
    QVERIFY(table);

    const QString name = QStringLiteral("first-") + m_server.runLabel().left(6);
    child<QAction>(&window, "newPubAction")->trigger();
    CreatePubDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CreatePubDialog *>()) && dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<CreatePubDialog *>(), 10000);

    // The table shows the swarm's real state as it changes: the pub's health check passes within a minute.
    QTRY_VERIFY_WITH_TIMEOUT(!statusOf(table, name).isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(table, name), QStringLiteral("up"), 120000);

    const QModelIndexList row = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                      Qt::DisplayRole, name, 1, Qt::MatchExactly);
    table->selectRow(row.first().row());
    MessageBox::setNextAnswer(QMessageBox::Yes, true);
    child<QAction>(&window, "deleteAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table, name).isEmpty(), 60000);
    // Deleted for real: no service of this run is left in the swarm.
    QTRY_VERIFY_WITH_TIMEOUT(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                             QStringLiteral("--filter"),
                                             QStringLiteral("label=buttcloud.test=") + m_server.runLabel()})
                                 .trimmed().isEmpty(),
                             30000);
}

QTEST_MAIN(ClientServerTest)
#include "tst_clientserver.moc"
