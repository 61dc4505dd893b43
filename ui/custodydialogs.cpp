#include "ui/custodydialogs.h"

#include "models/custodyservice.h"
#include "models/hubservice.h"
#include "models/pubname.h"
#include "ui/filechooser.h"
#include "ui/inlinemessagelabel.h"
#include "ui/pagewidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
QDialogButtonBox *makeButtons(QDialog *dialog, QPushButton *action)
{
    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(action, QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(QDialog::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
}

void loadHubChoices(HubService *hubs, QComboBox *combo, const QString &exceptHubId, const QString &noneText,
                    InlineMessageLabel *error, QObject *context)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    QPointer<QComboBox> guard(combo);
    hubs->list(context, [guard, exceptHubId, error](const Result<QList<Hub>> &result) {
        if (!guard)
            return;
        if (!result.ok()) {
            error->showError(result.errorMessage());
            return;
        }
        for (const Hub &hub : result.value()) {
            if (hub.state == HubState::Ready && hub.id != exceptHubId)
                guard->addItem(hub.name, hub.id);
        }
        if (guard->count() == 0)
            error->showError(QDialog::tr("No other hub is ready to take the pub."));
    });
}

ImportPubDialog::ImportPubDialog(CustodyService *custody, HubService *hubs, QWidget *parent)
    : QDialog(parent)
    , m_custody(custody)
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(makeButton(tr("&Browse…"), "importBrowseButton", tr("Choose the archive file"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_progressBar(new QProgressBar(this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("importErrorLabel"), tr("Import problem"), this))
    , m_importButton(makeButton(tr("&Import"), "importButton", tr("Import the pub"), this))
{
    setObjectName(QStringLiteral("importPubDialog"));
    setWindowTitle(tr("Import Pub"));
    m_fileEdit->setObjectName(QStringLiteral("importFileLineEdit"));
    m_fileEdit->setAccessibleName(tr("Archive file"));
    m_nameEdit->setObjectName(QStringLiteral("importNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Name of the new pub"));
    m_nameEdit->setMaxLength(MaxPubNameLength);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Upload progress"));
    m_progressBar->hide();
    m_importButton->setDefault(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Archive:"), fileRow);
    form->addRow(tr("&Name:"), m_nameEdit);
    if (hubs) {
        m_hubCombo = new QComboBox(this);
        m_hubCombo->setObjectName(QStringLiteral("importHubComboBox"));
        m_hubCombo->setAccessibleName(tr("Hub to restore the pub on"));
        form->addRow(tr("&Hub:"), m_hubCombo);
        loadHubChoices(hubs, m_hubCombo, {}, tr("Wherever the server chooses"), m_errorLabel, this);
    }
    auto *hint = new QLabel(tr("The pub keeps the identity (feed id) of the archive. Archives are made by "
                               "“Export…” on a pub."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_errorLabel);
    layout->addWidget(makeButtons(this, m_importButton));
    setMinimumWidth(460);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportPubDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportPubDialog::validate);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ImportPubDialog::validate);
    connect(m_importButton, &QPushButton::clicked, this, &ImportPubDialog::startImport);
    validate();
}

ImportPubDialog::~ImportPubDialog() = default;

Pub ImportPubDialog::importedPub() const
{
    return m_pub;
}

void ImportPubDialog::chooseFile()
{
    const QString path = FileChooser::openFileName(this, tr("Choose a Pub Archive"), pubArchiveFilter());
    if (path.isEmpty())
        return;
    m_fileEdit->setText(path);
    // The archive's own name is a good first guess for the pub's.
    if (m_nameEdit->text().isEmpty() && isValidPubName(QFileInfo(path).completeBaseName()))
        m_nameEdit->setText(QFileInfo(path).completeBaseName());
}

void ImportPubDialog::validate()
{
    const QString name = m_nameEdit->text();
    const QString file = m_fileEdit->text();
    QString problem = name.isEmpty() ? QString() : pubNameProblem(name);
    if (problem.isEmpty() && !file.isEmpty() && !QFileInfo(file).isFile())
        problem = tr("There is no file %1.").arg(file);
    m_errorLabel->showError(problem);
    m_importButton->setEnabled(!m_busy && isValidPubName(name) && QFileInfo(file).isFile());
}

void ImportPubDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_fileEdit), static_cast<QWidget *>(m_nameEdit),
                           static_cast<QWidget *>(m_browseButton)})
        field->setEnabled(!busy);
    if (m_hubCombo)
        m_hubCombo->setEnabled(!busy);
    m_progressBar->setVisible(busy);
    m_importButton->setText(busy ? tr("Importing…") : tr("&Import"));
    if (!busy)
        validate();
    else
        m_importButton->setEnabled(false);
}

void ImportPubDialog::startImport()
{
    if (m_busy || !isValidPubName(m_nameEdit->text()))
        return;
    setBusy(true);
    m_progressBar->setRange(0, 0);
    const QString hubId = m_hubCombo ? m_hubCombo->currentData().toString() : QString();
    m_custody->importPub(
        m_fileEdit->text(), m_nameEdit->text(), hubId, this,
        [this](qint64 done, qint64 total) {
            if (total > 0) {
                m_progressBar->setRange(0, 1000);
                m_progressBar->setValue(int(done * 1000 / total));
            }
        },
        [this](const Result<Pub> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_errorLabel->showError(result.errorMessage());
                return;
            }
            m_pub = result.value();
            accept();
        });
}

MovePubDialog::MovePubDialog(const Pub &pub, CustodyService *custody, HubService *hubs, QWidget *parent)
    : QDialog(parent)
    , m_pub(pub)
    , m_custody(custody)
    , m_hubCombo(new QComboBox(this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("moveErrorLabel"), tr("Move problem"), this))
    , m_moveButton(makeButton(tr("&Move"), "moveButton", tr("Move the pub"), this))
{
    setObjectName(QStringLiteral("movePubDialog"));
    setWindowTitle(tr("Move Pub to Hub"));
    m_hubCombo->setObjectName(QStringLiteral("moveHubComboBox"));
    m_hubCombo->setAccessibleName(tr("Hub to move the pub to"));
    m_moveButton->setDefault(true);

    auto *text = new QLabel(tr("Move “%1” with its identity and data to another hub. It is stopped while its data "
                               "is copied, and its old copy is removed only once it answers on the new hub.")
                                .arg(pub.name), this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Hub:"), m_hubCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(makeButtons(this, m_moveButton));
    setMinimumWidth(420);

    connect(m_hubCombo, &QComboBox::currentIndexChanged, this, &MovePubDialog::validate);
    connect(m_moveButton, &QPushButton::clicked, this, &MovePubDialog::move);
    loadHubChoices(hubs, m_hubCombo, pub.hubId, {}, m_errorLabel, this);
    validate();
}

MovePubDialog::~MovePubDialog() = default;

Pub MovePubDialog::movedPub() const
{
    return m_pub;
}

void MovePubDialog::validate()
{
    m_moveButton->setEnabled(!m_busy && !m_hubCombo->currentData().toString().isEmpty());
}

void MovePubDialog::move()
{
    const QString hubId = m_hubCombo->currentData().toString();
    if (m_busy || hubId.isEmpty())
        return;
    m_busy = true;
    validate();
    m_custody->movePub(m_pub.id, hubId, this, [this](const Result<Pub> &result) {
        m_busy = false;
        validate();
        if (!result.ok()) {
            m_errorLabel->showError(result.errorMessage());
            return;
        }
        m_pub = result.value();
        accept();
    });
}

}
