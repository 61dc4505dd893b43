#pragma once

#include "models/billingservice.h"

#include <QWidget>

class QStackedWidget;

namespace buttcloud {

class BillingCustomerView;
class BillingOperatorView;
class PubsModel;
class Session;

// Billing: customers see what their pubs cost, their status and invoices, and pay or subscribe;
// admins and support staff see revenue, who is overdue and the plans, and admins override. With
// billing off on the server the page has nothing to show: isAvailable() says so.
class BillingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingPage)

public:
    // None are owned; all must outlive the page.
    BillingPage(Session *session, PubsModel *pubs, QWidget *parent = nullptr);
    ~BillingPage() override;

    // Whether the server bills (GET /api/v1/plans said so for this session).
    bool isAvailable() const;
    PlanCatalog catalog() const;
    // Loads everything the page shows (again).
    void reload();

Q_SIGNALS:
    // isAvailable() or the catalog changed.
    void catalogChanged();

private:
    void loadCatalog();
    void showViewForRole();

    Session *m_session;
    BillingService m_service;
    PlanCatalog m_catalog;
    bool m_available = false;
    QStackedWidget *m_stack;
    BillingCustomerView *m_customerView;
    BillingOperatorView *m_operatorView;
};

}
