#pragma once

#include "models/billingservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace buttcloud {

// A table of rows read in one piece: the typed rows and the headers; subclasses say what a cell shows.
template<typename T>
class ListTableModel : public QAbstractTableModel
{
public:
    explicit ListTableModel(QStringList headers, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_headers.size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
            return {};
        return m_headers.at(section);
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_rows.at(index.row()), index.column(), role);
    }

    void setRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    std::optional<T> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }

    const QList<T> &rows() const { return m_rows; }

protected:
    virtual QVariant cellData(const T &row, int column, int role) const = 0;

    QList<T> m_rows;

private:
    QStringList m_headers;
};

// Right-aligned figures line up in a column.
QVariant figureAlignment();

// Status cells: words, the status colour and an icon whose shape differs per status.
QVariant subscriptionStatusData(SubscriptionStatus status, int role);

// A pub as the billing tables name it.
struct PubRef
{
    QString id;
    QString name;
};

// One row per pub with its subscription: what a customer pays for. Each pub's subscription is read
// on its own (customers have a few pubs).
class SubscriptionsModel final : public ListTableModel<PubRef>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsModel)

public:
    enum Column { PubColumn, PlanColumn, StatusColumn, PriceColumn, NextPaymentColumn, GraceColumn, ColumnCount };
    enum Role { PubIdRole = Qt::UserRole + 1 };

    // service is not owned and must outlive the model.
    explicit SubscriptionsModel(BillingService *service, QObject *parent = nullptr);
    ~SubscriptionsModel() override;

    // The pubs to show, newest first; reads each one's subscription.
    void setPubs(const QList<PubRef> &pubs);
    void reload();
    void clear();
    // Nothing while it loads or when the pub has none.
    std::optional<Subscription> subscriptionOf(const QString &pubId) const;
    bool isLoaded(const QString &pubId) const;
    // Merges an answer to subscribe or an override.
    void updateSubscription(const Subscription &subscription);

Q_SIGNALS:
    void subscriptionChanged(const QString &pubId);
    void loadFailed(const QString &message);

protected:
    QVariant cellData(const PubRef &pub, int column, int role) const override;

private:
    void load(const QString &pubId);
    void rowChanged(const QString &pubId);

    BillingService *m_service;
    QHash<QString, std::optional<Subscription>> m_subscriptions; // present once loaded
    quint64 m_generation = 0;
};

class InvoicesModel final : public ListTableModel<Invoice>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicesModel)

public:
    enum Column { DateColumn, PubColumn, AmountColumn, StatusColumn, MethodColumn, NoteColumn, ColumnCount };

    explicit InvoicesModel(QObject *parent = nullptr);
    ~InvoicesModel() override;

    // Pub names for the pub column (ids otherwise).
    void setPubNames(const QHash<QString, QString> &names);

protected:
    QVariant cellData(const Invoice &invoice, int column, int role) const override;

private:
    QHash<QString, QString> m_pubNames;
};

class RevenueModel final : public ListTableModel<RevenueMonth>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueModel)

public:
    enum Column { MonthColumn, AmountColumn, InvoicesColumn, ColumnCount };

    explicit RevenueModel(QObject *parent = nullptr);
    ~RevenueModel() override;

protected:
    QVariant cellData(const RevenueMonth &month, int column, int role) const override;
};

class PastDueModel final : public ListTableModel<PastDueSubscription>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastDueModel)

public:
    enum Column { PubColumn, OwnerColumn, StatusColumn, GraceColumn, PlanColumn, AmountDueColumn, ColumnCount };

    explicit PastDueModel(QObject *parent = nullptr);
    ~PastDueModel() override;

protected:
    QVariant cellData(const PastDueSubscription &row, int column, int role) const override;
};

class PlansModel final : public ListTableModel<Plan>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansModel)

public:
    enum Column { NameColumn, PriceColumn, TrialColumn, MemoryColumn, ActiveColumn, ColumnCount };

    explicit PlansModel(QObject *parent = nullptr);
    ~PlansModel() override;

    void updatePlan(const Plan &plan);

protected:
    QVariant cellData(const Plan &plan, int column, int role) const override;
};

}
