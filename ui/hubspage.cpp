#include "ui/hubspage.h"

#include "models/hubsmodel.h"
#include "models/session.h"
#include "ui/addhubwizard.h"
#include "ui/bulkcommanddialog.h"
#include "ui/messagebox.h"
#include "ui/pagewidgets.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QLabel *makeFigureLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}

HubsPage::HubsPage(Session *session, EventStream *stream, CommandService *commands, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stream(stream)
    , m_commands(commands)
    , m_pubs(pubs)
    , m_service(session)
    , m_model(new HubsModel(&m_service, this))
    , m_addButton(makeButton(tr("&Add Hub…"), "hubsAddButton", tr("Add a hub"), this))
    , m_drainButton(makeButton(tr("&Drain…"), "hubsDrainButton", tr("Drain the selected hub"), this))
    , m_removeButton(makeButton(tr("Re&move…"), "hubsRemoveButton", tr("Remove the selected hub"), this))
    , m_commandButton(makeButton(tr("Run &Command…"), "hubsCommandButton",
                                 tr("Run a read-only command on every pub of the selected hub"), this))
    , m_refreshButton(makeButton(tr("&Refresh"), "hubsRefreshButton", tr("Refresh the hubs"), this))
    , m_errorLabel(makeFigureLabel("hubsErrorLabel", this))
    , m_tableView(new QTableView(this))
    , m_chartView(new QChartView(this))
    , m_totalsLabel(makeFigureLabel("capacityTotalsLabel", this))
    , m_observedLabel(makeFigureLabel("capacityObservedLabel", this))
    , m_planLabel(makeFigureLabel("capacityPlanLabel", this))
    , m_whatIfSpinBox(new QSpinBox(this))
    , m_whatIfLabel(makeFigureLabel("capacityWhatIfLabel", this))
    , m_whatIfTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("hubsPage"));
    m_errorLabel->hide();
    m_tableView->setObjectName(QStringLiteral("hubsTableView"));
    m_tableView->setAccessibleName(tr("Hubs"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);

    m_chartView->setObjectName(QStringLiteral("capacityChartView"));
    m_chartView->setAccessibleName(tr("Memory reserved and free per hub"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartView->chart()->setTitle(tr("Memory per hub (GiB)"));
    m_chartView->chart()->setAnimationOptions(QChart::NoAnimation);

    m_whatIfSpinBox->setObjectName(QStringLiteral("capacityWhatIfSpinBox"));
    m_whatIfSpinBox->setAccessibleName(tr("How many more pubs"));
    m_whatIfSpinBox->setRange(0, 100000);
    m_whatIfSpinBox->setSingleStep(10);
    // Ask once the user stops typing, not per digit.
    m_whatIfTimer->setSingleShot(true);
    m_whatIfTimer->setInterval(400);
    connect(m_whatIfSpinBox, &QSpinBox::valueChanged, m_whatIfTimer, qOverload<>(&QTimer::start));
    connect(m_whatIfTimer, &QTimer::timeout, this, &HubsPage::loadCapacity);

    connect(m_addButton, &QPushButton::clicked, this, &HubsPage::addHub);
    connect(m_drainButton, &QPushButton::clicked, this, &HubsPage::drainHub);
    connect(m_removeButton, &QPushButton::clicked, this, &HubsPage::removeHub);
    connect(m_commandButton, &QPushButton::clicked, this, &HubsPage::runCommandOnPubs);
    connect(m_refreshButton, &QPushButton::clicked, this, &HubsPage::reload);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HubsPage::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HubsPage::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HubsPage::updateControls);
    connect(m_model, &HubsModel::loaded, m_errorLabel, &QLabel::hide);
    connect(m_model, &HubsModel::loadFailed, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    connect(m_session, &Session::signedIn, this, &HubsPage::updateControls);
    connect(m_session, &Session::signedOut, m_model, &HubsModel::clear);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_drainButton, m_removeButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_commandButton);
    buttons->addWidget(m_refreshButton);

    auto *capacityBox = new QGroupBox(tr("Capacity"), this);
    auto *whatIfRow = new QHBoxLayout;
    auto *whatIfLabel = new QLabel(tr("&What if there were"), capacityBox);
    whatIfLabel->setBuddy(m_whatIfSpinBox);
    whatIfRow->addWidget(whatIfLabel);
    whatIfRow->addWidget(m_whatIfSpinBox);
    whatIfRow->addWidget(new QLabel(tr("more pubs?"), capacityBox));
    whatIfRow->addStretch();
    auto *figures = new QVBoxLayout;
    figures->addWidget(m_totalsLabel);
    figures->addWidget(m_observedLabel);
    figures->addWidget(m_planLabel);
    figures->addLayout(whatIfRow);
    figures->addWidget(m_whatIfLabel);
    figures->addStretch();
    auto *capacityLayout = new QHBoxLayout(capacityBox);
    capacityLayout->addWidget(m_chartView, 3);
    capacityLayout->addLayout(figures, 2);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_errorLabel);
    topLayout->addWidget(m_tableView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(capacityBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateControls();
}

HubsPage::~HubsPage() = default;

HubsModel *HubsPage::hubsModel() const
{
    return m_model;
}

void HubsPage::reload()
{
    m_model->setEventStream(m_stream);
    m_model->refresh();
    loadCapacity();
}

void HubsPage::loadCapacity()
{
    m_service.capacity(m_whatIfSpinBox->value(), this, [this](const Result<Capacity> &result) {
        if (!result.ok()) {
            m_totalsLabel->setText(result.errorMessage());
            return;
        }
        showCapacity(result.value());
    });
}

void HubsPage::showCapacity(const Capacity &capacity)
{
    auto *reserved = new QBarSet(tr("Reserved"));
    auto *free = new QBarSet(tr("Free"));
    reserved->setColor(QColor(0xb2, 0x6a, 0x00));
    free->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList names;
    double largest = 1;
    for (const HubCapacity &hub : capacity.hubs) {
        names.append(hub.name);
        reserved->append(double(hub.reservedBytes) / GiB);
        free->append(double(hub.freeBytes) / GiB);
        largest = std::max(largest, double(hub.reservedBytes + hub.freeBytes) / GiB);
    }
    auto *series = new QStackedBarSeries;
    series->append(reserved);
    series->append(free);

    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->addSeries(series);
    auto *hubAxis = new QBarCategoryAxis;
    hubAxis->append(names);
    auto *memoryAxis = new QValueAxis;
    memoryAxis->setRange(0, largest * 1.1);
    memoryAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(hubAxis, Qt::AlignBottom);
    chart->addAxis(memoryAxis, Qt::AlignLeft);
    series->attachAxis(hubAxis);
    series->attachAxis(memoryAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_totalsLabel->setText(capacityTotalsText(capacity));
    m_observedLabel->setText(capacityObservedText(capacity));
    m_planLabel->setText(capacityPlanText(capacity));
    m_whatIfLabel->setText(capacityWhatIfText(capacity));
}

std::optional<Hub> HubsPage::selectedHub() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->hubAt(rows.first().row());
}

void HubsPage::updateControls()
{
    // Support staff see the hubs and their capacity, but no control they may not use.
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    for (QPushButton *button : {m_addButton, m_drainButton, m_removeButton})
        button->setVisible(admin);
    const std::optional<Hub> hub = selectedHub();
    m_drainButton->setEnabled(hub && canDrainHub(*hub));
    m_removeButton->setEnabled(hub && canRemoveHub(*hub));
    m_commandButton->setEnabled(hub && hub->pubs > 0);
}

void HubsPage::runCommandOnPubs()
{
    if (const std::optional<Hub> hub = selectedHub()) {
        auto *dialog = new BulkCommandDialog({{}, hub->name}, m_commands, m_pubs, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void HubsPage::addHub()
{
    auto *wizard = new AddHubWizard(&m_service, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const Hub hub = wizard->addedHub();
        m_model->updateHub(hub);
        if (hub.job)
            Q_EMIT jobStarted(*hub.job, hub.name);
        loadCapacity();
    });
    wizard->open();
}

void HubsPage::drainHub()
{
    const std::optional<Hub> hub = selectedHub();
    if (!hub)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Drain Hub"),
        tr("Drain the hub “%1”? Its %n pub(s) move to other hubs and it takes no new ones.", nullptr, hub->pubs)
            .arg(hub->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button == QMessageBox::Yes)
        m_service.drain(hub->id, this, hubActionHandler(tr("Could not drain the hub")));
}

void HubsPage::removeHub()
{
    const std::optional<Hub> hub = selectedHub();
    if (!hub)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Remove Hub"),
        tr("Remove the hub “%1” from the swarm? The machine itself is left as it is.").arg(hub->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button == QMessageBox::Yes)
        m_service.remove(hub->id, this, hubActionHandler(tr("Could not remove the hub")));
}

HubService::Handler<Hub> HubsPage::hubActionHandler(const QString &failureTitle)
{
    return [this, failureTitle](const Result<Hub> &result) {
        if (!result.ok()) {
            MessageBox::warning(this, failureTitle, result.errorMessage());
            m_model->refresh();
            return;
        }
        m_model->updateHub(result.value());
        if (result.value().job)
            Q_EMIT jobStarted(*result.value().job, result.value().name);
        loadCapacity();
    };
}

}
