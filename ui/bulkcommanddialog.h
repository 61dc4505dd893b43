#pragma once

#include "models/commandservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace buttcloud {

class BulkCommandModel;
class PubsModel;

// Runs one read-only command on the pubs chosen in the pubs table and shows each pub's result.
class BulkCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCommandDialog)

public:
    // Neither service nor pubs is owned; both must outlive the dialog.
    BulkCommandDialog(const BulkCommandTarget &target, CommandService *service, PubsModel *pubs, QWidget *parent = nullptr);
    ~BulkCommandDialog() override;

private:
    void loadCommands();
    void run();
    void updateButtons();

    BulkCommandTarget m_target;
    CommandService *m_service;
    BulkCommandModel *m_model;
    QList<CommandSpec> m_commands;
    QComboBox *m_commandCombo;
    QPushButton *m_runButton;
    QLabel *m_statusLabel;
    QTableView *m_resultsView;
};

}
