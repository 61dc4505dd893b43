#include "fakeapiserver.h"
#include "fakesecretstore.h"
#include "models/apiclient.h"
#include "models/session.h"
#include "ui/mainwindow.h"
#include "ui/passwordresetdialog.h"
#include "ui/signindialog.h"
#include "ui/verifyemaildialog.h"
#include "screenshot.h"
#include "widgetlookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {
const QString Email = QStringLiteral("alice@example.org");
const QString OldPassword = QStringLiteral("alice password");
const QString NewPassword = QStringLiteral("a brand new password");

using test::child;
using test::typeInto;


void click(QWidget *parent, const char *buttonName)
{
    QPushButton *button = child<QPushButton>(parent, buttonName);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}
}

// "Forgot password?" from the sign-in dialog and the banner for an unverified address, offscreen
// against the fake API server.
class TestAccountRecoveryDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::FakeApiServer>();
        QVERIFY(m_server->start());
        m_server->addUser(Email, OldPassword);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
        m_api = std::make_unique<ApiClient>();
        m_session = std::make_unique<Session>(m_api.get(), &m_secrets, m_settings.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_api.reset();
        m_server.reset();
    }

    void forgotPasswordResetsAndReturnsToSignIn()
    {
        SignInDialog signIn(m_session.get());
        signIn.show();
        typeInto(child<QLineEdit>(&signIn, "serverUrlLineEdit"), m_server->url().toString());
        typeInto(child<QLineEdit>(&signIn, "emailLineEdit"), QStringLiteral("someone@example.org"));
        click(&signIn, "forgotPasswordButton");

        PasswordResetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = signIn.findChild<PasswordResetDialog *>()) && dialog->isVisible());
        auto *emailEdit = child<QLineEdit>(dialog, "resetEmailLineEdit");
        QCOMPARE(emailEdit->text(), QStringLiteral("someone@example.org")); // taken from the sign-in dialog
        typeInto(emailEdit, Email);
        click(dialog, "sendResetLinkButton");

        auto *linkEdit = child<QLineEdit>(dialog, "resetLinkLineEdit");
        QTRY_VERIFY(linkEdit->isVisible());
        QVERIFY(child<QLabel>(dialog, "resetSentLabel")->text().contains(Email));
        QVERIFY(!test::grabAndSave(dialog, QStringLiteral("password-reset.png"), m_shots).isNull());
        QCOMPARE(m_server->passwordResetRequests(), QStringList{Email});
        const QString token = m_server->mailedResetToken(Email);
        QVERIFY(!token.isEmpty());

        typeInto(linkEdit, QStringLiteral("buttcloud://reset-password?token=") + token);
        typeInto(child<QLineEdit>(dialog, "newPasswordLineEdit"), NewPassword);
        typeInto(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), NewPassword);
        click(dialog, "confirmResetButton");

        QTRY_VERIFY(!signIn.findChild<PasswordResetDialog *>()); // closed and deleted
        QCOMPARE(m_server->passwordOf(Email), NewPassword);
        QCOMPARE(child<QLineEdit>(&signIn, "emailLineEdit")->text(), Email);
        auto *notice = child<QLabel>(&signIn, "errorLabel");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("password is changed")));

        // And the new password signs in.
        typeInto(child<QLineEdit>(&signIn, "passwordLineEdit"), NewPassword);
        click(&signIn, "signInButton");
        QTRY_VERIFY(m_session->isSignedIn());
    }

    void forgotPasswordExplainsWhatIsWrong()
    {
        SignInDialog signIn(m_session.get());
        signIn.show();
        typeInto(child<QLineEdit>(&signIn, "serverUrlLineEdit"), m_server->url().toString());
        signIn.openPasswordReset(QStringLiteral("buttcloud://reset-password?token=pr_") + QString(43, QLatin1Char('Z')));

        PasswordResetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = signIn.findChild<PasswordResetDialog *>()) && dialog->isVisible());
        auto *message = child<QLabel>(dialog, "resetMessageLabel");
        QVERIFY(child<QLineEdit>(dialog, "resetLinkLineEdit")->isVisible()); // a link skips the email step

        // Checked here first: a mistyped repeat never reaches the server.
        typeInto(child<QLineEdit>(dialog, "newPasswordLineEdit"), NewPassword);
        typeInto(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), NewPassword + QLatin1Char('!'));
        click(dialog, "confirmResetButton");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("The two passwords do not match."));
        typeInto(child<QLineEdit>(dialog, "newPasswordLineEdit"), QStringLiteral("short"));
        typeInto(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), QStringLiteral("short"));
        click(dialog, "confirmResetButton");
        QTRY_VERIFY(message->text().contains(QStringLiteral("at least 10")));

        // A well-formed token the server does not know (used, expired): the server refuses it.
        typeInto(child<QLineEdit>(dialog, "newPasswordLineEdit"), NewPassword);
        typeInto(child<QLineEdit>(dialog, "repeatPasswordLineEdit"), NewPassword);
        click(dialog, "confirmResetButton");
        QTRY_VERIFY(message->text().contains(QStringLiteral("reset link is not valid")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_server->passwordOf(Email), OldPassword);

        click(dialog, "resetCancelButton");
        QTRY_VERIFY(!signIn.findChild<PasswordResetDialog *>());
        QVERIFY(!child<QLabel>(&signIn, "errorLabel")->isVisible()); // nothing claimed to have worked
    }

    void bannerLetsAnUnverifiedUserVerify()
    {
        m_server->setEmailVerified(Email, false);
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(m_server->url(), Email, OldPassword, false);
        QVERIFY(signedIn.wait());
        MainWindow window(m_session.get());
        window.show();

        auto *banner = child<QWidget>(&window, "verifyEmailBanner");
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(banner, "verifyEmailBannerLabel")->text().contains(Email));
        window.resize(900, 420);
        QVERIFY(!test::grabAndSave(&window, QStringLiteral("verify-email-banner.png"), m_shots).isNull());
        click(banner, "verifyEmailButton");

        VerifyEmailDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<VerifyEmailDialog *>()) && dialog->isVisible());
        auto *linkEdit = child<QLineEdit>(dialog, "verifyLinkLineEdit");
        auto *message = child<QLabel>(dialog, "verifyMessageLabel");

        // A reset link pasted by mistake is refused before anything is sent.
        typeInto(linkEdit, QStringLiteral("buttcloud://reset-password?token=pr_") + QString(43, QLatin1Char('Z')));
        click(dialog, "verifyButton");
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("welcome mail")));
        QVERIFY(!m_server->isEmailVerified(Email));

        typeInto(linkEdit, QStringLiteral("https://example.org/account/verify-email?token=") + m_server->issueVerificationToken(Email));
        click(dialog, "verifyButton");
        QTRY_VERIFY(!window.findChild<VerifyEmailDialog *>());
        QVERIFY(m_server->isEmailVerified(Email));
        QTRY_VERIFY(!banner->isVisible()); // once /me says so
    }

    void bannerStaysHiddenForVerifiedUsers()
    {
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(m_server->url(), Email, OldPassword, false);
        QVERIFY(signedIn.wait());
        MainWindow window(m_session.get());
        window.show();
        QVERIFY(!child<QWidget>(&window, "verifyEmailBanner")->isVisible());
    }

private:
    std::unique_ptr<test::FakeApiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_shots;
    std::unique_ptr<QSettings> m_settings;
    test::FakeSecretStore m_secrets;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestAccountRecoveryDialogs)
#include "tst_accountrecoverydialogs.moc"
