#pragma once

#include "models/apijob.h"
#include "models/apirequest.h"
#include "models/apitypes.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class QSettings;

namespace buttcloud {

class ApiClient;
class SecretStore;

// A signed-in user on one server. Keeps the access token in memory only, refreshes it when the
// server says it expired, and with "remember me" keeps the refresh token in the SecretStore (the
// OS keychain) so the next start can sign in again without a password.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    using ResponseHandler = std::function<void(const ApiResponse &)>;

    // None are owned; all must outlive the session. settings holds which account is remembered
    // (server URL and email, never a secret).
    Session(ApiClient *client, SecretStore *secrets, QSettings *settings, QObject *parent = nullptr);
    ~Session() override;

    // The service name the keychain entries are filed under.
    static QString keychainService();
    static QString keychainKey(const QUrl &serverUrl, const QString &email);

    // The server profile (ClientSettings) whose remembered sign-in this session reads and writes:
    // each profile keeps its own (settings under session/profiles/<name>/; the keychain entry is
    // per server and email anyway). Changing it signs out here without forgetting the remembered
    // sign-in of the profile left. Empty: the one profile-less sign-in of older clients.
    void setProfile(const QString &name);
    QString profile() const;

    bool isSignedIn() const;
    User user() const;
    QUrl serverUrl() const;

    // Answers with signedIn() or signInFailed().
    void signIn(const QUrl &serverUrl, const QString &email, const QString &password, bool remember);

    bool hasRememberedAccount() const;
    QUrl rememberedServerUrl() const;
    QString rememberedEmail() const;
    // Signs in with the remembered refresh token; answers with restoreFinished() (and signedIn()).
    void restore();

    // Revokes the refresh token on the server, forgets it here and in the keychain.
    void signOut();

    // Sends an authorized request. On token_expired it refreshes the tokens once and retries once.
    // handler runs exactly once unless context is destroyed first.
    void send(const ApiRequest &request, QObject *context, ResponseHandler handler);

    // Reads the signed-in user again (GET /api/v1/me), e.g. after the email address was verified;
    // answers with userChanged() when it worked. Failures leave the user as it was.
    void reloadUser();

    // Changes the signed-in user's own password (POST /api/v1/auth/password). The server revokes
    // every other token, so the session takes the new pair it answers (and remembers it when the
    // old one was). A wrong current password is invalid_credentials with a message saying so.
    void changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                        std::function<void(const Result<Done> &result)> handler);

    // For the live stream, which authenticates inside its WebSocket rather than per request.
    QString accessToken() const;
    // Refreshes the tokens now (e.g. the stream was closed for an expired token). handler gets
    // nullopt on success; it runs once unless context is destroyed first.
    void refreshAccessToken(QObject *context, std::function<void(const std::optional<ApiError> &error)> handler);

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);
    void restoreFinished(bool restored, const QString &message);
    void signedOut();
    // A new access token replaced the old one (a refresh); never emitted on sign-out.
    void accessTokenChanged();
    // user() changed without a new sign-in (reloadUser()).
    void userChanged();
    // The server no longer accepts this session; the user must sign in again.
    void sessionExpired(const QString &message);
    // Remembering failed because no keychain is usable; nothing was stored anywhere.
    void keychainUnavailable(const QString &message);

private:
    using RefreshCallback = std::function<void(const std::optional<ApiError> &error)>;

    void sendAttempt(const ApiRequest &request, QObject *context, ResponseHandler handler, bool mayRefresh);
    void refreshTokens(RefreshCallback callback);
    void finishRefresh(const std::optional<ApiError> &error);
    void adopt(const TokenGrant &grant);
    void clearTokens();
    void rememberRefreshToken();
    void forgetRememberedAccount();
    void reportKeychainProblem(const QString &detail);
    QString currentKeychainKey() const;
    QString settingKey(const char *name) const;

    ApiClient *m_client;
    SecretStore *m_secrets;
    QSettings *m_settings;
    QString m_profile;

    std::optional<User> m_user;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_remember = false;
    // Bumped whenever the signed-in identity changes, so late answers for an old one are dropped.
    quint64 m_generation = 0;
    bool m_refreshing = false;
    QList<RefreshCallback> m_refreshWaiters;
};

}
