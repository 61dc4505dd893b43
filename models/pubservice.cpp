#include "models/pubservice.h"

#include "models/session.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QUrl>

namespace buttcloud {

namespace {
ApiRequest postRequest(const QString &path)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    return request;
}
}

PubService::PubService(Session *session)
    : m_session(session)
{
}

void PubService::list(QObject *context, Handler<QList<Pub>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/pubs");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePubList));
}

void PubService::create(const QString &name, QObject *context, Handler<Pub> handler)
{
    create(name, PlanChoice{}, context, std::move(handler));
}

void PubService::create(const QString &name, const PlanChoice &plan, QObject *context, Handler<Pub> handler)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!plan.planId.isEmpty())
        body.insert(QStringLiteral("planId"), plan.planId);
    if (!plan.paymentToken.trimmed().isEmpty())
        body.insert(QStringLiteral("paymentToken"), plan.paymentToken.trimmed());
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/pubs");
    request.body = body;
    handler = explainError(std::move(handler), ErrorCode::Conflict,
                           QCoreApplication::translate("buttcloud::PubService", "That pub name is taken."));
    sendForPub(request, context, std::move(handler));
}

void PubService::start(const QString &pubId, QObject *context, Handler<Pub> handler)
{
    sendForPub(postRequest(pubPath(pubId, "/start")), context, std::move(handler));
}

void PubService::stop(const QString &pubId, QObject *context, Handler<Pub> handler)
{
    sendForPub(postRequest(pubPath(pubId, "/stop")), context, std::move(handler));
}

void PubService::remove(const QString &pubId, bool removeData, QObject *context, Handler<Pub> handler)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = pubPath(pubId);
    if (removeData)
        request.query.addQueryItem(QStringLiteral("removeData"), QStringLiteral("true"));
    sendForPub(request, context, std::move(handler));
}

void PubService::sendForPub(const ApiRequest &request, QObject *context, Handler<Pub> handler)
{
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parsePub));
}

}
