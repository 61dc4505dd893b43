#pragma once

#include "models/billingservice.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace buttcloud {

class InlineMessageLabel;
class InvoicesModel;
class PubsModel;
class SubscriptionsModel;

// A customer's billing: each pub's plan, status, next payment and grace end; "Pay" opens Stripe's
// page for what is owed, "Subscribe…" gives a pub without a subscription a plan; the invoices.
class BillingCustomerView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingCustomerView)

public:
    // None are owned; all must outlive the view.
    BillingCustomerView(BillingService *service, PubsModel *pubs, QWidget *parent = nullptr);
    ~BillingCustomerView() override;

    SubscriptionsModel *subscriptionsModel() const;
    void setCatalog(const PlanCatalog &catalog);
    void reload();
    // Forgets what was shown (the user signed out).
    void clear();

private:
    void followPubs();
    void loadInvoices();
    // The selected row's pub id and name.
    std::optional<std::pair<QString, QString>> selectedPub() const;
    void showSelected();
    void pay();
    void subscribe();

    BillingService *m_service;
    PubsModel *m_pubs;
    PlanCatalog m_catalog;
    SubscriptionsModel *m_subscriptions;
    InvoicesModel *m_invoices;
    InlineMessageLabel *m_errorLabel;
    QTableView *m_subscriptionsView;
    QLabel *m_statusIconLabel;
    QLabel *m_statusLabel;
    QPushButton *m_payButton;
    QPushButton *m_subscribeButton;
    QPushButton *m_refreshButton;
    QTableView *m_invoicesView;
};

}
