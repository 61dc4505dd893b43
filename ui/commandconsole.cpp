#include "ui/commandconsole.h"

#include "models/commandhistorymodel.h"
#include "models/eventstream.h"
#include "models/qrcodeimage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
constexpr const char *InviteCommand = "invite.create";
constexpr int QrModuleSize = 5;
}

CommandConsole::CommandConsole(const QString &pubId, CommandService *service, EventStream *stream, QWidget *parent)
    : QWidget(parent)
    , m_pubId(pubId)
    , m_service(service)
    , m_history(new CommandHistoryModel(this))
    , m_commandComboBox(new QComboBox(this))
    , m_descriptionLabel(new QLabel(this))
    , m_argumentsWidget(new QWidget(this))
    , m_argumentsLayout(new QFormLayout(m_argumentsWidget))
    , m_problemLabel(new QLabel(this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_outputEdit(new QPlainTextEdit(this))
    , m_copyOutputButton(new QPushButton(tr("Copy Output"), this))
    , m_historyView(new QListView(this))
    , m_inviteGroupBox(new QGroupBox(tr("Invite"), this))
    , m_inviteEdit(new QLineEdit(m_inviteGroupBox))
    , m_copyInviteButton(new QPushButton(tr("Copy Invite"), m_inviteGroupBox))
    , m_qrCodeLabel(new QLabel(m_inviteGroupBox))
{
    setObjectName(QStringLiteral("commandConsole"));
    const auto name = [](QWidget *widget, const char *objectName, const QString &accessibleName) {
        widget->setObjectName(QString::fromLatin1(objectName));
        widget->setAccessibleName(accessibleName);
    };
    name(m_commandComboBox, "commandComboBox", tr("Command"));
    name(m_descriptionLabel, "descriptionLabel", tr("What the command does"));
    name(m_argumentsWidget, "argumentsWidget", tr("Arguments"));
    name(m_problemLabel, "problemLabel", tr("Problem with the arguments"));
    name(m_runButton, "runPushButton", tr("Run the command"));
    name(m_outputEdit, "outputPlainTextEdit", tr("Command output"));
    name(m_copyOutputButton, "copyOutputPushButton", tr("Copy the output"));
    name(m_historyView, "historyListView", tr("Commands run"));
    name(m_inviteGroupBox, "inviteGroupBox", tr("Invite"));
    name(m_inviteEdit, "inviteLineEdit", tr("Invite code"));
    name(m_copyInviteButton, "copyInvitePushButton", tr("Copy the invite"));
    name(m_qrCodeLabel, "qrCodeLabel", tr("Invite as a QR code"));

    m_descriptionLabel->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->hide();
    m_runButton->setDefault(true);
    m_runButton->setEnabled(false);
    m_outputEdit->setReadOnly(true);
    m_outputEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_outputEdit->setPlaceholderText(tr("The output of a command appears here."));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inviteEdit->setReadOnly(true);
    m_qrCodeLabel->setAlignment(Qt::AlignCenter);
    m_inviteGroupBox->hide();

    auto *inviteLayout = new QVBoxLayout(m_inviteGroupBox);
    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(m_inviteEdit, 1);
    inviteRow->addWidget(m_copyInviteButton);
    inviteLayout->addLayout(inviteRow);
    inviteLayout->addWidget(m_qrCodeLabel);

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandComboBox, 1);
    commandRow->addWidget(m_runButton);

    auto *left = new QVBoxLayout;
    left->addLayout(commandRow);
    left->addWidget(m_descriptionLabel);
    left->addWidget(m_argumentsWidget);
    left->addWidget(m_problemLabel);
    left->addWidget(new QLabel(tr("History:"), this));
    left->addWidget(m_historyView, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_outputEdit, 1);
    auto *outputButtons = new QHBoxLayout;
    outputButtons->addStretch();
    outputButtons->addWidget(m_copyOutputButton);
    right->addLayout(outputButtons);
    right->addWidget(m_inviteGroupBox);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_commandComboBox, &QComboBox::currentIndexChanged, this, &CommandConsole::showCurrentCommand);
    connect(m_runButton, &QPushButton::clicked, this, &CommandConsole::run);
    connect(m_copyOutputButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_outputEdit->toPlainText()); });
    connect(m_copyInviteButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_inviteEdit->text()); });
    connect(m_historyView, &QListView::activated, this, [this](const QModelIndex &index) {
        m_outputEdit->setPlainText(index.data(CommandHistoryModel::OutputRole).toString());
    });
    if (stream) {
        // Output as it runs; the final answer replaces it with the complete, authoritative text.
        connect(stream, &EventStream::commandOutput, this,
                [this](const QString &, const QString &pubId, const QString &, const QString &data) {
            if (m_running && pubId == m_pubId)
                m_outputEdit->insertPlainText(data);
        });
    }
}

CommandConsole::~CommandConsole() = default;

void CommandConsole::reload()
{
    m_service->list(this, [this](const Result<QList<CommandSpec>> &result) {
        if (!result.ok()) {
            m_problemLabel->setText(tr("Could not load the commands: %1").arg(result.error().message));
            m_problemLabel->show();
            return;
        }
        m_commands = result.value();
        const QSignalBlocker blocker(m_commandComboBox);
        m_commandComboBox->clear();
        for (const CommandSpec &command : std::as_const(m_commands))
            m_commandComboBox->addItem(command.name);
        showCurrentCommand();
        Q_EMIT commandsLoaded();
    });
}

QString CommandConsole::output() const
{
    return m_outputEdit->toPlainText();
}

