#include "fakepublogs.h"

#include <QTimer>

namespace buttcloud {

namespace {
class FakeFollow final : public PubLogFollow
{
public:
    explicit FakeFollow(std::shared_ptr<FakePubLogs::Follow> follow)
        : m_follow(std::move(follow))
    {
    }
    ~FakeFollow() override { m_follow->open = false; }

private:
    std::shared_ptr<FakePubLogs::Follow> m_follow;
};
}

DockerLogLine logLine(qint64 atMs, const QString &text, bool isStandardError)
{
    return DockerLogLine{atMs * 1000000LL, isStandardError, text, false};
}

FakePubLogs::~FakePubLogs() = default;

void FakePubLogs::read(const QString &pubId, const PubLogQuery &query, Read done)
{
    m_queries.append(query);
    std::variant<QList<DockerLogLine>, RuntimeError> result = m_lines.value(pubId);
    if (m_failure)
        result = *m_failure;
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

std::unique_ptr<PubLogFollow> FakePubLogs::follow(const QString &pubId, qint64 sinceNs, Lines onLines, Ended ended)
{
    auto follow = std::make_shared<Follow>(Follow{pubId, sinceNs, std::move(onLines), std::move(ended)});
    m_follows.append(follow);
    return std::make_unique<FakeFollow>(follow);
}

QList<DockerLogLine> &FakePubLogs::lines(const QString &pubId)
{
    return m_lines[pubId];
}

void FakePubLogs::failWith(std::optional<RuntimeError> error)
{
    m_failure = std::move(error);
}

QList<PubLogQuery> FakePubLogs::queries() const
{
    return m_queries;
}

const QList<std::shared_ptr<FakePubLogs::Follow>> &FakePubLogs::follows() const
{
    return m_follows;
}

int FakePubLogs::openFollows(const QString &pubId) const
{
    return int(std::count_if(m_follows.cbegin(), m_follows.cend(),
                             [&pubId](const auto &follow) { return follow->open && follow->pubId == pubId; }));
}

std::shared_ptr<FakePubLogs::Follow> FakePubLogs::newestOpen(const QString &pubId) const
{
    for (auto it = m_follows.crbegin(); it != m_follows.crend(); ++it) {
        if ((*it)->open && (*it)->pubId == pubId)
            return *it;
    }
    return nullptr;
}

void FakePubLogs::push(const QString &pubId, const QList<DockerLogLine> &lines)
{
    if (const auto follow = newestOpen(pubId))
        follow->onLines(lines);
}

void FakePubLogs::end(const QString &pubId, std::optional<RuntimeError> error)
{
    if (const auto follow = newestOpen(pubId))
        follow->ended(error);
}

}
