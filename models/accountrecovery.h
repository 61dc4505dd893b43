#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace buttcloud {

class ApiClient;

// What a link in a ButtCloud mail is for (docs/api.md, "Authentication").
enum class AccountLinkKind { VerifyEmail, ResetPassword };

struct AccountLink
{
    AccountLinkKind kind = AccountLinkKind::VerifyEmail;
    QString token;
};

// Reads a token out of what a user pastes or a desktop hands over: the whole link
// (`<mail-link-base>verify-email?token=ve_...`, `...reset-password?token=pr_...`, any link base) or
// the bare token. The token's prefix says what it is for; a link whose action disagrees with it, or
// a token with characters the server never issues, gives nothing.
std::optional<AccountLink> parseAccountLink(const QString &text);

// The client's copy of the server's password rules (backend/auth/accountrules): what is wrong with
// the new password, for people, or nullopt when it will be accepted.
namespace PasswordRules {
inline constexpr int MinLength = 10;
inline constexpr int MaxLength = 1024;
std::optional<QString> checkNewPassword(const QString &password, const QString &repeated);
}

// The public account routes: forgotten passwords and email verification. They need no session, so
// the service has its own connection and never moves a signed-in session to another server.
class AccountRecoveryService final
{
    Q_DISABLE_COPY_MOVE(AccountRecoveryService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    AccountRecoveryService();
    ~AccountRecoveryService();

    // The server answers the same whether or not the address has an account.
    void requestPasswordReset(const QUrl &serverUrl, const QString &email, QObject *context, Handler<Done> handler);
    // linkOrToken as the user pasted it; a wrong kind of link or a malformed token is refused here
    // (code "validation_failed") and nothing is sent. The password is checked by PasswordRules
    // first; repeated is its second entry.
    void confirmPasswordReset(const QUrl &serverUrl, const QString &linkOrToken, const QString &password,
                              const QString &repeated, QObject *context, Handler<Done> handler);
    void verifyEmail(const QUrl &serverUrl, const QString &linkOrToken, QObject *context, Handler<Done> handler);

private:
    void post(const QUrl &serverUrl, const QString &path, const QJsonObject &body, QObject *context,
              Handler<Done> handler);

    std::unique_ptr<ApiClient> m_client;
};

}
