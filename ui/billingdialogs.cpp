#include "ui/billingdialogs.h"

#include "ui/billingplanchooser.h"
#include "ui/inlinemessagelabel.h"
#include "ui/pagewidgets.h"
#include "wire/currency.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
// An editable list of currencies: the common ones to pick, any ISO code to type.
QComboBox *makeCurrencyCombo(const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("currencyComboBox"));
    combo->setAccessibleName(QCoreApplication::translate("buttcloud::BillingFormDialog", "Currency"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                     QStringLiteral("JPY")});
    combo->setCurrentText(current.isEmpty() ? QStringLiteral("EUR") : current.toUpper());
    return combo;
}

}

BillingFormDialog::BillingFormDialog(BillingService *service, const QString &title, const QString &okText,
                                     const char *okObjectName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
    , m_problemLabel(new InlineMessageLabel(QStringLiteral("billingDialogErrorLabel"), tr("Problem"), this))
    , m_okButton(new QPushButton(okText, this))
{
    setWindowTitle(title);
    m_okButton->setObjectName(QString::fromLatin1(okObjectName));
    m_okButton->setAccessibleName(QString(okText).remove(QLatin1Char('&')));
    m_okButton->setDefault(true);
    m_okButton->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_okButton, QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("billingDialogCancelButton"));
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_problemLabel);
    m_layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(m_okButton, &QPushButton::clicked, this, [this] {
        if (m_acceptable && !m_busy)
            submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BillingFormDialog::~BillingFormDialog() = default;

BillingService *BillingFormDialog::service() const
{
    return m_service;
}

QFormLayout *BillingFormDialog::form() const
{
    return m_form;
}

void BillingFormDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    addAboveForm(note);
}

void BillingFormDialog::addAboveForm(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_form), widget);
}

void BillingFormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit(this);
}

void BillingFormDialog::setAcceptable(bool acceptable)
{
    m_acceptable = acceptable;
    m_okButton->setEnabled(m_acceptable && !m_busy);
}

void BillingFormDialog::showProblem(const QString &problem)
{
    m_problemLabel->showError(problem);
    growToFit(this);
}

void BillingFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_okButton->setEnabled(m_acceptable && !m_busy);
    if (busy)
        m_problemLabel->showNotice(tr("Sending…"));
    else
        m_problemLabel->showNotice({});
}

SubscribeDialog::SubscribeDialog(BillingService *service, const QString &pubId, const QString &pubName,
                                 const PlanCatalog &catalog, QWidget *parent)
    : BillingFormDialog(service, tr("Subscribe %1").arg(pubName), tr("&Subscribe"), "subscribeButton", parent)
    , m_pubId(pubId)
    , m_chooser(new BillingPlanChooser(this))
{
    setObjectName(QStringLiteral("subscribeDialog"));
    addAboveForm(m_chooser);
    connect(m_chooser, &BillingPlanChooser::changed, this, [this] { setAcceptable(m_chooser->problem().isEmpty()); });
    m_chooser->setCatalog(catalog);
}

SubscribeDialog::~SubscribeDialog() = default;

Subscription SubscribeDialog::subscription() const
{
    return m_subscription;
}

void SubscribeDialog::submit()
{
    const PlanChoice choice = m_chooser->choice();
    submitWith<Subscription>(
        [this, choice](QObject *context, BillingService::Handler<Subscription> handler) {
            service()->subscribe(m_pubId, choice.planId, choice.paymentToken, context, std::move(handler));
        },
        [this](const Subscription &subscription) { m_subscription = subscription; });
}

