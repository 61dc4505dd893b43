#include "models/pagedtablemodel.h"

namespace buttcloud {

PagedTableModelBase::PagedTableModelBase(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedTableModelBase::~PagedTableModelBase() = default;

int PagedTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

void PagedTableModelBase::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 1000); // the server's limit
}

int PagedTableModelBase::pageSize() const
{
    return m_pageSize;
}

void PagedTableModelBase::refresh()
{
    load(false);
}

void PagedTableModelBase::loadOlder()
{
    if (m_canLoadOlder && !m_loading)
        load(true);
}

bool PagedTableModelBase::canLoadOlder() const
{
    return m_canLoadOlder;
}

bool PagedTableModelBase::isLoading() const
{
    return m_loading;
}

void PagedTableModelBase::clear()
{
    ++m_generation;
    clearRows();
    m_canLoadOlder = false;
    setLoading(false);
}

void PagedTableModelBase::load(bool older)
{
    const quint64 generation = ++m_generation;
    setLoading(true);
    fetchPage(older ? oldestRowTime() : QDateTime(), generation);
}

bool PagedTableModelBase::isCurrent(quint64 generation) const
{
    return generation == m_generation;
}

void PagedTableModelBase::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedTableModelBase::setCanLoadOlder(bool canLoadOlder)
{
    m_canLoadOlder = canLoadOlder;
}

}
