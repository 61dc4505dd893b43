#include "ui/newrolloutdialog.h"

#include "ui/inlinemessagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace buttcloud {

NewRolloutDialog::NewRolloutDialog(RolloutService *service, const QStringList &selectedPubIds, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_selectedPubIds(selectedPubIds)
    , m_imageEdit(new QLineEdit(this))
    , m_batchSpinBox(new QSpinBox(this))
    , m_pauseSpinBox(new QSpinBox(this))
    , m_allPubsRadio(new QRadioButton(tr("&Every pub"), this))
    , m_selectedPubsRadio(new QRadioButton(tr("Only the %n pub(s) &selected in the pubs list", nullptr,
                                              int(selectedPubIds.size())), this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("rolloutErrorLabel"), tr("Rollout problem"), this))
    , m_startButton(new QPushButton(tr("S&tart Rollout"), this))
{
    setObjectName(QStringLiteral("newRolloutDialog"));
    setWindowTitle(tr("New Rollout"));
    m_imageEdit->setObjectName(QStringLiteral("rolloutImageLineEdit"));
    m_imageEdit->setAccessibleName(tr("Image"));
    m_imageEdit->setPlaceholderText(tr("e.g. buttcloud/pub:16.0.2"));
    m_batchSpinBox->setObjectName(QStringLiteral("rolloutBatchSpinBox"));
    m_batchSpinBox->setAccessibleName(tr("Batch size"));
    m_batchSpinBox->setRange(1, MaxRolloutBatchSize);
    m_batchSpinBox->setValue(1);
    m_pauseSpinBox->setObjectName(QStringLiteral("rolloutPauseSpinBox"));
    m_pauseSpinBox->setAccessibleName(tr("Pause between batches in seconds"));
    m_pauseSpinBox->setRange(0, MaxRolloutPauseSeconds);
    m_pauseSpinBox->setSuffix(tr(" s"));
    m_allPubsRadio->setObjectName(QStringLiteral("rolloutAllPubsRadioButton"));
    m_allPubsRadio->setAccessibleName(tr("Every pub"));
    m_selectedPubsRadio->setObjectName(QStringLiteral("rolloutSelectedPubsRadioButton"));
    m_selectedPubsRadio->setAccessibleName(tr("Only the selected pubs"));
    m_selectedPubsRadio->setEnabled(!selectedPubIds.isEmpty());
    m_allPubsRadio->setChecked(true);
    m_startButton->setObjectName(QStringLiteral("rolloutStartButton"));
    m_startButton->setAccessibleName(tr("Start the rollout"));
    m_startButton->setDefault(true);

    auto *hint = new QLabel(tr("Pubs are updated a batch at a time, each keeping its identity; a pub that fails is "
                               "rolled back and pauses the rollout."), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_imageEdit);
    form->addRow(tr("&Batch size:"), m_batchSpinBox);
    form->addRow(tr("&Pause between batches:"), m_pauseSpinBox);
    form->addRow(tr("Pubs:"), m_allPubsRadio);
    form->addRow(QString(), m_selectedPubsRadio);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_startButton, QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("rolloutCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_imageEdit, &QLineEdit::textChanged, this, &NewRolloutDialog::validate);
    connect(m_startButton, &QPushButton::clicked, this, &NewRolloutDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewRolloutDialog::~NewRolloutDialog() = default;

Rollout NewRolloutDialog::startedRollout() const
{
    return m_rollout;
}

NewRollout NewRolloutDialog::request() const
{
    NewRollout rollout;
    rollout.image = m_imageEdit->text().trimmed();
    rollout.batchSize = m_batchSpinBox->value();
    rollout.pauseSeconds = m_pauseSpinBox->value();
    if (m_selectedPubsRadio->isChecked())
        rollout.pubIds = m_selectedPubIds;
    return rollout;
}

void NewRolloutDialog::validate()
{
    const QString image = m_imageEdit->text().trimmed();
    const bool valid = isValidImageReference(image);
    // An empty field is not an error yet: the user has not typed anything.
    if (!image.isEmpty() && !valid)
        m_errorLabel->showError(tr("An image is written name:tag, e.g. buttcloud/pub:16.0.2: lowercase letters, "
                                   "digits, dots, hyphens and slashes in the name."));
    else
        m_errorLabel->showError({});
    m_startButton->setEnabled(!m_busy && valid);
}

void NewRolloutDialog::start()
{
    const NewRollout rollout = request();
    if (m_busy || !isValidImageReference(rollout.image))
        return;
    m_busy = true;
    m_startButton->setEnabled(false);
    m_service->create(rollout, this, [this](const Result<Rollout> &result) {
        m_busy = false;
        if (!result.ok()) {
            m_errorLabel->showError(result.errorMessage());
            m_startButton->setEnabled(isValidImageReference(m_imageEdit->text().trimmed()));
            return;
        }
        m_rollout = result.value();
        accept();
    });
}

}
