#include "ui/apptheme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

namespace buttcloud {

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style()->name())
{
    qApp->installEventFilter(this);
}

AppTheme::~AppTheme() = default;

bool AppTheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette AppTheme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Mid, window.lighter(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

QPalette AppTheme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

bool AppTheme::systemPrefersDark() const
{
    // GTK desktops name a dark variant in GTK_THEME (e.g. "Adwaita:dark"); other desktops'
    // Qt integrations hand us a dark palette themselves.
    return qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) || isDark(m_systemPalette);
}

ThemeChoice AppTheme::choice() const
{
    return m_choice;
}

void AppTheme::apply(ThemeChoice choice)
{
    m_choice = choice;
    m_applying = true;
    if (choice == ThemeChoice::System) {
        // A palette with nothing set hands the palette back to the platform theme, so Qt keeps
        // following the desktop's changes.
        QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(QPalette());
        m_systemPalette = QApplication::palette();
    }
    const bool ownDark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemPrefersDark() && !isDark(m_systemPalette));
    if (ownDark || choice == ThemeChoice::Light) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(ownDark ? darkPalette() : lightPalette());
    }
    m_applying = false;
}

bool AppTheme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop changed its theme: take its new palette when following it.
    if (watched == qApp && event->type() == QEvent::ThemeChange && !m_applying && m_choice == ThemeChoice::System) {
        apply(ThemeChoice::System);
    }
    return QObject::eventFilter(watched, event);
}

}
