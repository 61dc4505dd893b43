// Docker's JSON replies about pubs: container stats (countersFromContainerStats, then the sample
// between two readings as the stats collector computes it) and the service and task lists the
// running container is found in. Input: a JSON object; keys "previous" and "current" hold two stats
// replies, "services" and "tasks" two lists; anything else is taken as one stats reply.
#include "fuzzinput.h"
#include "stats/statsfields.h"
#include "stats/statsmath.h"
#include "swarm/containerstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>
#include <optional>

using namespace buttcloud;

namespace {

std::optional<PubCounters> counters(const QJsonValue &stats)
{
    auto result = countersFromContainerStats(stats.toObject(), 1.5);
    if (const auto *error = std::get_if<RuntimeError>(&result)) {
        if (error->message.isEmpty())
            std::abort(); // an error must say what is wrong
        return std::nullopt;
    }
    return std::get<PubCounters>(result);
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size).toByteArray());
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    if (object.contains(QLatin1String("services")) || object.contains(QLatin1String("tasks"))) {
        const QJsonArray services = object.value(QLatin1String("services")).toArray();
        const QJsonArray tasks = object.value(QLatin1String("tasks")).toArray();
        findRunningPubTask(QStringLiteral("pub000000001"), services, tasks);
        findRunningPubTasks(services, tasks);
        return 0;
    }
    if (!object.contains(QLatin1String("current"))) {
        counters(object);
        return 0;
    }
    const std::optional<PubCounters> previous = counters(object.value(QLatin1String("previous")));
    const std::optional<PubCounters> current = counters(object.value(QLatin1String("current")));
    if (!previous || !current)
        return 0;
    if (const std::optional<StatsSample> sample = computeSample(*previous, *current)) {
        // What clients get: every figure a finite number.
        for (const QJsonValue figure : sampleFigures(*sample)) {
            if (figure.isDouble() && !std::isfinite(figure.toDouble()))
                std::abort();
        }
    }
    return 0;
}
