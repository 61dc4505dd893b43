#pragma once

#include <QHash>
#include <QString>

namespace buttcloud {

// One mail in one language, placeholders filled in.
struct RenderedMail
{
    QString subject;
    QString textBody;
    QString htmlBody;
    QString language;
};

// The mails' texts are resources (backend/mail/templates/<language>.json: kind -> subject, text,
// html with {{placeholder}}s). Values are HTML-escaped in the HTML part; unknown languages fall back
// to English. Throws std::invalid_argument for an unknown kind (a programming error).
RenderedMail renderMail(const QString &kind, const QString &language, const QHash<QString, QString> &values);
// en, de or es; anything else (or empty) is en.
QString mailLanguage(const QString &language);

}
