#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace buttcloud {

// Every file dialog of the pub custody actions goes through here, so a test can answer the next
// one instead of a person (a native dialog would otherwise block the test).
class FileChooser final
{
public:
    FileChooser() = delete;

    // The next dialog returns path at once (empty: the user canceled) without showing itself.
    static void setNextAnswer(const QString &path);

    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                const QString &filter);

private:
    static std::optional<QString> s_nextAnswer;
};

// The filter of ButtCloud pub archives for file dialogs.
QString pubArchiveFilter();

}
