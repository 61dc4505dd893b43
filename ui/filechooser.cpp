#include "ui/filechooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace buttcloud {

std::optional<QString> FileChooser::s_nextAnswer;

void FileChooser::setNextAnswer(const QString &path)
{
    s_nextAnswer = path;
}

QString FileChooser::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

QString FileChooser::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                  const QString &filter)
{
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), filter);
}

QString pubArchiveFilter()
{
    return QCoreApplication::translate("buttcloud::FileChooser", "ButtCloud pub archives (*.bcpub);;All files (*)");
}

}
