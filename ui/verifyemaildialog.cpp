#include "ui/verifyemaildialog.h"

#include "models/accountrecovery.h"
#include "ui/inlinemessagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

VerifyEmailDialog::VerifyEmailDialog(AccountRecoveryService *service, const QUrl &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_serverUrl(serverUrl)
    , m_linkEdit(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("verifyMessageLabel"), tr("Verification message"), this))
{
    setObjectName(QStringLiteral("verifyEmailDialog"));
    setWindowTitle(tr("Verify Your Email Address"));

    auto *intro = new QLabel(tr("Paste the link from the welcome mail, or the code after token=."), this);
    intro->setWordWrap(true);
    m_linkEdit->setObjectName(QStringLiteral("verifyLinkLineEdit"));
    m_linkEdit->setAccessibleName(tr("Verification link"));
    m_linkEdit->setPlaceholderText(tr("buttcloud://verify-email?token=…"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Link:"), m_linkEdit);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_verifyButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("verifyCancelButton"));
    // Verifying decides when the dialog closes, not the button box.
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyEmailDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_linkEdit, &QLineEdit::textChanged, this, [this] { setBusy(m_busy); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    setBusy(false);
}

VerifyEmailDialog::~VerifyEmailDialog() = default;

void VerifyEmailDialog::setLink(const QString &link)
{
    m_linkEdit->setText(link);
}

void VerifyEmailDialog::verify()
{
    if (m_busy || !m_verifyButton->isEnabled())
        return;
    m_messageLabel->showError({});
    setBusy(true);
    m_service->verifyEmail(m_serverUrl, m_linkEdit->text(), this, [this](const Result<Done> &result) {
        setBusy(false);
        if (result.ok()) {
            accept();
            return;
        }
        m_messageLabel->showError(result.errorMessage());
        m_linkEdit->setFocus();
    });
}

void VerifyEmailDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_linkEdit->setEnabled(!busy);
    m_verifyButton->setEnabled(!busy && !m_linkEdit->text().trimmed().isEmpty());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

}
