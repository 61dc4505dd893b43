#pragma once

#include "models/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <algorithm>
#include <optional>

namespace buttcloud {

// A server list read newest first, one page at a time: refresh() loads the newest page, loadOlder()
// the page before the oldest row. Answers for an older request (a changed filter, a cleared model)
// are dropped. The typed rows live in PagedTableModel<T>; this part carries the signals.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModelBase)

public:
    explicit PagedTableModelBase(QObject *parent = nullptr);
    ~PagedTableModelBase() override;

    int columnCount(const QModelIndex &parent = {}) const override;

    void setPageSize(int size);
    int pageSize() const;
    void refresh();
    void loadOlder();
    bool canLoadOlder() const;
    bool isLoading() const;
    void clear();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

protected:
    // Sends the request for a page; `before` is invalid for the newest one. The answer goes to
    // PagedTableModel<T>::applyPage with the generation given here.
    virtual void fetchPage(const QDateTime &before, quint64 generation) = 0;
    virtual QDateTime oldestRowTime() const = 0;
    virtual void clearRows() = 0;
    virtual int columns() const = 0;
    bool isCurrent(quint64 generation) const;
    void setLoading(bool loading);
    void setCanLoadOlder(bool canLoadOlder);

private:
    void load(bool older);

    int m_pageSize = 100;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_canLoadOlder = false;
};

template<typename T>
class PagedTableModel : public PagedTableModelBase
{
public:
    using PagedTableModelBase::PagedTableModelBase;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    std::optional<T> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }

protected:
    void clearRows() override
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    // The newest page replaces the rows; an older one is appended without rows already shown
    // (an item can move between pages while they are read).
    void applyPage(quint64 generation, bool older, const Result<QList<T>> &result)
    {
        if (!isCurrent(generation))
            return;
        setLoading(false);
        if (!result.ok()) {
            Q_EMIT loadFailed(result.errorMessage());
            return;
        }
        const QList<T> &page = result.value();
        setCanLoadOlder(page.size() >= pageSize());
        if (older) {
            QList<T> added;
            for (const T &item : page) {
                const bool shown = std::any_of(m_rows.cbegin(), m_rows.cend(), [&item](const T &row) { return row.id == item.id; });
                if (!shown)
                    added.append(item);
            }
            if (!added.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
                m_rows.append(added);
                endInsertRows();
            }
        } else {
            beginResetModel();
            m_rows = page;
            endResetModel();
        }
        Q_EMIT loaded();
    }

    QList<T> m_rows;
};

}
