#pragma once

#include "models/commandservice.h"

#include <QList>
#include <QWidget>
#include <optional>
#include <variant>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace buttcloud {

class CommandHistoryModel;
class EventStream;

// The Commands tab of a pub: pick an allow-listed command, fill in its arguments (editors made from
// its schema, checked as you type and again before sending), run it, and read or copy the output.
// An invite is shown with a copy button and as a QR code for a phone.
class CommandConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandConsole)

public:
    // service and stream are not owned and must outlive the console; stream may be nullptr.
    CommandConsole(const QString &pubId, CommandService *service, EventStream *stream, QWidget *parent = nullptr);
    ~CommandConsole() override;

    // Loads the allow-list for the user's role.
    void reload();
    QString output() const;
    QString invite() const;

Q_SIGNALS:
    void commandsLoaded();
    void commandFinished();

private:
    struct ArgumentEditor
    {
        CommandArgumentSpec spec;
        QLineEdit *lineEdit = nullptr; // integers and strings
        QCheckBox *checkBox = nullptr; // booleans
    };

    void showCurrentCommand();
    // The arguments as typed, or the message naming the first bad one.
    std::variant<QJsonObject, QString> collectArguments() const;
    void validate();
    void run();
    void showRun(const CommandRun &run);
    void showInvite(const QString &invite);
    std::optional<CommandSpec> currentCommand() const;

    QString m_pubId;
    CommandService *m_service;
    QList<CommandSpec> m_commands;
    QList<ArgumentEditor> m_editors;
    CommandHistoryModel *m_history;
    bool m_running = false;

    QComboBox *m_commandComboBox;
    QLabel *m_descriptionLabel;
    QWidget *m_argumentsWidget;
    QFormLayout *m_argumentsLayout;
    QLabel *m_problemLabel;
    QPushButton *m_runButton;
    QPlainTextEdit *m_outputEdit;
    QPushButton *m_copyOutputButton;
    QListView *m_historyView;
    QGroupBox *m_inviteGroupBox;
    QLineEdit *m_inviteEdit;
    QPushButton *m_copyInviteButton;
    QLabel *m_qrCodeLabel;
};

}
