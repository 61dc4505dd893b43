#pragma once

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace buttcloud::test {

// The child widget (or action) with this object name, warning when there is none so a failing
// test says which name it missed.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qWarning("no child %s", name);
    return object;
}

// Selects (adding to the selection) the row whose cell in column shows text; false when none does.
inline bool selectRowWith(QTableView *table, int column, const QString &text,
                          QItemSelectionModel::SelectionFlags how = QItemSelectionModel::Select)
{
    const QModelIndexList matches =
        table->model()->match(table->model()->index(0, column), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return false;
    table->selectionModel()->select(matches.first(), how | QItemSelectionModel::Rows);
    return true;
}

// Replaces the text of edit as a person would, key by key.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}


}
