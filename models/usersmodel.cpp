#include "models/usersmodel.h"

#include <QLocale>

namespace buttcloud {

UsersModel::UsersModel(AccountService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

UsersModel::~UsersModel() = default;

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(user, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastSignInColumn && user.lastSignInAt.isValid())
            return QLocale().toString(user.lastSignInAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case UserIdRole: return user.id;
    default: return {};
    }
}

QVariant UsersModel::displayData(const User &user, int column) const
{
    switch (column) {
    case NameColumn: return user.name;
    case EmailColumn: return user.email;
    case RoleColumn: return accountRoleLabel(user.role);
    case StateColumn:
        if (user.disabled)
            return tr("Disabled");
        return user.emailVerified ? tr("Active") : tr("Email not verified");
    case LastSignInColumn:
        return user.lastSignInAt.isValid() ? QLocale().toString(user.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                                           : tr("Never");
    default: return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case RoleColumn: return tr("Role");
    case StateColumn: return tr("State");
    case LastSignInColumn: return tr("Last sign-in");
    default: return {};
    }
}

AccountFilter UsersModel::filter() const
{
    return m_filter;
}

void UsersModel::setFilter(const AccountFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void UsersModel::refresh()
{
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_service->list(m_filter, this, [this, generation](const Result<QList<User>> &result) {
        if (generation != m_generation)
            return; // an answer for an older filter
        setLoading(false);
        if (!result.ok()) {
            Q_EMIT loadFailed(result.errorMessage());
            return;
        }
        beginResetModel();
        m_users = result.value();
        endResetModel();
        Q_EMIT loaded();
    });
}

void UsersModel::clear()
{
    ++m_generation;
    setLoading(false);
    beginResetModel();
    m_users.clear();
    endResetModel();
}

bool UsersModel::isLoading() const
{
    return m_loading;
}

void UsersModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

std::optional<User> UsersModel::userAt(int row) const
{
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

void UsersModel::updateUser(const User &user)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == user.id) {
            m_users[row] = user;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    // Sorted by email like the server's list.
    const auto at = std::lower_bound(m_users.cbegin(), m_users.cend(), user,
                                     [](const User &a, const User &b) { return a.email < b.email; });
    const int row = int(at - m_users.cbegin());
    beginInsertRows({}, row, row);
    m_users.insert(row, user);
    endInsertRows();
}

}
