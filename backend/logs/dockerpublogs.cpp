#include "logs/dockerpublogs.h"

#include "docker/dockerengine.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubservicespec.h"

#include <QPointer>

#include <algorithm>

namespace buttcloud {

namespace {

// One follow: the service look-up, then the stream. Callbacks check the guard: the owner may drop
// the follow at any time.
class DockerLogFollow final : public PubLogFollow
{
public:
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
    std::unique_ptr<DockerStream> stream;

    ~DockerLogFollow() override { *alive = false; }
};

}

QString dockerLogsQuery(qint64 sinceNs, int tail, bool follow)
{
    QString query = QStringLiteral("stdout=1&stderr=1&timestamps=1");
    if (follow)
        query += QStringLiteral("&follow=1");
    if (tail >= 0)
        query += QStringLiteral("&tail=%1").arg(tail);
    if (sinceNs > 0) {
        query += QStringLiteral("&since=%1.%2").arg(sinceNs / 1000000000LL)
                     .arg(sinceNs % 1000000000LL, 9, 10, QLatin1Char('0'));
    }
    return query;
}

DockerPubLogs::DockerPubLogs(DockerEngine *engine, QMap<QString, QString> managedLabels, QObject *parent)
    : PubLogSource(parent)
    , m_engine(engine)
    , m_managedLabels(std::move(managedLabels))
{
    Q_ASSERT(m_engine);
}

DockerPubLogs::~DockerPubLogs() = default;

void DockerPubLogs::findService(const QString &pubId, std::function<void(const QString &serviceId)> found,
                                std::function<void(const RuntimeError &error)> failed)
{
    QStringList filters = managedPubFilters(m_managedLabels);
    filters.replace(0, QString::fromLatin1(PubIdLabel) + u'=' + pubId);
    m_engine->listServices(filters, [pubId, found = std::move(found), failed = std::move(failed)](
                                        DockerResult<QJsonArray> result) {
        if (const auto *error = std::get_if<DockerError>(&result))
            return failed(toRuntimeError(*error));
        const QJsonArray services = std::get<QJsonArray>(result);
        if (services.isEmpty())
            return failed(RuntimeError{QStringLiteral("pub %1 has no service").arg(pubId), false, true});
        const QString serviceId = services.first().toObject().value(QLatin1String("ID")).toString();
        if (services.size() > 1 || serviceId.isEmpty() || serviceId.size() > 64)
            return failed(RuntimeError{QStringLiteral("Docker listed the service of pub %1 ambiguously").arg(pubId)});
        found(serviceId);
    });
}

void DockerPubLogs::read(const QString &pubId, const PubLogQuery &query, Read done)
{
    // Service logs ignore `until`: read the window from `since` and cut it here.
    const qint64 sinceNs = query.untilNs > 0 && query.sinceNs == 0 ? query.untilNs - DefaultWindowNs : query.sinceNs;
    const int tail = std::clamp(query.tail, 1, PubLogQuery::MaxTail);
    struct Reading
    {
        DockerLogParser parser;
        qsizetype bytes = 0;
        std::unique_ptr<DockerStream> stream;
        bool answered = false;
    };
    auto reading = std::make_shared<Reading>();
    const auto answer = [reading, done, query, sinceNs, tail](std::variant<QList<DockerLogLine>, RuntimeError> result) {
        if (std::exchange(reading->answered, true))
            return;
        reading->stream.reset();
        if (auto *lines = std::get_if<QList<DockerLogLine>>(&result)) {
            lines->erase(std::remove_if(lines->begin(), lines->end(), [&](const DockerLogLine &line) {
                             return (sinceNs > 0 && line.atNs < sinceNs) || (query.untilNs > 0 && line.atNs >= query.untilNs);
                         }), lines->end());
            // Docker interleaves the tasks' lines by arrival; a stable sort keeps each stream's order.
            std::stable_sort(lines->begin(), lines->end(),
                             [](const DockerLogLine &a, const DockerLogLine &b) { return a.atNs < b.atNs; });
            if (lines->size() > tail)
                lines->remove(0, lines->size() - tail);
        }
        done(std::move(result));
    };
    findService(pubId, [this, guard = QPointer<DockerPubLogs>(this), reading, answer, query, sinceNs, tail](const QString &serviceId) {
        if (!guard)
            return;
        const QString path = QStringLiteral("/services/%1/logs?%2")
                                 .arg(serviceId, dockerLogsQuery(sinceNs, query.untilNs > 0 ? -1 : tail, false));
        const std::weak_ptr<Reading> weak = reading;
        reading->stream = m_engine->openStream(path, [weak, answer](const QByteArray &chunk) {
            const std::shared_ptr<Reading> reading = weak.lock();
            if (!reading || reading->answered)
                return;
            reading->bytes += chunk.size();
            if (reading->bytes > MaxReadBytes)
                return answer(RuntimeError{QStringLiteral("Docker sent more than %1 bytes of logs").arg(MaxReadBytes)});
            if (!reading->parser.feed(chunk))
                return answer(RuntimeError{QStringLiteral("Docker sent unreadable logs: %1").arg(reading->parser.errorString())});
        }, [weak, answer](std::optional<DockerError> error) {
            const std::shared_ptr<Reading> reading = weak.lock();
            if (!reading)
                return;
            if (error)
                return answer(toRuntimeError(*error));
            if (!reading->parser.finish())
                return answer(RuntimeError{QStringLiteral("Docker sent unreadable logs: %1").arg(reading->parser.errorString())});
            answer(reading->parser.takeLines());
        });
    }, answer);
}

std::unique_ptr<PubLogFollow> DockerPubLogs::follow(const QString &pubId, qint64 sinceNs, Lines onLines, Ended ended)
{
    auto follow = std::make_unique<DockerLogFollow>();
    DockerLogFollow *raw = follow.get();
    const std::weak_ptr<bool> alive = follow->alive;
    findService(pubId, [this, guard = QPointer<DockerPubLogs>(this), alive, raw, sinceNs, onLines, ended](const QString &serviceId) {
        if (alive.expired() || !guard)
            return;
        auto parser = std::make_shared<DockerLogParser>();
        // tail=0 with no since: only what is written from now on.
        const QString path = QStringLiteral("/services/%1/logs?%2").arg(serviceId, dockerLogsQuery(sinceNs, sinceNs > 0 ? -1 : 0, true));
        raw->stream = m_engine->openStream(path, [alive, parser, onLines, ended](const QByteArray &chunk) {
            if (alive.expired())
                return;
            const bool ok = parser->feed(chunk);
            const QList<DockerLogLine> lines = parser->takeLines();
            if (!lines.isEmpty())
                onLines(lines);
            if (!ok && !alive.expired())
                ended(RuntimeError{QStringLiteral("Docker sent unreadable logs: %1").arg(parser->errorString())});
        }, [alive, parser, onLines, ended](std::optional<DockerError> error) {
            if (alive.expired())
                return;
            if (!error && parser->finish()) {
                if (const QList<DockerLogLine> lines = parser->takeLines(); !lines.isEmpty())
                    onLines(lines);
            }
            if (!alive.expired())
                ended(error ? std::optional(toRuntimeError(*error)) : std::nullopt);
        });
    }, [alive, ended](const RuntimeError &error) {
        if (!alive.expired())
            ended(error);
    });
    return follow;
}

}
