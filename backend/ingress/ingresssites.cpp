#include "ingress/ingresssites.h"

#include "pubs/pubweb.h"
#include "swarm/pubarchive.h"
#include "swarm/pubservicespec.h"
#include "wire/dnslabel.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace buttcloud {

namespace {

constexpr auto SitesFile = "sites.conf";
constexpr auto CertFile = "tls/cert.pem";
constexpr auto KeyFile = "tls/key.pem";

QString landingDir(const QString &siteDir, const QString &pubId)
{
    return siteDir + QStringLiteral("/landing/") + pubId;
}

QString listenLines(const IngressSiteSettings &settings, bool defaultServer)
{
    const QString suffix = defaultServer ? QStringLiteral(" default_server;\n") : QStringLiteral(";\n");
    QString lines = QStringLiteral("    listen %1").arg(IngressContainerHttpPort) + suffix;
    if (settings.tls)
        lines += QStringLiteral("    listen %1 ssl").arg(IngressContainerHttpsPort) + suffix;
    return lines;
}

// Every value below was checked by ingressPubProblem: labels, ids and feed ids have no character
// nginx's syntax gives a meaning to (no space, quote, ';', '{', '}', '$' or '#').
QString proxyLocation(const QString &pubId, quint16 port)
{
    return QStringLiteral(
               "    location / {\n"
               "        limit_except GET HEAD { deny all; }\n"
               // A variable makes nginx resolve the name per request: a pub that is down answers
               // 502 and the rest of the configuration still loads. tasks.<service> is the task's
               // own address: a pub has one task, and the service's virtual IP (IPVS) is not
               // reachable on every host.
               "        set $pub_upstream tasks.%1;\n"
               "        proxy_pass http://$pub_upstream:%2;\n"
               "        proxy_set_header Host $host;\n"
               "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
               "        proxy_set_header X-Forwarded-Proto $scheme;\n"
               "    }\n")
        .arg(pubServiceName(pubId))
        .arg(port);
}

QString pubServers(const IngressPub &pub, const IngressSiteSettings &settings, const QString &siteDir)
{
    // The viewer has no index page: /feed is the pub's own feed, or the landing page while the feed
    // id is not known yet.
    const QString feedTarget = pub.feedId.isEmpty()
        ? QStringLiteral("/")
        : QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(pub.feedId));
    QString text = QStringLiteral("# pub %1 (%2)\nserver {\n").arg(pub.name, pub.id);
    text += listenLines(settings, false);
    text += QStringLiteral("    server_name %1;\n").arg(pubHostName(pub.name, settings.domain));
    text += QStringLiteral("    location = / {\n"
                           "        root %1;\n"
                           "        try_files /index.html =404;\n"
                           "    }\n")
                .arg(landingDir(siteDir, pub.id));
    text += QStringLiteral("    location = /feed {\n        return 302 %1;\n    }\n").arg(feedTarget);
    text += proxyLocation(pub.id, PubViewerPort);
    text += QStringLiteral("}\nserver {\n");
    text += listenLines(settings, false);
    text += QStringLiteral("    server_name %1;\n").arg(pubGitHostName(pub.name, settings.domain));
    text += proxyLocation(pub.id, PubGitWebPort);
    text += QStringLiteral("}\n");
    return text;
}

}

QString ingressPubProblem(const IngressPub &pub)
{
    if (!isValidPubId(pub.id))
        return QStringLiteral("invalid pub id");
    if (!isDnsLabel(pub.name, MaxPubNameLength))
        return QStringLiteral("the name is not a DNS label");
    if (!pub.feedId.isEmpty() && !isFeedId(pub.feedId))
        return QStringLiteral("the feed id is not an ed25519 feed id");
    return {};
}

