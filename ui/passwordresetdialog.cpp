#include "ui/passwordresetdialog.h"

#include "models/accountrecovery.h"
#include "ui/inlinemessagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace buttcloud {

PasswordResetDialog::PasswordResetDialog(AccountRecoveryService *service, const QUrl &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_serverUrl(serverUrl)
    , m_steps(new QStackedWidget(this))
    , m_emailEdit(new QLineEdit(this))
    , m_sendButton(new QPushButton(tr("&Send Reset Link"), this))
    , m_haveLinkButton(new QPushButton(tr("I &Have a Link"), this))
    , m_sentLabel(new QLabel(this))
    , m_linkEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_confirmButton(new QPushButton(tr("&Change Password"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("resetMessageLabel"), tr("Password reset message"), this))
{
    setObjectName(QStringLiteral("passwordResetDialog"));
    setWindowTitle(tr("Reset Your Password"));

    m_emailEdit->setObjectName(QStringLiteral("resetEmailLineEdit"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_emailEdit->setPlaceholderText(tr("you@example.org"));
    m_sendButton->setObjectName(QStringLiteral("sendResetLinkButton"));
    m_haveLinkButton->setObjectName(QStringLiteral("haveResetLinkButton"));
    m_haveLinkButton->setToolTip(tr("Enter a reset link you already got by mail."));
    m_sentLabel->setObjectName(QStringLiteral("resetSentLabel"));
    m_sentLabel->setWordWrap(true);
    m_linkEdit->setObjectName(QStringLiteral("resetLinkLineEdit"));
    m_linkEdit->setAccessibleName(tr("Reset link"));
    m_linkEdit->setPlaceholderText(tr("buttcloud://reset-password?token=…"));
    m_passwordEdit->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_passwordEdit->setAccessibleName(tr("New password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("at least %1 characters").arg(PasswordRules::MinLength));
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeatEdit->setAccessibleName(tr("New password again"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_confirmButton->setObjectName(QStringLiteral("confirmResetButton"));

    auto *emailStep = new QWidget(m_steps);
    auto *emailLayout = new QVBoxLayout(emailStep);
    auto *intro = new QLabel(tr("Enter the email address of your account. If it has one, the server mails a link to set a new password."),
                             emailStep);
    intro->setWordWrap(true);
    auto *emailForm = new QFormLayout;
    emailForm->addRow(tr("&Email:"), m_emailEdit);
    auto *emailButtons = new QHBoxLayout;
    emailButtons->addWidget(m_haveLinkButton);
    emailButtons->addStretch();
    emailButtons->addWidget(m_sendButton);
    emailLayout->addWidget(intro);
    emailLayout->addLayout(emailForm);
    emailLayout->addLayout(emailButtons);
    emailLayout->addStretch();

    auto *linkStep = new QWidget(m_steps);
    auto *linkLayout = new QVBoxLayout(linkStep);
    auto *linkForm = new QFormLayout;
    linkForm->addRow(tr("Reset &link:"), m_linkEdit);
    linkForm->addRow(tr("&New password:"), m_passwordEdit);
    linkForm->addRow(tr("&Repeat it:"), m_repeatEdit);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addStretch();
    linkButtons->addWidget(m_confirmButton);
    linkLayout->addWidget(m_sentLabel);
    linkLayout->addLayout(linkForm);
    linkLayout->addLayout(linkButtons);
    linkLayout->addStretch();

    m_steps->addWidget(emailStep);
    m_steps->addWidget(linkStep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("resetCancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_sendButton, &QPushButton::clicked, this, &PasswordResetDialog::requestLink);
    connect(m_emailEdit, &QLineEdit::returnPressed, this, &PasswordResetDialog::requestLink);
    connect(m_haveLinkButton, &QPushButton::clicked, this, [this] {
        m_sentLabel->setText(tr("Paste the link from the password reset mail, or the code after token=."));
        showStep(LinkStep);
    });
    connect(m_confirmButton, &QPushButton::clicked, this, &PasswordResetDialog::confirm);
    connect(m_repeatEdit, &QLineEdit::returnPressed, this, &PasswordResetDialog::confirm);
    for (QLineEdit *edit : {m_emailEdit, m_linkEdit, m_passwordEdit, m_repeatEdit})
        connect(edit, &QLineEdit::textChanged, this, &PasswordResetDialog::updateButtons);
    showStep(EmailStep);
}

PasswordResetDialog::~PasswordResetDialog() = default;

void PasswordResetDialog::setEmail(const QString &email)
{
    m_emailEdit->setText(email);
}

void PasswordResetDialog::setLink(const QString &link)
{
    m_linkEdit->setText(link);
    m_sentLabel->setText(tr("Choose a new password for your account."));
    showStep(LinkStep);
    m_passwordEdit->setFocus();
}

QString PasswordResetDialog::email() const
{
    return m_emailEdit->text().trimmed();
}

void PasswordResetDialog::requestLink()
{
    if (m_busy || !m_sendButton->isEnabled())
        return;
    m_messageLabel->showError({});
    setBusy(true);
    m_service->requestPasswordReset(m_serverUrl, m_emailEdit->text(), this, [this](const Result<Done> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_messageLabel->showError(result.errorMessage());
            return;
        }
        // The server answers the same for every address: say so rather than promise a mail.
        m_sentLabel->setText(tr("Check your mail. If %1 has an account, a link to reset its password is on its way; it works for an hour. "
                                "Paste the link or the code after token= here.")
                                 .arg(email()));
        showStep(LinkStep);
    });
}

void PasswordResetDialog::confirm()
{
    if (m_busy || !m_confirmButton->isEnabled())
        return;
    m_messageLabel->showError({});
    setBusy(true);
    m_service->confirmPasswordReset(m_serverUrl, m_linkEdit->text(), m_passwordEdit->text(), m_repeatEdit->text(), this,
                                    [this](const Result<Done> &result) {
        setBusy(false);
        if (result.ok()) {
            accept();
            return;
        }
        m_messageLabel->showError(result.errorMessage());
        if (result.error().isValidationOf("token") || !parseAccountLink(m_linkEdit->text()))
            m_linkEdit->setFocus();
        else
            m_passwordEdit->setFocus();
    });
}

void PasswordResetDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    m_sendButton->setDefault(step == EmailStep);
    m_confirmButton->setDefault(step == LinkStep);
    (step == EmailStep ? m_emailEdit : m_linkEdit)->setFocus();
    updateButtons();
}

void PasswordResetDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_steps->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void PasswordResetDialog::updateButtons()
{
    m_sendButton->setEnabled(!m_busy && !m_emailEdit->text().trimmed().isEmpty());
    m_confirmButton->setEnabled(!m_busy && !m_linkEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty()
                                && !m_repeatEdit->text().isEmpty());
}

}
