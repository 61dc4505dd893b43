#pragma once

#include "models/result.h"

#include <QObject>
#include <QTest>
#include <functional>
#include <optional>

namespace buttcloud::test {

// Runs an asynchronous typed call and waits for its one answer (or reports that none came).
template<typename T>
Result<T> waitForResult(const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return ApiError{0, QStringLiteral("test_timeout"), QStringLiteral("no answer")};
    return *answer;
}

}
