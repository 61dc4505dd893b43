#include "ui/billingplanchooser.h"

#include "ui/pagewidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace buttcloud {

BillingPlanChooser::BillingPlanChooser(QWidget *parent)
    : QWidget(parent)
    , m_planCombo(new QComboBox(this))
    , m_explanationLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(tr("Payment &token:"), this))
    , m_tokenEdit(new QLineEdit(this))
    , m_tokenProblemLabel(new QLabel(this))
{
    m_planCombo->setObjectName(QStringLiteral("planComboBox"));
    m_planCombo->setAccessibleName(tr("Plan"));
    m_explanationLabel->setObjectName(QStringLiteral("planExplanationLabel"));
    m_explanationLabel->setWordWrap(true);
    m_tokenEdit->setObjectName(QStringLiteral("paymentTokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Payment token from Stripe"));
    m_tokenEdit->setPlaceholderText(tr("tok_… or pm_…"));
    m_tokenEdit->setMaxLength(255);
    m_tokenLabel->setBuddy(m_tokenEdit);
    m_tokenProblemLabel->setObjectName(QStringLiteral("paymentTokenProblemLabel"));
    m_tokenProblemLabel->setWordWrap(true);
    m_tokenProblemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    // Wrapped sentences under their fields, outside the form: a form row does not give a wrapped
    // label the height it needs.
    auto *planForm = new QFormLayout;
    planForm->addRow(tr("&Plan:"), m_planCombo);
    auto *tokenForm = new QFormLayout;
    tokenForm->addRow(m_tokenLabel, m_tokenEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(planForm);
    layout->addWidget(m_explanationLabel);
    layout->addLayout(tokenForm);
    layout->addWidget(m_tokenProblemLabel);
    m_planCombo->setToolTip(tr("What the pub costs and how much memory it may use"));

    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &BillingPlanChooser::update);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &BillingPlanChooser::update);
    update();
}

BillingPlanChooser::~BillingPlanChooser() = default;

void BillingPlanChooser::setCatalog(const PlanCatalog &catalog)
{
    m_catalog = catalog;
    m_planCombo->clear();
    for (const Plan &plan : catalog.activePlans())
        m_planCombo->addItem(tr("%1 — %2").arg(plan.name, planPriceText(plan)), plan.id);
    update();
}

std::optional<Plan> BillingPlanChooser::selectedPlan() const
{
    const QString id = m_planCombo->currentData().toString();
    for (const Plan &plan : m_catalog.plans) {
        if (plan.id == id)
            return plan;
    }
    return std::nullopt;
}

bool BillingPlanChooser::needsToken() const
{
    const std::optional<Plan> plan = selectedPlan();
    return m_catalog.mode == BillingMode::Stripe && plan && !plan->startsWithoutPayment();
}

PlanChoice BillingPlanChooser::choice() const
{
    const std::optional<Plan> plan = selectedPlan();
    return {plan ? plan->id : QString(), needsToken() ? m_tokenEdit->text().trimmed() : QString()};
}

QString BillingPlanChooser::problem() const
{
    if (!selectedPlan())
        return tr("No plan is offered right now. Please ask the operator.");
    return needsToken() ? paymentTokenProblem(m_tokenEdit->text()) : QString();
}

void BillingPlanChooser::setReadOnly(bool readOnly)
{
    m_planCombo->setEnabled(!readOnly);
    m_tokenEdit->setReadOnly(readOnly);
}

void BillingPlanChooser::update()
{
    const std::optional<Plan> plan = selectedPlan();
    QString explanation;
    if (!plan)
        explanation = tr("No plan is offered right now.");
    else if (plan->trialDays > 0)
        explanation = tr("Free for the first %n day(s); then %1. You can pay once the trial runs.", nullptr, plan->trialDays)
                          .arg(recurringPriceText(plan->price, plan->interval));
    else if (plan->price.amount == 0)
        explanation = tr("This plan is free.");
    else if (m_catalog.mode == BillingMode::Stripe)
        explanation = tr("You pay on Stripe's own secure page: enter your card there and paste the token it gives you "
                         "(it starts with tok_ or pm_). ButtCloud never sees your card number.");
    else
        explanation = tr("The operator sends you an invoice for %1; the pub starts right away.")
                          .arg(recurringPriceText(plan->price, plan->interval));
    m_explanationLabel->setText(explanation);
    const bool token = needsToken();
    m_tokenLabel->setVisible(token);
    m_tokenEdit->setVisible(token);
    // Nothing typed yet is not a mistake; a card number is, and is said at once.
    const QString tokenProblem = token && !m_tokenEdit->text().isEmpty() ? paymentTokenProblem(m_tokenEdit->text()) : QString();
    m_tokenProblemLabel->setText(tokenProblem);
    m_tokenProblemLabel->setVisible(!tokenProblem.isEmpty());
    growToFit(window());
    Q_EMIT changed();
}

}
