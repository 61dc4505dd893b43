#pragma once

#include "models/billingservice.h"
#include "models/pubservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace buttcloud {

// Picks the plan a pub is paid by and says what happens next: a trial, an invoice from the
// operator, or paying on Stripe's own page. With Stripe and a plan that is charged at once it asks
// for the token Stripe's page gives; it never asks for a card number.
class BillingPlanChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingPlanChooser)

public:
    explicit BillingPlanChooser(QWidget *parent = nullptr);
    ~BillingPlanChooser() override;

    // Offers the catalog's active plans.
    void setCatalog(const PlanCatalog &catalog);
    PlanChoice choice() const;
    // What is missing before the choice can be sent; empty when nothing is.
    QString problem() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    std::optional<Plan> selectedPlan() const;
    bool needsToken() const;
    void update();

    PlanCatalog m_catalog;
    QComboBox *m_planCombo;
    QLabel *m_explanationLabel;
    QLabel *m_tokenLabel;
    QLineEdit *m_tokenEdit;
    QLabel *m_tokenProblemLabel;
};

}
