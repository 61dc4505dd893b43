#include "models/session.h"

#include "models/apiclient.h"
#include "models/secretstore.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace buttcloud {

namespace {
const char *const ServerUrlSetting = "rememberedServerUrl";
const char *const EmailSetting = "rememberedEmail";

ApiRequest authRequest(const char *path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QString::fromLatin1(path);
    request.body = body;
    return request;
}

ApiError notSignedInError()
{
    return {0, QString::fromLatin1(ClientErrorCode::NotSignedIn),
            QCoreApplication::translate("buttcloud::Session", "You are not signed in.")};
}

bool meansSessionIsGone(const ApiError &error)
{
    return error.is(ErrorCode::InvalidRefreshToken) || error.is(ErrorCode::Unauthenticated)
        || error.is(ErrorCode::TokenExpired);
}
}

Session::Session(ApiClient *client, SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_settings(settings)
{
}

Session::~Session() = default;

QString Session::keychainService()
{
    return QStringLiteral("ButtCloud");
}

QString Session::keychainKey(const QUrl &serverUrl, const QString &email)
{
    return serverUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char(' ') + email;
}

QString Session::profile() const
{
    return m_profile;
}

void Session::setProfile(const QString &name)
{
    if (name == m_profile)
        return;
    // A remembered sign-in stays for when the profile comes back; one that is not remembered
    // would never be used again, so it ends on the server too.
    if (!m_remember && !m_refreshToken.isEmpty())
        m_client->send(authRequest("/api/v1/auth/logout", {{QStringLiteral("refreshToken"), m_refreshToken}}));
    const bool wasSignedIn = isSignedIn();
    clearTokens();
    ++m_generation;
    m_profile = name;
    if (wasSignedIn)
        Q_EMIT signedOut();
}

QString Session::settingKey(const char *name) const
{
    // The profile-less keys are the ones clients before profiles wrote.
    if (m_profile.isEmpty())
        return QStringLiteral("session/") + QLatin1String(name);
    return QStringLiteral("session/profiles/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_profile)), QLatin1String(name));
}

bool Session::isSignedIn() const
{
    return m_user.has_value();
}

User Session::user() const
{
    return m_user.value_or(User{});
}

QUrl Session::serverUrl() const
{
    return m_client->serverUrl();
}

void Session::signIn(const QUrl &serverUrl, const QString &email, const QString &password, bool remember)
{
    clearTokens();
    const quint64 generation = ++m_generation;
    m_client->setServerUrl(serverUrl);
    const QUrl server = m_client->serverUrl();
    ApiJob *job = m_client->send(authRequest("/api/v1/auth/login",
                                             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
    connect(job, &ApiJob::finished, this, [this, generation, server, remember](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        if (!response.ok()) {
            Q_EMIT signInFailed(response.error().message);
            return;
        }
        const Result<TokenGrant> grant = parseTokenGrant(response.value(), server);
        if (!grant.ok()) {
            Q_EMIT signInFailed(grant.error().message);
            return;
        }
        const bool rememberedAnother = hasRememberedAccount()
            && keychainKey(rememberedServerUrl(), rememberedEmail()) != keychainKey(server, grant.value().user.email);
        if (rememberedAnother || (!remember && hasRememberedAccount()))
            forgetRememberedAccount();
        adopt(grant.value());
        m_remember = remember;
        if (remember)
            rememberRefreshToken();
        Q_EMIT signedIn();
    });
}

bool Session::hasRememberedAccount() const
{
    return ApiClient::isValidServerUrl(rememberedServerUrl()) && !rememberedEmail().isEmpty();
}

QUrl Session::rememberedServerUrl() const
{
    return QUrl(m_settings->value(settingKey(ServerUrlSetting)).toString());
}

QString Session::rememberedEmail() const
{
    return m_settings->value(settingKey(EmailSetting)).toString();
}

void Session::restore()
{
    clearTokens();
    const quint64 generation = ++m_generation;
    if (!hasRememberedAccount()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT restoreFinished(false, {}); });
        return;
    }
    const QUrl server = rememberedServerUrl();
    m_client->setServerUrl(server);
    QPointer<Session> self(this);
    m_secrets->read(keychainKey(server, rememberedEmail()), [self, generation, server](const SecretResult &secret) {
        if (!self || generation != self->m_generation)
            return;
        if (secret.status == SecretResult::Status::NotFound) {
            self->m_settings->remove(self->settingKey(ServerUrlSetting));
            self->m_settings->remove(self->settingKey(EmailSetting));
            Q_EMIT self->restoreFinished(false, {});
            return;
        }
        if (secret.status == SecretResult::Status::Unavailable) {
            self->reportKeychainProblem(secret.message);
            Q_EMIT self->restoreFinished(false, {});
            return;
        }
        ApiJob *job = self->m_client->send(authRequest("/api/v1/auth/refresh", {{QStringLiteral("refreshToken"), secret.secret}}));
        connect(job, &ApiJob::finished, self.data(), [self, generation, server](const ApiResponse &response) {
            if (generation != self->m_generation)
                return;
            const Result<TokenGrant> grant = response.ok() ? parseTokenGrant(response.value(), server)
                                                           : Result<TokenGrant>(response.error());
            if (!grant.ok()) {
                // Keep the token when the server was merely unreachable; drop it when it is dead.
                if (meansSessionIsGone(grant.error()))
                    self->forgetRememberedAccount();
                Q_EMIT self->restoreFinished(false, grant.error().message);
                return;
            }
            self->adopt(grant.value());
            self->m_remember = true;
            self->rememberRefreshToken(); // refresh tokens are single use: store the new one
            Q_EMIT self->signedIn();
            Q_EMIT self->restoreFinished(true, {});
        });
    });
}

void Session::signOut()
{
    if (!m_refreshToken.isEmpty()) {
        // Fire and forget: the local sign-out must not wait for, or fail with, the server.
        m_client->send(authRequest("/api/v1/auth/logout", {{QStringLiteral("refreshToken"), m_refreshToken}}));
    }
    if (m_remember || hasRememberedAccount())
        forgetRememberedAccount();
    const bool wasSignedIn = isSignedIn();
    clearTokens();
    ++m_generation;
    if (wasSignedIn)
        Q_EMIT signedOut();
}

void Session::send(const ApiRequest &request, QObject *context, ResponseHandler handler)
{
    sendAttempt(request, context, std::move(handler), true);
}

void Session::sendAttempt(const ApiRequest &request, QObject *context, ResponseHandler handler, bool mayRefresh)
{
    Q_ASSERT(context);
    if (!isSignedIn()) {
        QTimer::singleShot(0, context, [handler] { handler(notSignedInError()); });
        return;
    }
    ApiRequest authorized = request;
    authorized.bearerToken = m_accessToken;
    const quint64 generation = m_generation;
    QPointer<QObject> guard(context);
    if (request.progress) // reported only while the caller is there to hear it
        authorized.progress = [guard, progress = request.progress](qint64 done, qint64 total) {
            if (guard)
                progress(done, total);
        };
    ApiJob *job = m_client->send(authorized);
    connect(job, &ApiJob::finished, this,
            [this, request, guard, handler, mayRefresh, generation, usedToken = m_accessToken](const ApiResponse &response) {
        if (!guard)
            return;
        if (generation != m_generation) {
            handler(notSignedInError());
            return;
        }
        if (response.ok() || !response.error().is(ErrorCode::TokenExpired) || !mayRefresh) {
            handler(response);
            return;
        }
        if (usedToken != m_accessToken) { // another request refreshed meanwhile
            sendAttempt(request, guard, handler, false);
            return;
        }
        refreshTokens([this, request, guard, handler](const std::optional<ApiError> &error) {
            if (!guard)
                return;
            if (error)
                handler(*error);
            else
                sendAttempt(request, guard, handler, false);
        });
    });
}

QString Session::accessToken() const
{
    return m_accessToken;
}

void Session::refreshAccessToken(QObject *context, std::function<void(const std::optional<ApiError> &error)> handler)
{
    Q_ASSERT(context);
    if (!isSignedIn()) {
        QTimer::singleShot(0, context, [handler] { handler(notSignedInError()); });
        return;
    }
    QPointer<QObject> guard(context);
    refreshTokens([guard, handler](const std::optional<ApiError> &error) {
        if (guard)
            handler(error);
    });
}

void Session::refreshTokens(RefreshCallback callback)
{
    m_refreshWaiters.append(std::move(callback));
    if (m_refreshing)
        return; // one refresh serves every request that found its token expired
    m_refreshing = true;
    const quint64 generation = m_generation;
    const QUrl server = m_client->serverUrl();
    ApiJob *job = m_client->send(authRequest("/api/v1/auth/refresh", {{QStringLiteral("refreshToken"), m_refreshToken}}));
    connect(job, &ApiJob::finished, this, [this, generation, server](const ApiResponse &response) {
        if (generation != m_generation) {
            finishRefresh(notSignedInError());
            return;
        }
        const Result<TokenGrant> grant = response.ok() ? parseTokenGrant(response.value(), server)
                                                       : Result<TokenGrant>(response.error());
        if (grant.ok()) {
            adopt(grant.value());
            if (m_remember)
                rememberRefreshToken();
            finishRefresh(std::nullopt);
            Q_EMIT accessTokenChanged();
            return;
        }
        const ApiError error = grant.error();
        if (meansSessionIsGone(error)) {
            if (m_remember)
                forgetRememberedAccount();
            clearTokens();
            ++m_generation;
            finishRefresh(error);
            Q_EMIT sessionExpired(error.message);
            return;
        }
        finishRefresh(error); // e.g. unreachable: keep the session, the next call may work
    });
}

void Session::finishRefresh(const std::optional<ApiError> &error)
{
    m_refreshing = false;
    const QList<RefreshCallback> waiters = std::exchange(m_refreshWaiters, {});
    for (const RefreshCallback &waiter : waiters)
        waiter(error);
}

void Session::reloadUser()
{
    if (!isSignedIn())
        return;
    const quint64 generation = m_generation;
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/me");
    send(request, this, [this, generation, server = serverUrl()](const ApiResponse &response) {
        if (generation != m_generation || !response.ok())
            return;
        const Result<User> user = parseUser(response.value(), server);
        if (!user.ok())
            return;
        m_user = user.value();
        Q_EMIT userChanged();
    });
}

void Session::changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                             std::function<void(const Result<Done> &result)> handler)
{
    ApiRequest request = authRequest("/api/v1/auth/password", {{QStringLiteral("currentPassword"), currentPassword},
                                                               {QStringLiteral("newPassword"), newPassword}});
    const quint64 generation = m_generation;
    send(request, context, [this, generation, handler, server = serverUrl()](const ApiResponse &response) {
        if (!response.ok()) {
            ApiError error = response.error();
            if (error.is(ErrorCode::InvalidCredentials))
                error.message = tr("The current password is wrong.");
            handler(error);
            return;
        }
        const Result<TokenGrant> grant = parseTokenGrant(response.value(), server);
        if (!grant.ok()) {
            handler(grant.error());
            return;
        }
        if (generation == m_generation) {
            adopt(grant.value());
            if (m_remember)
                rememberRefreshToken();
            Q_EMIT accessTokenChanged();
        }
        handler(Done{});
    });
}

void Session::adopt(const TokenGrant &grant)
{
    m_accessToken = grant.accessToken;
    m_refreshToken = grant.refreshToken;
    m_user = grant.user;
}

void Session::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user.reset();
    m_remember = false;
}

