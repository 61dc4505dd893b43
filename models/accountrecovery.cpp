#include "models/accountrecovery.h"

#include "models/apiclient.h"
#include "models/apijob.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace buttcloud {

namespace {
class RecoveryText
{
    Q_DECLARE_TR_FUNCTIONS(buttcloud::AccountRecoveryService)
};

// The server issues a prefix and 43 base64url characters; a little slack either way costs nothing.
const QRegularExpression TokenPattern(QStringLiteral("^(ve|pr)_[A-Za-z0-9_-]{16,128}$"));
constexpr int MaxEmailLength = 254;

struct LinkAction
{
    AccountLinkKind kind;
    const char *prefix;
    const char *action; // the last path segment of the link
};
constexpr LinkAction LinkActions[] = {
    {AccountLinkKind::VerifyEmail, "ve_", "verify-email"},
    {AccountLinkKind::ResetPassword, "pr_", "reset-password"},
};

const LinkAction *actionForToken(const QString &token)
{
    for (const LinkAction &action : LinkActions) {
        if (token.startsWith(QLatin1String(action.prefix)))
            return &action;
    }
    return nullptr;
}

// With buttcloud://verify-email?token=..., the action is the URL's host; with an https link base it
// is the last segment of the path.
QString actionOfLink(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const QString lastSegment = path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return lastSegment.isEmpty() ? url.host() : lastSegment;
}

ApiError refused(const QString &message)
{
    return {0, QString::fromLatin1(ErrorCode::ValidationFailed), message};
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return email.size() <= MaxEmailLength && pattern.match(email).hasMatch();
}

// Local refusals answer later, like the network, so callers see one kind of flow.
void answerLater(QObject *context, const AccountRecoveryService::Handler<Done> &handler, const ApiError &error)
{
    QTimer::singleShot(0, context, [handler, error] { handler(error); });
}

AccountRecoveryService::Handler<Done> explainTokenError(AccountRecoveryService::Handler<Done> handler, const QString &message)
{
    return explainErrorIf(std::move(handler), [](const ApiError &error) { return error.isValidationOf("token"); }, message);
}
}

std::optional<AccountLink> parseAccountLink(const QString &text)
{
    QString trimmed = text.trimmed();
    // Some mail programs show links as <https://...>.
    if (trimmed.startsWith(QLatin1Char('<')) && trimmed.endsWith(QLatin1Char('>')))
        trimmed = trimmed.mid(1, trimmed.size() - 2).trimmed();
    QString token = trimmed;
    QString action;
    if (trimmed.contains(QLatin1String("://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return std::nullopt;
        token = QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
        action = actionOfLink(url);
    }
    if (!TokenPattern.match(token).hasMatch())
        return std::nullopt;
    const LinkAction *expected = actionForToken(token);
    if (!expected || (!action.isEmpty() && action != QLatin1String(expected->action)))
        return std::nullopt;
    return AccountLink{expected->kind, token};
}

namespace PasswordRules {
std::optional<QString> checkNewPassword(const QString &password, const QString &repeated)
{
    if (password.size() < MinLength)
        return RecoveryText::tr("The new password must be at least %1 characters long.").arg(MinLength);
    if (password.size() > MaxLength)
        return RecoveryText::tr("The new password must be at most %1 characters long.").arg(MaxLength);
    if (password != repeated)
        return RecoveryText::tr("The two passwords do not match.");
    return std::nullopt;
}
}

AccountRecoveryService::AccountRecoveryService()
    : m_client(std::make_unique<ApiClient>())
{
}

AccountRecoveryService::~AccountRecoveryService() = default;

void AccountRecoveryService::requestPasswordReset(const QUrl &serverUrl, const QString &email, QObject *context,
                                                  Handler<Done> handler)
{
    const QString address = email.trimmed();
    if (!isPlausibleEmail(address)) {
        answerLater(context, handler, refused(RecoveryText::tr("Enter the email address of your account.")));
        return;
    }
    post(serverUrl, QStringLiteral("/api/v1/auth/password-reset"), {{QStringLiteral("email"), address}}, context,
         std::move(handler));
}

void AccountRecoveryService::confirmPasswordReset(const QUrl &serverUrl, const QString &linkOrToken,
                                                  const QString &password, const QString &repeated,
                                                  QObject *context, Handler<Done> handler)
{
    const std::optional<AccountLink> link = parseAccountLink(linkOrToken);
    if (!link || link->kind != AccountLinkKind::ResetPassword) {
        answerLater(context, handler,
                    refused(RecoveryText::tr("Paste the whole password reset link from the mail, or the code after token=.")));
        return;
    }
    if (const std::optional<QString> problem = PasswordRules::checkNewPassword(password, repeated)) {
        answerLater(context, handler, refused(*problem));
        return;
    }
    handler = explainTokenError(std::move(handler),
                                RecoveryText::tr("This reset link is not valid any more: it was used already or is more than an hour old. Ask for a new one."));
    post(serverUrl, QStringLiteral("/api/v1/auth/password-reset/confirm"),
         {{QStringLiteral("token"), link->token}, {QStringLiteral("password"), password}}, context, std::move(handler));
}

void AccountRecoveryService::verifyEmail(const QUrl &serverUrl, const QString &linkOrToken, QObject *context,
                                         Handler<Done> handler)
{
    const std::optional<AccountLink> link = parseAccountLink(linkOrToken);
    if (!link || link->kind != AccountLinkKind::VerifyEmail) {
        answerLater(context, handler,
                    refused(RecoveryText::tr("Paste the whole verification link from the welcome mail, or the code after token=.")));
        return;
    }
    handler = explainTokenError(std::move(handler),
                                RecoveryText::tr("This verification link is not valid any more: it was used already or is more than a week old."));
    post(serverUrl, QStringLiteral("/api/v1/auth/verify-email"), {{QStringLiteral("token"), link->token}}, context,
         std::move(handler));
}

void AccountRecoveryService::post(const QUrl &serverUrl, const QString &path, const QJsonObject &body,
                                  QObject *context, Handler<Done> handler)
{
    if (!ApiClient::isValidServerUrl(serverUrl)) {
        answerLater(context, handler, refused(RecoveryText::tr("Enter the server address first.")));
        return;
    }
    m_client->setServerUrl(serverUrl);
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    ApiJob *job = m_client->send(request);
    QObject::connect(job, &ApiJob::finished, context, [handler = std::move(handler)](const ApiResponse &response) {
        if (response.ok())
            handler(Done{});
        else
            handler(response.error());
    });
}

}