RecordPaymentDialog::RecordPaymentDialog(BillingService *service, const QString &pubId, const QString &pubName,
                                         const Money &suggested, QWidget *parent)
    : BillingFormDialog(service, tr("Record a Payment for %1").arg(pubName), tr("&Record Payment"), "recordPaymentButton", parent)
    , m_pubId(pubId)
    , m_amountEdit(makeLineEdit("paymentAmountLineEdit", tr("Amount"), this))
    , m_currencyCombo(makeCurrencyCombo(suggested.currency, this))
    , m_noteEdit(makeLineEdit("paymentNoteLineEdit", tr("Note"), this))
{
    setObjectName(QStringLiteral("recordPaymentDialog"));
    m_amountEdit->setPlaceholderText(QLocale().toString(12.5, 'f', 2));
    if (suggested.amount > 0)
        m_amountEdit->setText(formatMoney(suggested).section(QLatin1Char(' '), 0, 0).remove(QLocale().groupSeparator()));
    m_noteEdit->setPlaceholderText(tr("e.g. bank transfer of 24 November"));
    m_noteEdit->setMaxLength(500);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountEdit, 1);
    amountRow->addWidget(m_currencyCombo);
    addNote(tr("A payment received outside ButtCloud (e.g. a bank transfer). It is recorded as a paid "
                                 "invoice and a suspended pub starts again."));
    form()->addRow(tr("&Amount:"), amountRow);
    form()->addRow(tr("&Note:"), m_noteEdit);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &RecordPaymentDialog::validate);
    connect(m_currencyCombo, &QComboBox::currentTextChanged, this, &RecordPaymentDialog::validate);
    validate();
}

RecordPaymentDialog::~RecordPaymentDialog() = default;

Invoice RecordPaymentDialog::invoice() const
{
    return m_invoice;
}

std::optional<Money> RecordPaymentDialog::amount() const
{
    const QString currency = m_currencyCombo->currentText().trimmed().toLower();
    if (!isCurrencyCode(currency))
        return std::nullopt;
    const std::optional<qint64> minor = parseMajorUnits(m_amountEdit->text(), currency);
    if (!minor || *minor == 0)
        return std::nullopt;
    return Money{*minor, currency};
}

void RecordPaymentDialog::validate()
{
    const bool currencyOk = isCurrencyCode(m_currencyCombo->currentText().trimmed());
    const bool ok = amount().has_value();
    if (!currencyOk)
        showProblem(tr("The currency is a three-letter code such as EUR."));
    else if (!ok && !m_amountEdit->text().isEmpty())
        showProblem(tr("Type the amount in %1 with at most %n decimal(s), e.g. %2.", nullptr,
                       minorUnitDigits(m_currencyCombo->currentText().trimmed()))
                        .arg(m_currencyCombo->currentText().trimmed().toUpper(), QLocale().toString(12.5, 'f', 2)));
    else
        showProblem({});
    setAcceptable(ok);
}

void RecordPaymentDialog::submit()
{
    const std::optional<Money> money = amount();
    if (!money)
        return;
    const QString note = m_noteEdit->text().trimmed();
    submitWith<Invoice>(
        [this, money, note](QObject *context, BillingService::Handler<Invoice> handler) {
            service()->recordPayment(m_pubId, *money, note, context, std::move(handler));
        },
        [this](const Invoice &invoice) { m_invoice = invoice; });
}

ExtendGraceDialog::ExtendGraceDialog(BillingService *service, const Subscription &subscription, const QString &pubName,
                                     QWidget *parent)
    : BillingFormDialog(service, tr("Extend the Grace Period of %1").arg(pubName), tr("&Extend"), "extendGraceButton", parent)
    , m_subscription(subscription)
    , m_untilEdit(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("extendGraceDialog"));
    m_untilEdit->setObjectName(QStringLiteral("graceDateTimeEdit"));
    m_untilEdit->setAccessibleName(tr("Grace period ends"));
    m_untilEdit->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    m_untilEdit->setMinimumDateTime(now);
    const QDateTime current = subscription.graceUntil.isValid() ? subscription.graceUntil.toLocalTime() : now;
    m_untilEdit->setDateTime(std::max(current, now).addDays(7));
    addNote(tr("The pub keeps running until then; unpaid after it, it is suspended."));
    form()->addRow(tr("Grace &ends:"), m_untilEdit);
    setAcceptable(true);
}

ExtendGraceDialog::~ExtendGraceDialog() = default;

Subscription ExtendGraceDialog::subscription() const
{
    return m_subscription;
}

void ExtendGraceDialog::submit()
{
    SubscriptionOverride change;
    change.graceUntil = m_untilEdit->dateTime().toUTC();
    submitWith<Subscription>(
        [this, change](QObject *context, BillingService::Handler<Subscription> handler) {
            service()->overrideSubscription(m_subscription.pubId, change, context, std::move(handler));
        },
        [this](const Subscription &subscription) { m_subscription = subscription; });
}

