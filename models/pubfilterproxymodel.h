#pragma once

#include <QSortFilterProxyModel>

namespace buttcloud {

// Sorts PubsModel by its raw values and keeps the rows whose name, address or status contains the
// filter text (case-insensitive).
class PubFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubFilterProxyModel)

public:
    explicit PubFilterProxyModel(QObject *parent = nullptr);
    ~PubFilterProxyModel() override;

    QString filterText() const;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

}
