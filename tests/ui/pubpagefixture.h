#pragma once

#include "models/commandservice.h"
#include "models/eventstream.h"
#include "models/pubservice.h"
#include "models/pubsmodel.h"
#include "models/statsservice.h"
#include "signedinclient.h"
#include "ui/pubpage.h"

#include <QPointer>
#include <QTest>

#include <chrono>
#include <memory>

namespace buttcloud::test {

// A client signed in to a fake server with every service a pub page needs, the stream online, and
// one pub's page shown. Tests add the pub (and its data) between signIn() and openPage().
class PubPageFixture final
{
    Q_DISABLE_COPY_MOVE(PubPageFixture)

public:
    PubPageFixture() = default;
    ~PubPageFixture()
    {
        delete page; // the page may have closed itself already
        pubs.reset();
        stream.reset();
        commands.reset();
        stats.reset();
        pubService.reset();
    }

    bool signIn() { return client.signIn(); }

    // False when the pub list, the stream or the window did not come up.
    bool openPage(const QString &pubId, QSize size)
    {
        using namespace std::chrono_literals;
        pubService = std::make_unique<PubService>(&client.session);
        stats = std::make_unique<StatsService>(&client.session);
        commands = std::make_unique<CommandService>(&client.session);
        stream = std::make_unique<EventStream>(&client.session);
        stream->setReconnectDelays(20ms, 200ms);
        pubs = std::make_unique<PubsModel>(pubService.get());
        pubs->setLiveSources(stream.get(), stats.get());
        pubs->refresh();
        if (!QTest::qWaitFor([this] { return pubs->rowCount() == 1; }, 5000))
            return false;
        stream->start();
        if (!QTest::qWaitFor([this] { return stream->state() == EventStream::State::Online; }, 5000))
            return false;
        page = new PubPage(*pubs->pubById(pubId), {pubs.get(), stream.get(), stats.get(), commands.get()});
        page->resize(size);
        page->show();
        return QTest::qWaitForWindowExposed(page);
    }

    SignedInClient client;
    std::unique_ptr<PubService> pubService;
    std::unique_ptr<StatsService> stats;
    std::unique_ptr<CommandService> commands;
    std::unique_ptr<EventStream> stream;
    std::unique_ptr<PubsModel> pubs;
    QPointer<PubPage> page;
};

}
