#pragma once

#include "models/accountservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace buttcloud {

// The accounts on the server as a table, filtered on the server (name or email, role).
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, StateColumn, LastSignInColumn, ColumnCount };
    enum DataRole { UserIdRole = Qt::UserRole + 1 };

    // service is not owned and must outlive the model.
    explicit UsersModel(AccountService *service, QObject *parent = nullptr);
    ~UsersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    AccountFilter filter() const;
    // Loads again with this filter when it differs.
    void setFilter(const AccountFilter &filter);
    void refresh();
    void clear();
    bool isLoading() const;
    std::optional<User> userAt(int row) const;
    // Merges one account, e.g. the answer to create or change; one the filter hides is still shown
    // until the next refresh, so the person sees what they just did.
    void updateUser(const User &user);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    QVariant displayData(const User &user, int column) const;
    void setLoading(bool loading);

    AccountService *m_service;
    AccountFilter m_filter;
    QList<User> m_users;
    quint64 m_generation = 0;
    bool m_loading = false;
};

}
