#include "models/pubfilterproxymodel.h"

#include "models/pubsmodel.h"

namespace buttcloud {

PubFilterProxyModel::PubFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PubsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

PubFilterProxyModel::~PubFilterProxyModel() = default;

QString PubFilterProxyModel::filterText() const
{
    return m_filterText;
}

void PubFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

bool PubFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    for (int column : {PubsModel::NameColumn, PubsModel::AddressColumn, PubsModel::StatusColumn}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}
