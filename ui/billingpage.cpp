#include "ui/billingpage.h"

#include "models/session.h"
#include "ui/billingcustomerview.h"
#include "ui/billingoperatorview.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace buttcloud {

BillingPage::BillingPage(Session *session, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_stack(new QStackedWidget(this))
    , m_customerView(new BillingCustomerView(&m_service, pubs, m_stack))
    , m_operatorView(new BillingOperatorView(session, &m_service, pubs, m_stack))
{
    setObjectName(QStringLiteral("billingPage"));
    m_stack->addWidget(m_customerView);
    m_stack->addWidget(m_operatorView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &Session::signedIn, this, &BillingPage::loadCatalog);
    const auto forget = [this] {
        m_available = false;
        m_catalog = {};
        m_customerView->clear();
        m_operatorView->clear();
        Q_EMIT catalogChanged();
    };
    connect(m_session, &Session::signedOut, this, forget);
    connect(m_session, &Session::sessionExpired, this, forget);
    // Plans made or retired on the operators' view change what customers and new pubs may choose.
    connect(m_operatorView, &BillingOperatorView::plansChanged, this, &BillingPage::loadCatalog);
    if (m_session->isSignedIn())
        loadCatalog();
}

BillingPage::~BillingPage() = default;

bool BillingPage::isAvailable() const
{
    return m_available;
}

PlanCatalog BillingPage::catalog() const
{
    return m_catalog;
}

void BillingPage::loadCatalog()
{
    m_service.plans(this, [this](const Result<PlanCatalog> &result) {
        // A server that cannot say (an old one, or a failure) is treated as not billing: the pubs
        // page works either way, and the next sign-in asks again.
        m_catalog = result.ok() ? result.value() : PlanCatalog{};
        m_available = m_catalog.mode != BillingMode::Off;
        m_customerView->setCatalog(m_catalog);
        m_operatorView->setCatalog(m_catalog);
        showViewForRole();
        Q_EMIT catalogChanged();
    });
}

void BillingPage::showViewForRole()
{
    const bool operatesService = m_session->isSignedIn() && m_session->user().role != Role::Customer;
    m_stack->setCurrentWidget(operatesService ? static_cast<QWidget *>(m_operatorView) : m_customerView);
}

void BillingPage::reload()
{
    showViewForRole();
    if (m_stack->currentWidget() == m_operatorView)
        m_operatorView->reload();
    else
        m_customerView->reload();
}

}
