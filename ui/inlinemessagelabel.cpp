#include "ui/inlinemessagelabel.h"

namespace buttcloud {

InlineMessageLabel::InlineMessageLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setWordWrap(true);
    hide();
}

InlineMessageLabel::~InlineMessageLabel() = default;

void InlineMessageLabel::showError(const QString &message)
{
    showMessage(message, true);
}

void InlineMessageLabel::showNotice(const QString &message)
{
    showMessage(message, false);
}

bool InlineMessageLabel::isError() const
{
    return m_error;
}

void InlineMessageLabel::showMessage(const QString &message, bool error)
{
    m_error = error;
    // Red for errors, the theme's colour for notices: the words carry the meaning either way.
    setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    setText(message);
    setVisible(!message.isEmpty());
}

}
