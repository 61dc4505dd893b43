#include "mail/mailmessage.h"

#include "core/random.h"

#include <QLocale>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcMail, "buttcloud.mail")

namespace buttcloud {

namespace {
constexpr int EncodedWordPayloadMax = 45; // bytes per encoded word: 60 base64 chars + 12 of framing < 75
constexpr int BodyLineLength = 76;

bool isPlainHeaderText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // "=?" would read as the start of an encoded word.
    return !text.contains(QLatin1String("=?"));
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += BodyLineLength)
        lines += encoded.mid(at, BodyLineLength) + "\r\n";
    return lines;
}

QByteArray bodyPart(const QByteArray &contentType, const QString &body)
{
    return "Content-Type: " + contentType + "; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(body.toUtf8());
}

void require(const std::optional<QString> &problem, const char *what)
{
    if (problem)
        throw MailRefused(QStringLiteral("%1 %2").arg(QLatin1String(what), *problem).toStdString());
}
}

std::optional<QString> MailRules::checkAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    if (address.isEmpty())
        return QStringLiteral("must not be empty");
    if (address.size() > AddressMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(AddressMaxLength);
    if (!pattern.match(address).hasMatch() || address.startsWith(QLatin1Char('.')) || address.contains(QLatin1String(".."))
        || address.contains(QLatin1String(".@")))
        return QStringLiteral("must be an email address such as alice@example.org");
    return std::nullopt;
}

std::optional<QString> MailRules::checkHeaderText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return QStringLiteral("must not contain line breaks or control characters");
    }
    if (text.size() > HeaderTextMaxLength)
        return QStringLiteral("must be at most %1 characters").arg(HeaderTextMaxLength);
    return std::nullopt;
}

std::optional<Mailbox> MailRules::parseMailbox(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^(.*)<([^<>]*)>$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = named.match(trimmed);
    Mailbox mailbox = match.hasMatch() ? Mailbox{match.captured(1).trimmed(), match.captured(2).trimmed()}
                                       : Mailbox{QString(), trimmed};
    if (checkAddress(mailbox.address) || checkHeaderText(mailbox.name))
        return std::nullopt;
    return mailbox;
}

QByteArray encodeHeaderText(const QString &text)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    // Split on whole characters so no encoded word ends inside a UTF-8 sequence (RFC 2047, 5).
    QList<QByteArray> words;
    QByteArray current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (current.size() + character.size() > EncodedWordPayloadMax) {
            words.append(current);
            current.clear();
        }
        current += character;
    }
    if (!current.isEmpty())
        words.append(current);
    QByteArray encoded;
    for (const QByteArray &word : words) {
        if (!encoded.isEmpty())
            encoded += "\r\n "; // folded: the space between encoded words is not displayed
        encoded += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return encoded;
}

QByteArray formatMailbox(const Mailbox &mailbox)
{
    const QByteArray address = mailbox.address.toLatin1();
    if (mailbox.name.isEmpty())
        return address;
    // Atoms go as they are; other printable ASCII (a dot, a comma) quoted; anything else encoded.
    static const QRegularExpression atoms(QStringLiteral("^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+$"));
    QByteArray name;
    if (atoms.match(mailbox.name).hasMatch())
        name = mailbox.name.toLatin1();
    else if (isPlainHeaderText(mailbox.name) && !mailbox.name.contains(QLatin1Char('"')) && !mailbox.name.contains(QLatin1Char('\\')))
        name = '"' + mailbox.name.toLatin1() + '"';
    else
        name = encodeHeaderText(mailbox.name);
    return name + " <" + address + '>';
}

QByteArray buildMime(const MimeMail &mail)
{
    require(MailRules::checkAddress(mail.from.address), "the sender address");
    require(MailRules::checkAddress(mail.to.address), "the recipient address");
    if (!mail.replyTo.isEmpty())
        require(MailRules::checkAddress(mail.replyTo), "the reply-to address");
    require(MailRules::checkHeaderText(mail.from.name), "the sender name");
    require(MailRules::checkHeaderText(mail.to.name), "the recipient name");
    require(MailRules::checkHeaderText(mail.subject), "the subject");
    static const QRegularExpression messageIdPattern(QStringLiteral("^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>$"));
    if (!messageIdPattern.match(mail.messageId).hasMatch())
        throw MailRefused("the Message-ID must look like <id@domain>");
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2}$"));

    QByteArray mime;
    mime += "From: " + formatMailbox(mail.from) + "\r\n";
    mime += "To: " + formatMailbox(mail.to) + "\r\n";
    if (!mail.replyTo.isEmpty())
        mime += "Reply-To: " + mail.replyTo.toLatin1() + "\r\n";
    mime += "Subject: " + encodeHeaderText(mail.subject) + "\r\n";
    mime += "Date: " + QLocale::c().toString(mail.date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000\r\n";
    mime += "Message-ID: " + mail.messageId.toLatin1() + "\r\n";
    if (languagePattern.match(mail.language).hasMatch())
        mime += "Content-Language: " + mail.language.toLatin1() + "\r\n";
    mime += "MIME-Version: 1.0\r\n";
    if (mail.htmlBody.isEmpty())
        return mime + bodyPart("text/plain", mail.textBody);

    // The boundary is random, and base64 bodies can never contain "--" + it.
    const QByteArray boundary = "=_buttcloud_" + randomBytes(12).toHex();
    mime += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    mime += "--" + boundary + "\r\n" + bodyPart("text/plain", mail.textBody);
    mime += "--" + boundary + "\r\n" + bodyPart("text/html", mail.htmlBody);
    mime += "--" + boundary + "--\r\n";
    return mime;
}

QString newMessageId(const QString &senderAddress)
{
    const QString domain = senderAddress.section(QLatin1Char('@'), 1);
    return QStringLiteral("<%1.%2@%3>").arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36), generateId(), domain.isEmpty() ? QStringLiteral("localhost") : domain);
}

}
