#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace buttcloud {

// Ports the pub image's web plugins listen on (SSB_VIEWER_PORT, SSB_GIT_WEB_PORT defaults).
inline constexpr quint16 PubViewerPort = 8807;
inline constexpr quint16 PubGitWebPort = 7718;
// Ports nginx listens on inside the ingress container; the service publishes the operator's ports
// onto them.
inline constexpr quint16 IngressContainerHttpPort = 8080;
inline constexpr quint16 IngressContainerHttpsPort = 8443;

// One pub as the ingress serves it.
struct IngressPub
{
    QString id;          // its service is buttcloud-pub-<id> on the shared overlay network
    QString name;        // <name>.<domain>
    QString feedId;      // from `ssb-server whoami`; empty while unknown
    QString inviteHost;  // the address peers reach the pub at
    quint16 invitePort = 0;
};

struct IngressSiteSettings
{
    QString domain;
    bool tls = false;        // the operator's certificate and key are among the files
    QByteArray tlsCert;      // PEM; only with tls
    QByteArray tlsKey;       // PEM; only with tls; never logged
};

// A file the ingress needs, relative to its sites directory.
struct IngressFile
{
    QString path;
    QByteArray content;
    int mode = 0644;
};

struct IngressSites
{
    QList<IngressFile> files;  // sites.conf, landing/<pub id>/index.html, tls/*.pem
    QStringList skipped;       // pubs left out and why, for the log (never a secret)
};

// Why the ingress cannot serve pub (a field that is not what its rule allows, so it could never
// reach the nginx configuration), or an empty string when it can.
QString ingressPubProblem(const IngressPub &pub);

// The landing page of a pub: its name, its feed id, and how to join it. Everything is HTML-escaped.
QByteArray pubLandingPage(const IngressPub &pub, const QString &domain);

// The sites of every servable pub, in pub-name order, for a sites directory at siteDir in the
// container (the paths in sites.conf are absolute): a 404 default server, and per pub
// <name>.<domain> (landing page at "/", /feed redirecting to the pub's feed, the viewer for every
// other path) and <name>.git.<domain> (git web). Only GET and HEAD reach the pubs.
IngressSites buildIngressSites(QList<IngressPub> pubs, const IngressSiteSettings &settings, const QString &siteDir);

}
