#include "ui/pagewidgets.h"

#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QTimer>
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

QLineEdit *makeLineEdit(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
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

void growToFit(QWidget *window)
{
    if (!window || !window->isWindow() || !window->layout())
        return;
    // After the layout requests the change posted (nested layouts answer them one by one).
    QTimer::singleShot(0, window, [window] {
        QLayout *layout = window->layout();
        layout->activate();
        const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : layout->totalSizeHint().height();
        if (height > window->height())
            window->resize(window->width(), height);
    });
}

QTableView *makeTableView(QAbstractItemModel *model, const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpTable(view, model, objectName, accessibleName);
    return view;
}

}
