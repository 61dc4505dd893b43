#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace buttcloud {

struct PubRecord;

// Where people reach pubs on the web (the pub-domain and ingress options). Without a domain pubs have
// no host names of their own: invites carry public-host, as before.
struct PubWebSettings
{
    QString domain;                       // e.g. pubs.example.org; empty: no host names
    bool ingress = false;                 // the hub ingress serves the pubs' web views
    QString scheme = QStringLiteral("http"); // https when the ingress has a certificate
    quint16 port = 8080;                  // the ingress port people connect to
};

// Why domain cannot be a pub domain (a DNS name of lowercase labels that leaves room for
// "<pub name>.git." in front of it within 253 characters), or nullopt when it can.
std::optional<QString> pubDomainProblem(const QString &domain);

// "<name>.<domain>": the pub's landing page and viewer, and the host its invites carry.
QString pubHostName(const QString &name, const QString &domain);
// "<name>.git.<domain>": the pub's git web. git-ssb-web links from "/", so it needs a host of its own;
// a level of its own (".git.") cannot collide with another pub's name.
QString pubGitHostName(const QString &name, const QString &domain);

// The pub's web fields for the API: hostName, landingUrl, viewerUrl, gitUrl. hostName is null without
// a domain; the URLs are null without a domain or without the ingress.
QJsonObject pubWebFields(const QString &pubName, const PubWebSettings &web);

}
