#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace buttcloud {

// The translators of the client (its own and Qt's), replaced as a whole when the language changes.
// Installing them sends every widget a LanguageChange event; windows that build their texts once
// are rebuilt by ClientApp instead.
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // The locale of a language code; the system's for an empty one.
    static QLocale localeFor(const QString &code);

    // Loads and installs the translations for code (see ClientSettings::availableLanguages) and
    // makes its locale the default for numbers and dates. English needs no file.
    void apply(const QString &code);
    QString currentLanguage() const;

private:
    void removeInstalled();

    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_translator = nullptr;
    QString m_language;
};

}
