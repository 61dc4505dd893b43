#include "ui/messagebox.h"

#include <QCheckBox>

namespace buttcloud {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;

void MessageBox::setNextAnswer(QMessageBox::StandardButton button, bool optionChecked)
{
    s_nextAnswer = Answer{button, optionChecked};
}

MessageBox::Answer MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton, const QString &optionText)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, optionText);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

MessageBox::Answer MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton, const QString &optionText)
{
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    QCheckBox *option = nullptr;
    if (!optionText.isEmpty()) {
        option = new QCheckBox(optionText, &box);
        box.setCheckBox(option);
    }
    const auto button = QMessageBox::StandardButton(box.exec());
    return {button, option && option->isChecked()};
}

}