QString CommandConsole::invite() const
{
    return m_inviteGroupBox->isHidden() ? QString() : m_inviteEdit->text();
}

std::optional<CommandSpec> CommandConsole::currentCommand() const
{
    const int index = m_commandComboBox->currentIndex();
    if (index < 0 || index >= m_commands.size())
        return std::nullopt;
    return m_commands.at(index);
}

void CommandConsole::showCurrentCommand()
{
    while (m_argumentsLayout->rowCount() > 0)
        m_argumentsLayout->removeRow(0);
    m_editors.clear();
    const std::optional<CommandSpec> command = currentCommand();
    m_descriptionLabel->setText(command ? command->description : QString());
    if (!command) {
        validate();
        return;
    }
    for (const CommandArgumentSpec &spec : command->arguments) {
        ArgumentEditor editor{spec};
        QWidget *widget = nullptr;
        if (spec.type == CommandArgumentSpec::Type::Boolean) {
            editor.checkBox = new QCheckBox(m_argumentsWidget);
            editor.checkBox->setChecked(spec.defaultValue.toBool());
            connect(editor.checkBox, &QCheckBox::toggled, this, &CommandConsole::validate);
            widget = editor.checkBox;
        } else {
            editor.lineEdit = new QLineEdit(m_argumentsWidget);
            editor.lineEdit->setMaxLength(spec.maxLength.value_or(MaxCommandArgumentLength));
            if (!spec.defaultValue.isUndefined() && !spec.defaultValue.isNull())
                editor.lineEdit->setPlaceholderText(spec.defaultValue.toVariant().toString());
            connect(editor.lineEdit, &QLineEdit::textChanged, this, &CommandConsole::validate);
            connect(editor.lineEdit, &QLineEdit::returnPressed, this, &CommandConsole::run);
            widget = editor.lineEdit;
        }
        widget->setObjectName(spec.name + (editor.checkBox ? QStringLiteral("CheckBox") : QStringLiteral("LineEdit")));
        widget->setAccessibleName(spec.name);
        QString hint = spec.description;
        if (spec.minimum || spec.maximum) {
            hint = tr("%1 (%2 to %3)").arg(hint).arg(spec.minimum.value_or(0)).arg(spec.maximum.value_or(0)).trimmed();
        }
        widget->setToolTip(hint);
        widget->setAccessibleDescription(hint);
        m_argumentsLayout->addRow(spec.required ? tr("%1 (required):").arg(spec.name) : tr("%1:").arg(spec.name), widget);
        m_editors.append(editor);
    }
    validate();
}

std::variant<QJsonObject, QString> CommandConsole::collectArguments() const
{
    QJsonObject arguments;
    for (const ArgumentEditor &editor : m_editors) {
        const QString name = editor.spec.name;
        if (editor.checkBox) {
            arguments.insert(name, editor.checkBox->isChecked());
            continue;
        }
        const QString text = editor.lineEdit->text();
        if (text.isEmpty())
            continue; // the server's default applies; a required one is reported below
        if (editor.spec.type == CommandArgumentSpec::Type::Integer) {
            bool ok = false;
            const qint64 number = QLocale::c().toLongLong(text.trimmed(), &ok);
            if (!ok)
                return tr("%1: must be a whole number").arg(name);
            arguments.insert(name, number);
        } else {
            arguments.insert(name, text);
        }
    }
    if (const std::optional<QString> problem = validateCommandArguments(*currentCommand(), arguments))
        return *problem;
    return arguments;
}

void CommandConsole::validate()
{
    QString problem;
    if (currentCommand()) {
        const std::variant<QJsonObject, QString> arguments = collectArguments();
        if (const QString *message = std::get_if<QString>(&arguments))
            problem = *message;
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_runButton->setEnabled(currentCommand() && problem.isEmpty() && !m_running);
}

void CommandConsole::run()
{
    const std::optional<CommandSpec> command = currentCommand();
    if (!command || m_running)
        return;
    const std::variant<QJsonObject, QString> arguments = collectArguments();
    if (const QString *problem = std::get_if<QString>(&arguments)) {
        m_problemLabel->setText(*problem);
        m_problemLabel->show();
        return; // refused here: nothing is sent
    }
    m_running = true;
    m_runButton->setEnabled(false);
    m_outputEdit->clear();
    m_inviteGroupBox->hide();
    m_service->run(m_pubId, *command, std::get<QJsonObject>(arguments), this, [this](const Result<CommandRun> &result) {
        m_running = false;
        validate();
        if (!result.ok()) {
            m_outputEdit->setPlainText(tr("The command was not run: %1").arg(result.error().message));
            Q_EMIT commandFinished();
            return;
        }
        m_history->add(result.value());
        showRun(result.value());
        Q_EMIT commandFinished();
    });
}

void CommandConsole::showRun(const CommandRun &run)
{
    QString text = run.output;
    if (run.timedOut)
        text += tr("\n[timed out]");
    else if (run.exitCode && *run.exitCode != 0)
        text += tr("\n[exit code %1]").arg(*run.exitCode);
    m_outputEdit->setPlainText(text);
    if (run.command == QLatin1String(InviteCommand) && run.succeeded() && run.result.isString())
        showInvite(run.result.toString());
}

void CommandConsole::showInvite(const QString &invite)
{
    m_inviteEdit->setText(invite);
    const QImage code = qrCodeImage(invite, QrModuleSize);
    m_qrCodeLabel->setPixmap(QPixmap::fromImage(code));
    m_qrCodeLabel->setVisible(!code.isNull());
    m_inviteGroupBox->show();
}

}
