#pragma once

#include <QLabel>

namespace buttcloud {

// The line in a dialog that says what went wrong, or what just worked, without a message box.
// Hidden while empty.
class InlineMessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessageLabel)

public:
    InlineMessageLabel(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);
    ~InlineMessageLabel() override;

    void showError(const QString &message);
    void showNotice(const QString &message);
    bool isError() const;

private:
    void showMessage(const QString &message, bool error);

    bool m_error = false;
};

}
