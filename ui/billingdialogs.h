#pragma once

#include "models/billingservice.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace buttcloud {

class BillingPlanChooser;
class InlineMessageLabel;

// A small form that sends one billing request and closes only when the server accepted it; a
// refusal is shown in the dialog, which stays open to correct it.
class BillingFormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingFormDialog)

public:
    ~BillingFormDialog() override;

protected:
    BillingFormDialog(BillingService *service, const QString &title, const QString &okText, const char *okObjectName,
                      QWidget *parent);

    BillingService *service() const;
    QFormLayout *form() const;
    // Above the form: a wrapped sentence, or a widget of its own (a form row would clip wrapped text).
    void addNote(const QString &text);
    void addAboveForm(QWidget *widget);
    void showEvent(QShowEvent *event) override;
    // Enables the OK button when the form can be sent (and nothing is on its way).
    void setAcceptable(bool acceptable);
    void showProblem(const QString &problem);
    // Sends with `send`, which must answer through the handler it is given.
    template<typename T>
    void submitWith(const std::function<void(QObject *, BillingService::Handler<T>)> &send,
                    const std::function<void(const T &)> &accepted)
    {
        setBusy(true);
        send(this, [this, accepted](const Result<T> &result) {
            setBusy(false);
            if (!result.ok()) {
                showProblem(result.errorMessage());
                return;
            }
            accepted(result.value());
            accept();
        });
    }

private:
    virtual void submit() = 0;
    void setBusy(bool busy);

    BillingService *m_service;
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    InlineMessageLabel *m_problemLabel;
    QPushButton *m_okButton;
    bool m_acceptable = false;
    bool m_busy = false;
};

// Subscribes a pub without a live subscription to a plan.
class SubscribeDialog final : public BillingFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscribeDialog)

public:
    SubscribeDialog(BillingService *service, const QString &pubId, const QString &pubName, const PlanCatalog &catalog,
                    QWidget *parent = nullptr);
    ~SubscribeDialog() override;

    Subscription subscription() const; // valid once accepted

private:
    void submit() override;

    QString m_pubId;
    BillingPlanChooser *m_chooser;
    Subscription m_subscription;
};

// An admin records a payment made by hand (billing offline): amount typed in major units.
class RecordPaymentDialog final : public BillingFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPaymentDialog)

public:
    // suggested: the amount due, prefilled.
    RecordPaymentDialog(BillingService *service, const QString &pubId, const QString &pubName, const Money &suggested,
                        QWidget *parent = nullptr);
    ~RecordPaymentDialog() override;

    Invoice invoice() const; // valid once accepted

private:
    void validate();
    void submit() override;
    std::optional<Money> amount() const;

    QString m_pubId;
    QLineEdit *m_amountEdit;
    QComboBox *m_currencyCombo;
    QLineEdit *m_noteEdit;
    Invoice m_invoice;
};

// An admin moves an overdue subscription's grace end (or comps it, cancels it: see the page).
class ExtendGraceDialog final : public BillingFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtendGraceDialog)

public:
    ExtendGraceDialog(BillingService *service, const Subscription &subscription, const QString &pubName,
                      QWidget *parent = nullptr);
    ~ExtendGraceDialog() override;

    Subscription subscription() const; // the changed one, once accepted

private:
    void submit() override;

    Subscription m_subscription;
    QDateTimeEdit *m_untilEdit;
};

// An admin offers a new plan. Price, currency and interval cannot change later (invoices refer to them).
class NewPlanDialog final : public BillingFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPlanDialog)

public:
    explicit NewPlanDialog(BillingService *service, QWidget *parent = nullptr);
    ~NewPlanDialog() override;

    Plan plan() const; // valid once accepted

private:
    void validate();
    void submit() override;

    QLineEdit *m_nameEdit;
    QLineEdit *m_priceEdit;
    QComboBox *m_currencyCombo;
    QComboBox *m_intervalCombo;
    QSpinBox *m_trialSpinBox;
    QSpinBox *m_memorySpinBox;
    Plan m_plan;
};

}
