#include "ui/createaccountdialog.h"

#include "models/accountservice.h"
#include "models/clientsettings.h"
#include "ui/inlinemessagelabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

CreateAccountDialog::CreateAccountDialog(AccountService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_nameEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_createButton(new QPushButton(tr("&Create Account"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("createAccountMessageLabel"), tr("New account message"), this))
{
    setObjectName(QStringLiteral("createAccountDialog"));
    setWindowTitle(tr("New Account"));
    m_nameEdit->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));
    m_emailEdit->setObjectName(QStringLiteral("accountEmailLineEdit"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_emailEdit->setPlaceholderText(tr("someone@example.org"));
    m_roleCombo->setObjectName(QStringLiteral("accountRoleComboBox"));
    m_roleCombo->setAccessibleName(tr("Role"));
    for (Role role : {Role::Customer, Role::Support, Role::Admin})
        m_roleCombo->addItem(accountRoleLabel(role), roleName(role));
    m_languageCombo->setObjectName(QStringLiteral("accountLanguageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language of the mails"));
    m_languageCombo->addItem(tr("Server default"), QString());
    for (const QString &code : ClientSettings::availableLanguages()) {
        if (!code.isEmpty())
            m_languageCombo->addItem(ClientSettings::languageLabel(code), code);
    }
    m_createButton->setObjectName(QStringLiteral("createAccountButton"));
    m_createButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Role:"), m_roleCombo);
    form->addRow(tr("Mail &language:"), m_languageCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_createButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("createAccountCancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &CreateAccountDialog::create);
    for (QLineEdit *edit : {m_nameEdit, m_emailEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateAccountDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateButtons();
}

CreateAccountDialog::~CreateAccountDialog() = default;

User CreateAccountDialog::createdUser() const
{
    return m_created;
}

void CreateAccountDialog::updateButtons()
{
    m_createButton->setEnabled(!m_busy && !m_nameEdit->text().trimmed().isEmpty()
                               && m_emailEdit->text().contains(QLatin1Char('@')));
}

void CreateAccountDialog::create()
{
    if (!m_createButton->isEnabled())
        return;
    NewAccount account;
    account.name = m_nameEdit->text();
    account.email = m_emailEdit->text();
    account.role = roleFromName(m_roleCombo->currentData().toString()).value_or(Role::Customer);
    account.language = m_languageCombo->currentData().toString();
    m_busy = true;
    updateButtons();
    m_messageLabel->showNotice(tr("Creating the account…"));
    m_service->create(account, this, [this](const Result<User> &result) {
        m_busy = false;
        updateButtons();
        if (!result.ok()) {
            m_messageLabel->showError(result.errorMessage());
            return;
        }
        m_created = result.value();
        accept();
    });
}

}
