#pragma once

#include "models/clientsettings.h"

#include <QObject>
#include <QPalette>

namespace buttcloud {

// Applies the theme chosen in Settings to the whole application. Qt 6.4 has no
// QStyleHints::colorScheme (6.5), so "follow the system" means: the palette and style the platform
// theme gave at start (the desktop's Qt integration, e.g. KDE or qt6ct, follows its light or dark
// scheme), switching to our dark palette when GTK_THEME asks for a dark variant, and applied again
// when the desktop announces a theme change. Light and dark use the Fusion style, which honours a
// palette on every platform.
class AppTheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTheme)

public:
    // Remembers the platform's palette and style as they are now: create it before any change.
    explicit AppTheme(QObject *parent = nullptr);
    ~AppTheme() override;

    void apply(ThemeChoice choice);
    ThemeChoice choice() const;
    // Whether the palette in use is dark (light text on a dark window).
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();
    // What the system asks for, as far as Qt 6.4 can tell.
    bool systemPrefersDark() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemeChoice m_choice = ThemeChoice::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_applying = false;
};

}
