#include "models/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace buttcloud {

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeInstalled();
}

QLocale Translations::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Translations::apply(const QString &code)
{
    removeInstalled();
    m_language = code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_translator = new QTranslator(this);
    if (m_translator->load(locale, QStringLiteral("buttcloud"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_translator);
}

QString Translations::currentLanguage() const
{
    return m_language;
}

void Translations::removeInstalled()
{
    for (QTranslator *translator : {m_qtTranslator, m_translator}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_qtTranslator = nullptr;
    m_translator = nullptr;
}

}
