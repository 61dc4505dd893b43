#pragma once

#include "models/rolloutservice.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace buttcloud {

class InlineMessageLabel;

// Asks for a new rollout: the image (checked as the user types, by the server's rule), the batch
// size, the pause between batches, and every pub or only the ones selected in the pubs list.
// Closes only when the server accepted it.
class NewRolloutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRolloutDialog)

public:
    // selectedPubIds: the pubs selected in the pubs list; the choice "selected pubs" needs one.
    NewRolloutDialog(RolloutService *service, const QStringList &selectedPubIds, QWidget *parent = nullptr);
    ~NewRolloutDialog() override;

    // Valid once the dialog was accepted.
    Rollout startedRollout() const;

private:
    void validate();
    void start();
    NewRollout request() const;

    RolloutService *m_service;
    QStringList m_selectedPubIds;
    QLineEdit *m_imageEdit;
    QSpinBox *m_batchSpinBox;
    QSpinBox *m_pauseSpinBox;
    QRadioButton *m_allPubsRadio;
    QRadioButton *m_selectedPubsRadio;
    InlineMessageLabel *m_errorLabel;
    QPushButton *m_startButton;
    Rollout m_rollout;
    bool m_busy = false;
};

}
