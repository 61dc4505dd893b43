#pragma once

#include <QMessageBox>
#include <optional>

namespace buttcloud {

// Every message box of the client goes through here, so a test can answer the next one instead of
// a person (a modal box would otherwise block the test).
class MessageBox final
{
public:
    struct Answer
    {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        bool optionChecked = false; // the check box shown with optionText
    };

    MessageBox() = delete;

    // The next box returns this at once without showing itself.
    static void setNextAnswer(QMessageBox::StandardButton button, bool optionChecked = false);

    // A question; with optionText it also shows an (unchecked) check box.
    static Answer question(QWidget *parent, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                           const QString &optionText = {});
    static void warning(QWidget *parent, const QString &title, const QString &text);

private:
    static Answer show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                       const QString &optionText);

    static std::optional<Answer> s_nextAnswer;
};

}
