#include "ui/createpubdialog.h"

#include "models/pubname.h"
#include "models/pubservice.h"
#include "ui/billingplanchooser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

CreatePubDialog::CreatePubDialog(PubService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_nameEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("&Create"), this))
{
    setWindowTitle(tr("New Pub"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Pub name"));
    m_nameEdit->setPlaceholderText(tr("e.g. my-pub"));
    m_nameEdit->setMaxLength(MaxPubNameLength);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Name problem"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create pub"));
    m_createButton->setDefault(true);

    auto *hint = new QLabel(tr("Lowercase letters, digits and hyphens; up to %1 characters. "
                               "The name is part of the pub's address and cannot be changed later.")
                                .arg(MaxPubNameLength), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_createButton, QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(380);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreatePubDialog::validate);
    connect(m_createButton, &QPushButton::clicked, this, &CreatePubDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CreatePubDialog::~CreatePubDialog() = default;

void CreatePubDialog::setPlanCatalog(const PlanCatalog &catalog)
{
    if (catalog.mode == BillingMode::Off)
        return;
    if (!m_planChooser) {
        m_planChooser = new BillingPlanChooser(this);
        m_planChooser->setObjectName(QStringLiteral("createPubPlanChooser"));
        // Below the name and its hint, above the error line.
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        layout->insertWidget(layout->indexOf(m_errorLabel), m_planChooser);
        connect(m_planChooser, &BillingPlanChooser::changed, this, &CreatePubDialog::validate);
    }
    m_planChooser->setCatalog(catalog);
    validate();
}

Pub CreatePubDialog::createdPub() const
{
    return m_createdPub;
}

void CreatePubDialog::validate()
{
    const QString name = m_nameEdit->text();
    // An empty field is not an error yet: the user has not typed anything.
    const QString problem = name.isEmpty() ? QString() : pubNameProblem(name);
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_createButton->setEnabled(!m_busy && isValidPubName(name) && planIsChosen());
}

void CreatePubDialog::create()
{
    const QString name = m_nameEdit->text();
    if (m_busy || !isValidPubName(name) || !planIsChosen())
        return;
    setBusy(true);
    m_service->create(name, m_planChooser ? m_planChooser->choice() : PlanChoice{}, this, [this](const Result<Pub> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_errorLabel->setText(result.error().message);
            m_errorLabel->show();
            m_nameEdit->setFocus();
            return;
        }
        m_createdPub = result.value();
        accept();
    });
}

void CreatePubDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_nameEdit->setReadOnly(busy);
    if (m_planChooser)
        m_planChooser->setReadOnly(busy);
    m_createButton->setText(busy ? tr("Creating…") : tr("&Create"));
    m_createButton->setEnabled(!busy && isValidPubName(m_nameEdit->text()) && planIsChosen());
}

bool CreatePubDialog::planIsChosen() const
{
    // The chooser's own label says what is missing (a plan, or Stripe's token).
    return !m_planChooser || m_planChooser->problem().isEmpty();
}

}
