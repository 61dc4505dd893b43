#include "swarm/pubruntime.h"

#include "swarm/pubarchive.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace buttcloud {

namespace {

void refuseLater(PubRuntime *runtime, PubRuntime::Done done)
{
    QMetaObject::invokeMethod(runtime, [done = std::move(done)] {
        done(RuntimeError{QStringLiteral("this runtime cannot copy a pub's data")});
    }, Qt::QueuedConnection);
}

}

void PubRuntime::exportData(const QString &, const QString &, const QString &, QIODevice *, Done done)
{
    refuseLater(this, std::move(done));
}

void PubRuntime::importData(const QString &, const QString &, const QString &, QIODevice *, qint64, Done done)
{
    refuseLater(this, std::move(done));
}

void PubRuntime::removeData(const QString &, const QString &, Done done)
{
    refuseLater(this, std::move(done));
}

void PubRuntime::askFeedId(const QString &pubId, std::function<void(const QString &feedId)> done)
{
    static const QStringList whoami{QStringLiteral("ssb-server"), QStringLiteral("whoami")};
    constexpr std::chrono::seconds timeout{20};
    exec(pubId, whoami, timeout, [](const QByteArray &, bool) {}, // only the whole answer matters
         [done = std::move(done)](std::variant<ExecOutcome, RuntimeError> result) {
             const auto *outcome = std::get_if<ExecOutcome>(&result);
             const QString id = outcome && outcome->exitCode == 0
                 ? QJsonDocument::fromJson(outcome->standardOutput).object().value(QLatin1String("id")).toString()
                 : QString();
             done(isFeedId(id) ? id : QString());
         });
}

}
