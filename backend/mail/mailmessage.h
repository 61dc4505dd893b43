#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

#include <optional>
#include <stdexcept>

Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace buttcloud {

// A mail the builder refuses: an invalid address or a header value that could inject headers.
class MailRefused : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// A display name and an address, as in `Name <local@domain>`.
struct Mailbox
{
    QString name;
    QString address;
};

// What each function returns is what is wrong, for people, or nullopt when the value is fine.
namespace MailRules {
inline constexpr int AddressMaxLength = 254;
inline constexpr int HeaderTextMaxLength = 400;

// ASCII local@domain with no spaces, quotes, angle brackets, commas or control characters, and a
// domain of letters, digits and hyphens: anything an SMTP envelope or a header could misread.
std::optional<QString> checkAddress(const QString &address);
// Names and subjects: no CR, LF or other control characters (header injection), bounded length.
std::optional<QString> checkHeaderText(const QString &text);
// Reads "Name <address>" or a bare address; nullopt when either part is refused.
std::optional<Mailbox> parseMailbox(const QString &text);
}

// A mail ready to be built: plain text and HTML alternatives of one message.
struct MimeMail
{
    Mailbox from;
    Mailbox to;
    QString replyTo;    // an address, or empty
    QString subject;
    QString textBody;
    QString htmlBody;   // empty: a text-only mail
    QString messageId;  // <...@...>
    QString language;   // Content-Language, e.g. en
    QDateTime date;
};

// RFC 2047 encoded words (UTF-8, base64) for header text that is not plain printable ASCII; ASCII
// text is returned as it is.
QByteArray encodeHeaderText(const QString &text);
QByteArray formatMailbox(const Mailbox &mailbox);
// The message as sent over SMTP (CRLF line ends, base64 bodies). Throws MailRefused.
QByteArray buildMime(const MimeMail &mail);
// A fresh Message-ID in the domain of the sender's address.
QString newMessageId(const QString &senderAddress);

}
