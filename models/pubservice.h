#pragma once

#include "models/apirequest.h"
#include "models/apitypes.h"

#include <QObject>
#include <functional>

namespace buttcloud {

class Session;

// The plan a new pub is paid by, when the server bills (docs/api.md, "Billing").
struct PlanChoice
{
    QString planId;
    QString paymentToken; // from Stripe's page, for a paid plan without a trial; never a card number
};

// The pubs part of the API, typed. Every call answers once through its handler, unless context is
// destroyed first.
class PubService final
{
    Q_DISABLE_COPY_MOVE(PubService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit PubService(Session *session);

    void list(QObject *context, Handler<QList<Pub>> handler);
    void create(const QString &name, QObject *context, Handler<Pub> handler);
    // With billing on: the pub and its subscription are made together, or neither.
    void create(const QString &name, const PlanChoice &plan, QObject *context, Handler<Pub> handler);
    void start(const QString &pubId, QObject *context, Handler<Pub> handler);
    void stop(const QString &pubId, QObject *context, Handler<Pub> handler);
    void remove(const QString &pubId, bool removeData, QObject *context, Handler<Pub> handler);

private:
    void sendForPub(const ApiRequest &request, QObject *context, Handler<Pub> handler);

    Session *m_session;
};

}
