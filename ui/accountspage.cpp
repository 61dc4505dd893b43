#include "ui/accountspage.h"

#include "models/session.h"
#include "models/usersmodel.h"
#include "ui/createaccountdialog.h"
#include "ui/inlinemessagelabel.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace buttcloud {

AccountsPage::AccountsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_model(new UsersModel(&m_service, this))
    , m_searchEdit(new QLineEdit(this))
    , m_roleFilterCombo(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_createButton(new QPushButton(tr("&New Account…"), this))
    , m_roleButton(new QToolButton(this))
    , m_roleMenu(new QMenu(this))
    , m_disableButton(new QPushButton(tr("&Disable"), this))
    , m_resetButton(new QPushButton(tr("Send Password &Reset"), this))
    , m_messageLabel(new InlineMessageLabel(QStringLiteral("accountsMessageLabel"), tr("Accounts message"), this))
    , m_tableView(new QTableView(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_searchEdit->setObjectName(QStringLiteral("accountsSearchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search accounts"));
    m_searchEdit->setPlaceholderText(tr("Search by name or email"));
    m_searchEdit->setClearButtonEnabled(true);
    m_roleFilterCombo->setObjectName(QStringLiteral("accountsRoleComboBox"));
    m_roleFilterCombo->setAccessibleName(tr("Show accounts with the role"));
    m_roleFilterCombo->addItem(tr("All roles"), QString());
    for (Role role : {Role::Customer, Role::Support, Role::Admin})
        m_roleFilterCombo->addItem(accountRoleLabel(role), roleName(role));
    m_refreshButton->setObjectName(QStringLiteral("accountsRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the accounts"));
    m_createButton->setObjectName(QStringLiteral("accountsCreateButton"));
    m_createButton->setAccessibleName(tr("New account"));
    m_roleButton->setObjectName(QStringLiteral("accountsRoleButton"));
    m_roleButton->setText(tr("Change R&ole"));
    m_roleButton->setAccessibleName(tr("Change the role of the selected account"));
    m_roleButton->setPopupMode(QToolButton::InstantPopup);
    m_roleButton->setMenu(m_roleMenu);
    for (Role role : {Role::Customer, Role::Support, Role::Admin}) {
        QAction *action = m_roleMenu->addAction(accountRoleLabel(role));
        action->setObjectName(QStringLiteral("setRole%1Action").arg(roleName(role)));
        connect(action, &QAction::triggered, this, [this, role] { changeRole(role); });
    }
    m_disableButton->setObjectName(QStringLiteral("accountsDisableButton"));
    m_disableButton->setAccessibleName(tr("Disable or enable the selected account"));
    m_resetButton->setObjectName(QStringLiteral("accountsResetButton"));
    m_resetButton->setAccessibleName(tr("Send the selected account a password reset"));
    m_tableView->setObjectName(QStringLiteral("accountsTableView"));
    m_tableView->setAccessibleName(tr("Accounts"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setColumnWidth(UsersModel::NameColumn, 180);
    m_tableView->setColumnWidth(UsersModel::EmailColumn, 240);
    // Typing narrows the list on the server, once the person pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);

    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &AccountsPage::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &AccountsPage::applyFilter);
    connect(m_roleFilterCombo, &QComboBox::activated, this, &AccountsPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &AccountsPage::reload);
    connect(m_createButton, &QPushButton::clicked, this, &AccountsPage::createAccount);
    connect(m_disableButton, &QPushButton::clicked, this, &AccountsPage::toggleDisabled);
    connect(m_resetButton, &QPushButton::clicked, this, &AccountsPage::sendPasswordReset);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsPage::updateControls);
    connect(m_model, &UsersModel::loadingChanged, this, &AccountsPage::updateControls);
    connect(m_model, &UsersModel::loaded, this, [this] {
        if (m_messageLabel->isError())
            m_messageLabel->showError({});
    });
    connect(m_model, &UsersModel::loadFailed, m_messageLabel, &InlineMessageLabel::showError);
    connect(m_session, &Session::signedIn, this, &AccountsPage::updateControls);
    connect(m_session, &Session::signedOut, m_model, &UsersModel::clear);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_roleFilterCombo);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(roleLabel);
    filters->addWidget(m_roleFilterCombo);
    filters->addWidget(m_refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_createButton);
    actions->addWidget(m_roleButton);
    actions->addWidget(m_disableButton);
    actions->addWidget(m_resetButton);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tableView);
    updateControls();
}

