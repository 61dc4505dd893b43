#pragma once

#include "models/apitypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace buttcloud {

class BillingPlanChooser;
class PubService;
struct PlanCatalog;

// Asks for a new pub's name, checks it as the user types (the server's rule) and creates the pub;
// closes only when the server accepted it.
class CreatePubDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePubDialog)

public:
    explicit CreatePubDialog(PubService *service, QWidget *parent = nullptr);
    ~CreatePubDialog() override;

    // With billing on, the new pub needs a plan: shows the chooser for the catalog's plans.
    void setPlanCatalog(const PlanCatalog &catalog);

    // Valid once the dialog was accepted.
    Pub createdPub() const;

private:
    void validate();
    void create();
    void setBusy(bool busy);
    bool planIsChosen() const;

    PubService *m_service;
    QLineEdit *m_nameEdit;
    QLabel *m_errorLabel;
    BillingPlanChooser *m_planChooser = nullptr; // only with billing on
    QPushButton *m_createButton;
    Pub m_createdPub;
    bool m_busy = false;
};

}