QString Session::currentKeychainKey() const
{
    return keychainKey(m_client->serverUrl(), user().email);
}

void Session::rememberRefreshToken()
{
    const QUrl server = m_client->serverUrl();
    const QString email = user().email;
    const quint64 generation = m_generation;
    QPointer<Session> self(this);
    m_secrets->write(keychainKey(server, email), m_refreshToken, [self, server, email, generation](const SecretResult &result) {
        if (!self || generation != self->m_generation)
            return;
        if (result.status != SecretResult::Status::Ok) {
            self->m_remember = false;
            self->m_settings->remove(self->settingKey(ServerUrlSetting));
            self->m_settings->remove(self->settingKey(EmailSetting));
            self->reportKeychainProblem(result.message);
            return;
        }
        self->m_settings->setValue(self->settingKey(ServerUrlSetting), server.toString());
        self->m_settings->setValue(self->settingKey(EmailSetting), email);
    });
}

void Session::forgetRememberedAccount()
{
    const QString key = hasRememberedAccount() ? keychainKey(rememberedServerUrl(), rememberedEmail())
                                               : currentKeychainKey();
    m_settings->remove(settingKey(ServerUrlSetting));
    m_settings->remove(settingKey(EmailSetting));
    QPointer<Session> self(this);
    m_secrets->remove(key, [self](const SecretResult &result) {
        if (self && result.status == SecretResult::Status::Unavailable)
            self->reportKeychainProblem(result.message);
    });
}

void Session::reportKeychainProblem(const QString &detail)
{
    const QString message = detail.isEmpty()
        ? tr("No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.")
        : tr("No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.")
              .arg(detail);
    Q_EMIT keychainUnavailable(message);
}

}
