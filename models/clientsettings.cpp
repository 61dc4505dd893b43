#include "models/clientsettings.h"

#include "models/apiclient.h"

#include <QCoreApplication>
#include <QSettings>

namespace buttcloud {

namespace {
const QString LanguageKey = QStringLiteral("client/language");
const QString ThemeKey = QStringLiteral("client/theme");
const QString NotificationsKey = QStringLiteral("client/notifications");
const QString ProfilesKey = QStringLiteral("profiles");
const QString CurrentProfileKey = QStringLiteral("client/currentProfile");
const QString LayoutGroup = QStringLiteral("layout/");

const char *const ThemeNames[] = {"system", "light", "dark"};
}

QStringList ClientSettings::availableLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString ClientSettings::languageLabel(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("buttcloud::ClientSettings", "System language");
    // Each language in its own words, untranslated: whoever cannot read the current one still
    // finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

ClientSettings::ClientSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

ClientSettings::~ClientSettings() = default;

QString ClientSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void ClientSettings::setLanguage(const QString &code)
{
    const QString known = availableLanguages().contains(code) ? code : QString();
    if (known == language())
        return;
    m_settings->setValue(LanguageKey, known);
    Q_EMIT languageChanged(known);
}

ThemeChoice ClientSettings::theme() const
{
    const QString name = m_settings->value(ThemeKey).toString();
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(ThemeNames[i]))
            return ThemeChoice(i);
    }
    return ThemeChoice::System;
}

void ClientSettings::setTheme(ThemeChoice theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(ThemeKey, QString::fromLatin1(ThemeNames[int(theme)]));
    Q_EMIT themeChanged(theme);
}

bool ClientSettings::notificationsEnabled() const
{
    return m_settings->value(NotificationsKey, true).toBool();
}

void ClientSettings::setNotificationsEnabled(bool enabled)
{
    if (enabled == notificationsEnabled())
        return;
    m_settings->setValue(NotificationsKey, enabled);
    Q_EMIT notificationsEnabledChanged(enabled);
}

QList<ServerProfile> ClientSettings::profiles() const
{
    QList<ServerProfile> profiles;
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const ServerProfile profile{m_settings->value(QStringLiteral("name")).toString(),
                                    QUrl(m_settings->value(QStringLiteral("serverUrl")).toString())};
        // A hand-edited file may hold anything: keep only what the client can use.
        if (!profile.name.trimmed().isEmpty() && ApiClient::isValidServerUrl(profile.serverUrl))
            profiles.append(profile);
    }
    m_settings->endArray();
    return profiles;
}

bool ClientSettings::saveProfile(const ServerProfile &profile)
{
    ServerProfile cleaned{profile.name.trimmed(), profile.serverUrl.adjusted(QUrl::StripTrailingSlash)};
    if (cleaned.serverUrl.path() == QLatin1String("/"))
        cleaned.serverUrl.setPath({}); // one server, one spelling

    if (cleaned.name.isEmpty() || !ApiClient::isValidServerUrl(cleaned.serverUrl))
        return false;
    QList<ServerProfile> all = profiles();
    const auto existing = std::find_if(all.begin(), all.end(), [&cleaned](const ServerProfile &p) { return p.name == cleaned.name; });
    if (existing != all.end())
        *existing = cleaned;
    else
        all.append(cleaned);
    writeProfiles(all);
    return true;
}

void ClientSettings::removeProfile(const QString &name)
{
    QList<ServerProfile> all = profiles();
    if (all.removeIf([&name](const ServerProfile &p) { return p.name == name; }) == 0)
        return;
    if (currentProfileName() == name)
        m_settings->remove(CurrentProfileKey);
    writeProfiles(all);
}

std::optional<ServerProfile> ClientSettings::profile(const QString &name) const
{
    for (const ServerProfile &candidate : profiles()) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

QString ClientSettings::currentProfileName() const
{
    const QString name = m_settings->value(CurrentProfileKey).toString();
    return profile(name) ? name : QString();
}

void ClientSettings::setCurrentProfileName(const QString &name)
{
    m_settings->setValue(CurrentProfileKey, name);
}

void ClientSettings::writeProfiles(const QList<ServerProfile> &profiles)
{
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profiles.at(i).name);
        m_settings->setValue(QStringLiteral("serverUrl"), profiles.at(i).serverUrl.toString());
    }
    m_settings->endArray();
    Q_EMIT profilesChanged();
}

QByteArray ClientSettings::layout(const QString &key) const
{
    return m_settings->value(LayoutGroup + key).toByteArray();
}

void ClientSettings::setLayout(const QString &key, const QByteArray &state)
{
    m_settings->setValue(LayoutGroup + key, state);
}

}
