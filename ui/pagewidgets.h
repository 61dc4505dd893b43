#pragma once

#include <QString>

class QAbstractItemModel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace buttcloud {

// Widgets the pages build the same way everywhere.

QPushButton *makeButton(const QString &text, const char *objectName, const QString &accessibleName, QWidget *parent);
QLineEdit *makeLineEdit(const char *objectName, const QString &accessibleName, QWidget *parent);

// A read-only table of whole rows, one selected at a time.
void setUpTable(QTableView *view, QAbstractItemModel *model, const char *objectName, const QString &accessibleName);
// Makes window tall enough for its wrapped text at its current width (a window does not grow by
// itself when a wrapped label gets longer or a field appears); never shrinks it.
void growToFit(QWidget *window);

QTableView *makeTableView(QAbstractItemModel *model, const char *objectName, const QString &accessibleName, QWidget *parent);

}
