#pragma once

#include "models/billingservice.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace buttcloud {

class BackupsView;
class InlineMessageLabel;
class PastDueModel;
class PlansModel;
class PubsModel;
class RevenueModel;
class Session;

// Billing for the people who run the service: revenue per month (a chart per currency and a
// table), the subscriptions past due or suspended, how many are in each state, and the plans.
// Admins override a pub's subscription (extend grace, comp, cancel, record a payment made by hand)
// and create and retire plans; support staff see the same without those controls. A Backups tab
// lists the archives kept of canceled pubs.
class BillingOperatorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingOperatorView)

public:
    // None are owned; all must outlive the view.
    BillingOperatorView(Session *session, BillingService *service, PubsModel *pubs, QWidget *parent = nullptr);
    ~BillingOperatorView() override;

    PastDueModel *pastDueModel() const;
    void setCatalog(const PlanCatalog &catalog);
    void reload();
    // Forgets what was shown (the user signed out).
    void clear();

Q_SIGNALS:
    // A plan was created, retired or offered again.
    void plansChanged();

private:
    void loadSummary();
    void showRevenue(const BillingSummary &summary);
    void fillPubCombo();
    void choosePastDueRow();
    void loadSubscription();
    void showSubscription();
    QString currentPubId() const;
    QString currentPubName() const;
    void updateControls();
    void extendGrace();
    void toggleComped();
    void cancelSubscription();
    void recordPayment();
    void applyOverride(const SubscriptionOverride &change, const QString &failureTitle);
    void createPlan();
    void toggleSelectedPlan();
    std::optional<Plan> selectedPlan() const;

    Session *m_session;
    BillingService *m_service;
    PubsModel *m_pubs;
    PlanCatalog m_catalog;
    std::optional<Subscription> m_subscription; // of the pub in the combo box, once loaded
    quint64 m_subscriptionGeneration = 0;
    RevenueModel *m_revenue;
    PastDueModel *m_pastDue;
    PlansModel *m_plans;
    QTabWidget *m_tabs;
    BackupsView *m_backupsView;
    InlineMessageLabel *m_errorLabel;
    QLabel *m_countsLabel;
    QWidget *m_chartsWidget;
    QHBoxLayout *m_chartsLayout;
    QTableView *m_revenueView;
    QTableView *m_pastDueView;
    QComboBox *m_pubCombo;
    QLabel *m_subscriptionLabel;
    QWidget *m_overridesWidget;
    QPushButton *m_extendGraceButton;
    QPushButton *m_compButton;
    QPushButton *m_cancelButton;
    QPushButton *m_recordPaymentButton;
    QPushButton *m_refreshButton;
    QTableView *m_plansView;
    QPushButton *m_newPlanButton;
    QPushButton *m_retirePlanButton;
};

}
