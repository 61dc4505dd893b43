#include "ui/pagewidgets.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace buttcloud {

QPushButton *makeButton(const QString &text, const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleName);
    return button;
}

void setUpTable(QTableView *view, QAbstractItemModel *model, const char *objectName, const QString &accessibleName)
{
    view->setObjectName(QString::fromLatin1(objectName));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
}

QTableView *makeTableView(QAbstractItemModel *model, const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpTable(view, model, objectName, accessibleName);
    return view;
}

}
