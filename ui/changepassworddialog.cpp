#include "ui/changepassworddialog.h"

#include "models/accountrecovery.h"
#include "models/session.h"
#include "ui/inlinemessagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

ChangePasswordDialog::ChangePasswordDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_currentEdit(new QLineEdit(this))
    , m_newEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_changeButton(new QPushButton(tr("&Change Password"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("changePasswordMessageLabel"), tr("Change password message"), this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change Your Password"));
    m_currentEdit->setObjectName(QStringLiteral("currentPasswordLineEdit"));
    m_currentEdit->setAccessibleName(tr("Current password"));
    m_newEdit->setObjectName(QStringLiteral("changedPasswordLineEdit"));
    m_newEdit->setAccessibleName(tr("New password"));
    m_newEdit->setPlaceholderText(tr("at least %1 characters").arg(PasswordRules::MinLength));
    m_repeatEdit->setObjectName(QStringLiteral("changedPasswordRepeatLineEdit"));
    m_repeatEdit->setAccessibleName(tr("New password again"));
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButtons);
    }
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat it:"), m_repeatEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_changeButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("changePasswordCancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_repeatEdit, &QLineEdit::returnPressed, this, &ChangePasswordDialog::change);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateButtons();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::updateButtons()
{
    m_changeButton->setEnabled(!m_busy && !m_currentEdit->text().isEmpty() && !m_newEdit->text().isEmpty());
}

void ChangePasswordDialog::change()
{
    if (!m_changeButton->isEnabled())
        return;
    if (const std::optional<QString> problem = PasswordRules::checkNewPassword(m_newEdit->text(), m_repeatEdit->text())) {
        m_messageLabel->showError(*problem);
        return;
    }
    m_busy = true;
    updateButtons();
    m_messageLabel->showNotice(tr("Changing the password…"));
    m_session->changePassword(m_currentEdit->text(), m_newEdit->text(), this, [this](const DoneResult &result) {
        m_busy = false;
        updateButtons();
        if (!result.ok()) {
            m_messageLabel->showError(result.errorMessage());
            return;
        }
        accept();
    });
}

}