NewPlanDialog::NewPlanDialog(BillingService *service, QWidget *parent)
    : BillingFormDialog(service, tr("New Plan"), tr("&Create Plan"), "createPlanButton", parent)
    , m_nameEdit(makeLineEdit("planNameLineEdit", tr("Plan name"), this))
    , m_priceEdit(makeLineEdit("planPriceLineEdit", tr("Price"), this))
    , m_currencyCombo(makeCurrencyCombo({}, this))
    , m_intervalCombo(new QComboBox(this))
    , m_trialSpinBox(new QSpinBox(this))
    , m_memorySpinBox(new QSpinBox(this))
{
    setObjectName(QStringLiteral("newPlanDialog"));
    m_nameEdit->setMaxLength(64);
    m_priceEdit->setPlaceholderText(QLocale().toString(5.0, 'f', 2));
    m_intervalCombo->setObjectName(QStringLiteral("planIntervalComboBox"));
    m_intervalCombo->setAccessibleName(tr("Billed every"));
    m_intervalCombo->addItem(tr("Month"), QStringLiteral("month"));
    m_intervalCombo->addItem(tr("Year"), QStringLiteral("year"));
    m_trialSpinBox->setObjectName(QStringLiteral("planTrialSpinBox"));
    m_trialSpinBox->setAccessibleName(tr("Free trial days"));
    m_trialSpinBox->setRange(0, 365);
    m_trialSpinBox->setSuffix(tr(" days"));
    m_memorySpinBox->setObjectName(QStringLiteral("planMemorySpinBox"));
    m_memorySpinBox->setAccessibleName(tr("Memory per pub in MiB"));
    m_memorySpinBox->setRange(0, 1024 * 1024);
    m_memorySpinBox->setSuffix(tr(" MiB"));
    m_memorySpinBox->setSpecialValueText(tr("The server's default"));
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_priceEdit, 1);
    priceRow->addWidget(m_currencyCombo);
    priceRow->addWidget(m_intervalCombo);
    form()->addRow(tr("&Name:"), m_nameEdit);
    form()->addRow(tr("&Price:"), priceRow);
    form()->addRow(tr("Free &trial:"), m_trialSpinBox);
    form()->addRow(tr("&Memory per pub:"), m_memorySpinBox);
    addNote(tr("Price, currency and interval cannot change later: retire the plan and make a new one."));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewPlanDialog::validate);
    connect(m_priceEdit, &QLineEdit::textChanged, this, &NewPlanDialog::validate);
    connect(m_currencyCombo, &QComboBox::currentTextChanged, this, &NewPlanDialog::validate);
    validate();
}

NewPlanDialog::~NewPlanDialog() = default;

Plan NewPlanDialog::plan() const
{
    return m_plan;
}

void NewPlanDialog::validate()
{
    const QString currency = m_currencyCombo->currentText().trimmed();
    const bool priceOk = isCurrencyCode(currency) && parseMajorUnits(m_priceEdit->text(), currency).has_value();
    showProblem(!m_priceEdit->text().isEmpty() && !priceOk
                    ? tr("Type the price in %1 with at most %n decimal(s).", nullptr, minorUnitDigits(currency)).arg(currency.toUpper())
                    : QString());
    setAcceptable(!m_nameEdit->text().trimmed().isEmpty() && priceOk);
}

void NewPlanDialog::submit()
{
    const QString currency = m_currencyCombo->currentText().trimmed().toLower();
    NewPlan plan;
    plan.name = m_nameEdit->text().trimmed();
    plan.price = Money{parseMajorUnits(m_priceEdit->text(), currency).value_or(0), currency};
    plan.interval = m_intervalCombo->currentData().toString();
    plan.trialDays = m_trialSpinBox->value();
    plan.memoryBytes = qint64(m_memorySpinBox->value()) * 1024 * 1024;
    submitWith<Plan>([this, plan](QObject *context, BillingService::Handler<Plan> handler) {
        service()->createPlan(plan, context, std::move(handler));
    }, [this](const Plan &created) { m_plan = created; });
}

}
