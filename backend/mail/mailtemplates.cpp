#include "mail/mailtemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <stdexcept>

namespace buttcloud {

namespace {
const QStringList Languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};

QJsonObject templatesOf(const QString &language)
{
    static const QHash<QString, QJsonObject> all = [] {
        QHash<QString, QJsonObject> loaded;
        for (const QString &name : Languages) {
            QFile file(QStringLiteral(":/buttcloud/mail/%1.json").arg(name));
            if (!file.open(QIODevice::ReadOnly))
                throw std::logic_error("a mail template resource is missing");
            loaded.insert(name, QJsonDocument::fromJson(file.readAll()).object());
        }
        return loaded;
    }();
    return all.value(language);
}

QString fill(QString text, const QHash<QString, QString> &values, bool html)
{
    for (auto value = values.cbegin(); value != values.cend(); ++value)
        text.replace(QStringLiteral("{{%1}}").arg(value.key()), html ? value.value().toHtmlEscaped() : value.value());
    return text;
}
}

QString mailLanguage(const QString &language)
{
    return Languages.contains(language) ? language : QStringLiteral("en");
}

RenderedMail renderMail(const QString &kind, const QString &language, const QHash<QString, QString> &values)
{
    const QString chosen = mailLanguage(language);
    const QJsonObject mail = templatesOf(chosen).value(kind).toObject();
    if (mail.isEmpty())
        throw std::invalid_argument("unknown mail kind");
    return {fill(mail.value(QStringLiteral("subject")).toString(), values, false),
            fill(mail.value(QStringLiteral("text")).toString(), values, false),
            fill(mail.value(QStringLiteral("html")).toString(), values, true), chosen};
}

}