AccountsPage::~AccountsPage() = default;

UsersModel *AccountsPage::model() const
{
    return m_model;
}

QTableView *AccountsPage::tableView() const
{
    return m_tableView;
}

void AccountsPage::reload()
{
    m_model->refresh();
}

void AccountsPage::applyFilter()
{
    m_searchTimer->stop();
    AccountFilter filter;
    filter.query = m_searchEdit->text();
    filter.role = roleFromName(m_roleFilterCombo->currentData().toString());
    if (filter == m_model->filter())
        m_model->refresh(); // Return on an unchanged search: the person wants it fresh
    else
        m_model->setFilter(filter);
}

void AccountsPage::updateControls()
{
    // Support staff read; only admins get the controls that change accounts (hidden, not greyed).
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    for (QWidget *control : std::initializer_list<QWidget *>{m_createButton, m_roleButton, m_disableButton, m_resetButton})
        control->setVisible(admin);
    const std::optional<User> user = selectedUser();
    const bool self = user && user->id == m_session->user().id;
    m_roleButton->setEnabled(user && !self);
    for (QAction *action : m_roleMenu->actions())
        action->setEnabled(user && action->objectName() != QStringLiteral("setRole%1Action").arg(roleName(user->role)));
    m_disableButton->setEnabled(user && !self);
    m_disableButton->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    m_resetButton->setEnabled(user && !user->disabled);
    m_refreshButton->setEnabled(!m_model->isLoading());
}

std::optional<User> AccountsPage::selectedUser() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->userAt(rows.first().row());
}

void AccountsPage::createAccount()
{
    auto *dialog = new CreateAccountDialog(&m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User user = dialog->createdUser();
        m_model->updateUser(user);
        m_messageLabel->showNotice(tr("%1 has an account now and gets a mail to choose a password.").arg(user.email));
    });
    dialog->open();
}

AccountService::Handler<User> AccountsPage::changeHandler(const QString &doneMessage)
{
    return [this, doneMessage](const Result<User> &result) {
        if (!result.ok()) {
            m_messageLabel->showError(result.errorMessage());
            return;
        }
        m_model->updateUser(result.value());
        m_messageLabel->showNotice(doneMessage.arg(result.value().email));
    };
}

void AccountsPage::changeRole(Role role)
{
    const std::optional<User> user = selectedUser();
    if (!user || user->role == role)
        return;
    if (role == Role::Admin) {
        const MessageBox::Answer answer = MessageBox::question(
            this, tr("Make Administrator"),
            tr("Make %1 an administrator? Administrators manage every account, hub and pub.").arg(user->email),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer.button != QMessageBox::Yes)
            return;
    }
    AccountChange change;
    change.role = role;
    m_service.update(user->id, change, this, changeHandler(tr("%1 is now: %2.").arg(QStringLiteral("%1"), accountRoleLabel(role))));
}

void AccountsPage::toggleDisabled()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    if (!user->disabled) {
        const MessageBox::Answer answer = MessageBox::question(
            this, tr("Disable Account"),
            tr("Disable the account of %1? They are signed out everywhere at once and cannot sign in until it is enabled again.")
                .arg(user->email),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer.button != QMessageBox::Yes)
            return;
    }
    AccountChange change;
    change.disabled = !user->disabled;
    m_service.update(user->id, change, this,
                     changeHandler(user->disabled ? tr("The account of %1 is enabled.") : tr("The account of %1 is disabled.")));
}

void AccountsPage::sendPasswordReset()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    m_service.sendPasswordReset(user->id, this, [this, email = user->email](const DoneResult &result) {
        if (result.ok())
            m_messageLabel->showNotice(tr("A password reset link is on its way to %1.").arg(email));
        else
            m_messageLabel->showError(result.errorMessage());
    });
}

}
