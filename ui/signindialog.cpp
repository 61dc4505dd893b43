#include "ui/signindialog.h"

#include "models/apiclient.h"
#include "models/session.h"
#include "ui/inlinemessagelabel.h"
#include "ui/passwordresetdialog.h"
#include "ui/verifyemaildialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

SignInDialog::SignInDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_serverUrlEdit(new QLineEdit(QString::fromLatin1(DefaultServerUrl), this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("errorLabel"), tr("Sign-in error"), this))
    , m_signInButton(new QPushButton(tr("&Sign In"), this))
    , m_forgotPasswordButton(new QPushButton(tr("&Forgot password?"), this))
{
    setWindowTitle(tr("Sign in to ButtCloud"));

    m_serverUrlEdit->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_serverUrlEdit->setAccessibleName(tr("Server address"));
    m_emailEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_emailEdit->setPlaceholderText(tr("you@example.org"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheckBox"));
    m_rememberCheck->setAccessibleName(tr("Remember me"));
    m_rememberCheck->setToolTip(tr("Keeps a sign-in token in the system keychain, never the password."));
    m_forgotPasswordButton->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgotPasswordButton->setFlat(true);
    m_forgotPasswordButton->setAutoDefault(false);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_serverUrlEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), m_forgotPasswordButton);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    // The button box would accept() on its own: signing in decides when the dialog closes.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forgotPasswordButton, &QPushButton::clicked, this, [this] { openPasswordReset(); });
    for (QLineEdit *edit : {m_serverUrlEdit, m_emailEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateSignInButton);

    connect(m_session, &Session::signedIn, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        m_passwordEdit->clear();
        accept();
    });
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        showError(message);
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
    });
    updateSignInButton();
    m_emailEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServerUrl(const QString &url)
{
    m_serverUrlEdit->setText(url);
}

void SignInDialog::setServerSuggestions(const QStringList &urls)
{
    auto *completer = new QCompleter(urls, m_serverUrlEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "fleet" finds https://fleet.example.org
    delete m_serverUrlEdit->completer();
    m_serverUrlEdit->setCompleter(completer);
}

void SignInDialog::setEmail(const QString &email)
{
    m_emailEdit->setText(email);
    m_passwordEdit->setFocus();
}

void SignInDialog::showError(const QString &message)
{
    m_errorLabel->showError(message);
}

void SignInDialog::openPasswordReset(const QString &link)
{
    auto *dialog = new PasswordResetDialog(&m_recoveryService, enteredServerUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(m_emailEdit->text().trimmed());
    if (!link.isEmpty())
        dialog->setLink(link);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->email().isEmpty())
            m_emailEdit->setText(dialog->email());
        m_passwordEdit->clear();
        m_errorLabel->showNotice(tr("Your password is changed and every earlier sign-in ended. Sign in with the new password."));
        m_passwordEdit->setFocus();
    });
    dialog->open();
}

void SignInDialog::openEmailVerification(const QString &link)
{
    auto *dialog = new VerifyEmailDialog(&m_recoveryService, enteredServerUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLink(link);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_errorLabel->showNotice(tr("Your email address is verified. Sign in to continue."));
    });
    dialog->open();
}

QUrl SignInDialog::enteredServerUrl() const
{
    return QUrl::fromUserInput(m_serverUrlEdit->text().trimmed());
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    const QUrl url = enteredServerUrl();
    if (!ApiClient::isValidServerUrl(url)) {
        showError(tr("Enter the server address, for example %1.").arg(QString::fromLatin1(DefaultServerUrl)));
        m_serverUrlEdit->setFocus();
        return;
    }
    const QString email = m_emailEdit->text().trimmed();
    if (!email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the email address of your account."));
        m_emailEdit->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    m_session->signIn(url, email, m_passwordEdit->text(), m_rememberCheck->isChecked());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_serverUrlEdit, m_emailEdit, m_passwordEdit, m_rememberCheck,
                                                            m_forgotPasswordButton})
        widget->setEnabled(!busy);
    m_signInButton->setText(busy ? tr("Signing in…") : tr("&Sign In"));
    updateSignInButton();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInDialog::updateSignInButton()
{
    m_signInButton->setEnabled(!m_busy && !m_serverUrlEdit->text().trimmed().isEmpty()
                               && !m_emailEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty());
}

}
