#include "ui/auditpage.h"

#include "models/auditlogmodel.h"
#include "models/pubsmodel.h"
#include "models/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

AuditPage::AuditPage(Session *session, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_pubs(pubs)
    , m_model(new AuditLogModel(session, pubs, this))
    , m_pubCombo(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_olderButton(new QPushButton(tr("Load &Older"), this))
    , m_errorLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_pubCombo->setObjectName(QStringLiteral("auditPubComboBox"));
    m_pubCombo->setAccessibleName(tr("Show the entries of"));
    m_refreshButton->setObjectName(QStringLiteral("auditRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the audit log"));
    m_olderButton->setObjectName(QStringLiteral("auditOlderButton"));
    m_olderButton->setAccessibleName(tr("Load older audit entries"));
    m_errorLabel->setObjectName(QStringLiteral("auditErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_tableView->setObjectName(QStringLiteral("auditTableView"));
    m_tableView->setAccessibleName(tr("Audit log"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);

    reloadPubChoices();
    connect(m_pubs, &QAbstractItemModel::rowsInserted, this, &AuditPage::reloadPubChoices);
    connect(m_pubs, &QAbstractItemModel::rowsRemoved, this, &AuditPage::reloadPubChoices);
    connect(m_pubs, &QAbstractItemModel::modelReset, this, &AuditPage::reloadPubChoices);
    connect(m_pubCombo, &QComboBox::activated, this, [this] {
        m_model->setPubFilter(m_pubCombo->currentData().toString());
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_olderButton, &QPushButton::clicked, m_model, &AuditLogModel::loadOlder);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditPage::updateButtons);
    connect(m_model, &AuditLogModel::loaded, m_errorLabel, &QLabel::hide);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    connect(session, &Session::signedOut, m_model, &AuditLogModel::clear);

    auto *controls = new QHBoxLayout;
    auto *pubLabel = new QLabel(tr("&Pub:"), this);
    pubLabel->setBuddy(m_pubCombo);
    controls->addWidget(pubLabel);
    controls->addWidget(m_pubCombo, 1);
    controls->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tableView);
    layout->addWidget(m_olderButton, 0, Qt::AlignRight);
    updateButtons();
}

AuditPage::~AuditPage() = default;

AuditLogModel *AuditPage::model() const
{
    return m_model;
}

void AuditPage::reload()
{
    m_model->refresh();
}

void AuditPage::reloadPubChoices()
{
    const QString current = m_pubCombo->currentData().toString();
    m_pubCombo->clear();
    m_pubCombo->addItem(tr("All pubs"), QString());
    for (int row = 0; row < m_pubs->rowCount(); ++row) {
        const QModelIndex name = m_pubs->index(row, PubsModel::NameColumn);
        m_pubCombo->addItem(name.data().toString(), name.data(PubsModel::PubIdRole));
    }
    m_pubCombo->setCurrentIndex(std::max(0, m_pubCombo->findData(current)));
    if (m_pubCombo->currentData().toString() != m_model->pubFilter() && m_model->rowCount() > 0)
        m_model->setPubFilter(m_pubCombo->currentData().toString()); // the chosen pub is gone
}

void AuditPage::updateButtons()
{
    m_refreshButton->setEnabled(!m_model->isLoading());
    m_olderButton->setEnabled(!m_model->isLoading() && m_model->canLoadOlder());
}

}
