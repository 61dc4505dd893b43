#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
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

inline bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

// Interactive controls a person reaches whose accessible name (their own, their text, or their
// label's buddy text, as assistive technology reads it) is empty. Qt's own parts of a control (a
// line edit's clear button, a table's corner button) belong to the control and are skipped.
inline QStringList controlsWithoutNames(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->parentWidget() && isInteractive(widget->parentWidget()))
            continue;
        if (QByteArray(widget->metaObject()->className()) == "QTableCornerButton")
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    return unnamed;
}

}
