#include "ui/bulkcommanddialog.h"

#include "models/bulkcommandmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

BulkCommandDialog::BulkCommandDialog(const BulkCommandTarget &target, CommandService *service, PubsModel *pubs,
                                     QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_service(service)
    , m_model(new BulkCommandModel(service, pubs, this))
    , m_commandCombo(new QComboBox(this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_statusLabel(new QLabel(this))
    , m_resultsView(new QTableView(this))
{
    setObjectName(QStringLiteral("bulkCommandDialog"));
    setWindowTitle(target.node.isEmpty() ? tr("Run a Command on %n Pub(s)", nullptr, int(target.pubIds.size()))
                                         : tr("Run a Command on the Pubs of %1").arg(target.node));

    m_commandCombo->setObjectName(QStringLiteral("bulkCommandComboBox"));
    m_commandCombo->setAccessibleName(tr("Command"));
    m_runButton->setObjectName(QStringLiteral("bulkRunButton"));
    m_runButton->setAccessibleName(tr("Run the command on the chosen pubs"));
    m_runButton->setDefault(true);
    m_statusLabel->setObjectName(QStringLiteral("bulkStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_resultsView->setObjectName(QStringLiteral("bulkResultsTableView"));
    m_resultsView->setAccessibleName(tr("Results per pub"));
    m_resultsView->setModel(m_model);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setSectionResizeMode(BulkCommandModel::OutputColumn, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("&Command:"), m_commandCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &BulkCommandDialog::run);
    connect(m_model, &BulkCommandModel::runningChanged, this, &BulkCommandDialog::updateButtons);
    connect(m_model, &BulkCommandModel::runFailed, m_statusLabel, &QLabel::setText);
    connect(m_model, &BulkCommandModel::finished, this, [this] {
        int succeeded = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            succeeded += m_model->index(row, 0).data(BulkCommandModel::SucceededRole).toBool() ? 1 : 0;
        m_statusLabel->setText(tr("Succeeded on %1 of %n pub(s).", nullptr, m_model->rowCount()).arg(succeeded));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_resultsView);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(720, 420);
    loadCommands();
}

BulkCommandDialog::~BulkCommandDialog() = default;

void BulkCommandDialog::loadCommands()
{
    m_statusLabel->setText(tr("Loading the commands…"));
    updateButtons();
    m_service->list(this, [this](const Result<QList<CommandSpec>> &result) {
        if (!result.ok()) {
            m_statusLabel->setText(result.errorMessage());
            return;
        }
        // Only read-only commands that need no arguments run on many pubs at once.
        for (const CommandSpec &command : result.value()) {
            const bool needsArguments = std::any_of(command.arguments.cbegin(), command.arguments.cend(),
                                                    [](const CommandArgumentSpec &argument) { return argument.required; });
            if (command.readOnly && !needsArguments) {
                m_commands.append(command);
                m_commandCombo->addItem(command.name);
                m_commandCombo->setItemData(m_commandCombo->count() - 1, command.description, Qt::ToolTipRole);
            }
        }
        if (m_commands.isEmpty())
            m_statusLabel->setText(tr("Your account may run no read-only command on several pubs."));
        else if (m_target.node.isEmpty())
            m_statusLabel->setText(tr("%n pub(s) chosen.", nullptr, int(m_target.pubIds.size())));
        else
            m_statusLabel->setText(tr("Every pub on %1.").arg(m_target.node));
        updateButtons();
    });
}

void BulkCommandDialog::run()
{
    const int index = m_commandCombo->currentIndex();
    if (index < 0 || index >= m_commands.size())
        return;
    m_statusLabel->setText(tr("Running %1…").arg(m_commands.at(index).name));
    m_model->run(m_target, m_commands.at(index));
}

void BulkCommandDialog::updateButtons()
{
    m_runButton->setEnabled(!m_commands.isEmpty() && !m_model->isRunning());
    m_commandCombo->setEnabled(!m_model->isRunning());
}

}
