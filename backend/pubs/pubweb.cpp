#include "pubs/pubweb.h"

#include "wire/dnslabel.h"

#include <QStringList>
#include <QUrl>

namespace buttcloud {

namespace {

constexpr int MaxHostNameLength = 253;
// The longest prefix a pub's host names put in front of the domain: "<name>.git.".
constexpr int LongestPrefix = MaxPubNameLength + 5;

QString webUrl(const QString &scheme, const QString &host, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    // The scheme's own port stays out of the link.
    if (!((scheme == QLatin1String("http") && port == 80) || (scheme == QLatin1String("https") && port == 443)))
        url.setPort(port);
    url.setPath(path);
    return url.toString();
}

}

std::optional<QString> pubDomainProblem(const QString &domain)
{
    if (domain.size() > MaxHostNameLength - LongestPrefix)
        return QStringLiteral("a domain has at most %1 characters, so that pub host names fit").arg(MaxHostNameLength - LongestPrefix);
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QStringLiteral("expected a domain of at least two labels, such as pubs.example.org");
    for (const QString &label : labels) {
        if (!isDnsLabel(label, MaxHubNameLength))
            return QStringLiteral("expected dot-separated lowercase DNS labels (a-z, 0-9, inner '-')");
    }
    return std::nullopt;
}

QString pubHostName(const QString &name, const QString &domain)
{
    return name + QLatin1Char('.') + domain;
}

QString pubGitHostName(const QString &name, const QString &domain)
{
    return name + QStringLiteral(".git.") + domain;
}

QJsonObject pubWebFields(const QString &pubName, const PubWebSettings &web)
{
    QJsonObject fields{{QStringLiteral("hostName"), QJsonValue::Null},
                       {QStringLiteral("landingUrl"), QJsonValue::Null},
                       {QStringLiteral("viewerUrl"), QJsonValue::Null},
                       {QStringLiteral("gitUrl"), QJsonValue::Null}};
    if (web.domain.isEmpty())
        return fields;
    const QString host = pubHostName(pubName, web.domain);
    fields.insert(QStringLiteral("hostName"), host);
    if (!web.ingress)
        return fields;
    fields.insert(QStringLiteral("landingUrl"), webUrl(web.scheme, host, web.port, QStringLiteral("/")));
    // The ingress sends /feed to the pub's own feed in the viewer (the viewer has no index page).
    fields.insert(QStringLiteral("viewerUrl"), webUrl(web.scheme, host, web.port, QStringLiteral("/feed")));
    fields.insert(QStringLiteral("gitUrl"), webUrl(web.scheme, pubGitHostName(pubName, web.domain), web.port, QStringLiteral("/")));
    return fields;
}

}
