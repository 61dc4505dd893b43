#pragma once

#include <QString>
#include <QUrl>

namespace buttcloud {

// Codes for failures that happen on our side of the wire; server codes are in wire/errorcodes.h.
namespace ClientErrorCode {
inline constexpr const char *Network = "network";            // the server could not be reached
inline constexpr const char *Timeout = "timeout";            // the server did not answer in time
inline constexpr const char *InvalidReply = "invalid_reply"; // the reply is not what the contract says
inline constexpr const char *NotSignedIn = "not_signed_in";  // a call was made without a session
inline constexpr const char *Keychain = "keychain";          // the OS keychain failed
inline constexpr const char *KeyFile = "key_file";           // a private key file could not be used
inline constexpr const char *LocalFile = "local_file";       // a file to send or save could not be used
}

// What went wrong, in two forms: `code` for code to branch on, `message` for a person to read.
// httpStatus is 0 when no HTTP answer arrived.
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;
    // The server's own message; a validation failure's starts with the field it names.
    QString serverMessage = {};

    bool is(const char *errorCode) const;
    // A validation_failed about this field (e.g. "token").
    bool isValidationOf(const char *field) const;
};

// Builds the sentence shown for a server error. serverMessage is the server's own text, used only
// where it names something useful (a validation failure names the field).
QString messageForServerError(int httpStatus, const QString &code, const QString &serverMessage);

ApiError invalidReplyError(const QUrl &serverUrl, int httpStatus);

}