QByteArray pubLandingPage(const IngressPub &pub, const QString &domain)
{
    const QString name = pub.name.toHtmlEscaped();
    const QString host = pubHostName(pub.name, domain).toHtmlEscaped();
    const QString feed = pub.feedId.isEmpty() ? QStringLiteral("(starting up: not known yet)") : pub.feedId.toHtmlEscaped();
    const QString address = pub.inviteHost.isEmpty() || pub.invitePort == 0
        ? QString()
        : QStringLiteral("%1:%2").arg(pub.inviteHost).arg(pub.invitePort).toHtmlEscaped();
    // A multiserver address peers can connect with once they follow the pub (the key without '@'
    // and '.ed25519').
    const QString multiserver = pub.feedId.isEmpty() || address.isEmpty()
        ? QString()
        : QStringLiteral("net:%1~shs:%2").arg(address, pub.feedId.mid(1, 44).toHtmlEscaped());
    QString page = QStringLiteral(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%1: a Scuttlebutt pub</title>\n"
        "<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        "code{word-break:break-all;background:#f1f3f5;padding:0 .2em}</style>\n"
        "</head>\n<body>\n<h1>%1</h1>\n<p>A <a href=\"https://scuttlebutt.nz\">Scuttlebutt</a> pub at %2.</p>\n"
        "<h2>Its feed</h2>\n<p id=\"feed-id\"><code>%3</code></p>\n"
        "<p><a href=\"/feed\">Read its public messages</a> &middot; <a id=\"git-link\" href=\"//%4/\">Its git repositories</a></p>\n"
        "<h2>How to join</h2>\n<ol>\n"
        "<li>Install a Scuttlebutt app (Patchwork, Manyverse or another).</li>\n"
        "<li>Ask the pub's owner for an invite code: they create one in ButtCloud.</li>\n"
        "<li>In your app, choose <em>Join a pub</em> (or <em>Use an invite</em>) and paste the code.</li>\n"
        "</ol>\n")
        .arg(name, host, feed, pubGitHostName(pub.name, domain).toHtmlEscaped());
    if (!address.isEmpty())
        page += QStringLiteral("<p>Its address: <code id=\"address\">%1</code></p>\n").arg(address);
    if (!multiserver.isEmpty())
        page += QStringLiteral("<p>Connect once you follow it: <code>%1</code></p>\n").arg(multiserver);
    page += QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

IngressSites buildIngressSites(QList<IngressPub> pubs, const IngressSiteSettings &settings, const QString &siteDir)
{
    std::sort(pubs.begin(), pubs.end(), [](const IngressPub &a, const IngressPub &b) { return a.name < b.name; });
    IngressSites sites;
    QString conf = QStringLiteral("# Written by buttcloudd: changes are overwritten.\n");
    if (settings.tls) {
        conf += QStringLiteral("ssl_certificate %1/%2;\nssl_certificate_key %1/%3;\n")
                    .arg(siteDir, QLatin1String(CertFile), QLatin1String(KeyFile));
        sites.files.append({QLatin1String(CertFile), settings.tlsCert, 0444});
        sites.files.append({QLatin1String(KeyFile), settings.tlsKey, 0400});
    }
    // Unknown hosts, and requests with no Host at all, get 404.
    conf += QStringLiteral("server {\n") + listenLines(settings, true)
            + QStringLiteral("    server_name _;\n    return 404;\n}\n");
    if (pubDomainProblem(settings.domain)) {
        sites.skipped.append(QStringLiteral("every pub: the domain is not valid"));
        pubs.clear();
    }
    for (const IngressPub &pub : std::as_const(pubs)) {
        if (const QString problem = ingressPubProblem(pub); !problem.isEmpty()) {
            sites.skipped.append(QStringLiteral("%1: %2").arg(pub.id.left(40), problem));
            continue;
        }
        conf += pubServers(pub, settings, siteDir);
        sites.files.append({QStringLiteral("landing/%1/index.html").arg(pub.id), pubLandingPage(pub, settings.domain), 0644});
    }
    sites.files.prepend({QLatin1String(SitesFile), conf.toUtf8(), 0644});
    return sites;
}

}
