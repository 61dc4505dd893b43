#pragma once

#include <QLineEdit>
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

// Replaces the text of edit as a person would, key by key.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

}
