#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

class QSettings;

namespace buttcloud {

enum class ThemeChoice { System, Light, Dark };

// A named server to sign in to: an operator's fleet, one's own self-hosted server. The keychain
// entry of a remembered sign-in is per server and email (Session::keychainKey), so each profile
// keeps its own.
struct ServerProfile
{
    QString name;
    QUrl serverUrl;

    bool operator==(const ServerProfile &other) const = default;
};

// The client's own preferences, kept with QSettings (never a secret): language, theme, desktop
// notifications, server profiles, and the remembered layout of windows and tables.
class ClientSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSettings)

public:
    // The languages the client ships, as codes; empty means the system's.
    static QStringList availableLanguages();
    // A language's own name ("Deutsch"), or "System" for the empty code.
    static QString languageLabel(const QString &code);

    // settings is not owned and must outlive this object.
    explicit ClientSettings(QSettings *settings, QObject *parent = nullptr);
    ~ClientSettings() override;

    QString language() const; // "", "en", "de" or "es"
    void setLanguage(const QString &code);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    QList<ServerProfile> profiles() const;
    // Adds or replaces the profile of that name. Refused (false) for an empty name or a URL the
    // client cannot use (ApiClient::isValidServerUrl).
    bool saveProfile(const ServerProfile &profile);
    void removeProfile(const QString &name);
    std::optional<ServerProfile> profile(const QString &name) const;
    // The profile last switched to (empty when none).
    QString currentProfileName() const;
    void setCurrentProfileName(const QString &name);

    // Opaque layout blobs (QWidget::saveGeometry, QMainWindow::saveState, QHeaderView::saveState)
    // under a key such as "mainWindow/geometry".
    QByteArray layout(const QString &key) const;
    void setLayout(const QString &key, const QByteArray &state);

Q_SIGNALS:
    void languageChanged(const QString &code);
    void themeChanged(buttcloud::ThemeChoice theme);
    void notificationsEnabledChanged(bool enabled);
    void profilesChanged();

private:
    void writeProfiles(const QList<ServerProfile> &profiles);

    QSettings *m_settings;
};

}
