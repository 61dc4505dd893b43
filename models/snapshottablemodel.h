#pragma once

#include "models/result.h"

#include <QAbstractTableModel>

#include <functional>
#include <utility>

namespace buttcloud {

// A table showing the whole of one server answer, reloaded as a whole: each reload replaces the
// rows, and an answer that arrives after a newer reload (or a clear) started is ignored, so a slow
// reply never overwrites a fresher one.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotTableModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

protected:
    // The callback for a reload's answer: when it is still the latest, store takes the value inside a
    // model reset and loaded() follows; a failure emits loadFailed() and keeps the rows shown.
    template <typename Value>
    std::function<void(const Result<Value> &)> whenLatest(std::function<void(Value)> store)
    {
        return [this, generation = ++m_generation, store = std::move(store)](const Result<Value> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                Q_EMIT loadFailed(result.errorMessage());
                return;
            }
            beginResetModel();
            store(result.value());
            endResetModel();
            Q_EMIT loaded();
        };
    }

    // Empties the rows with empty (inside a model reset) and drops answers still on their way.
    void clearRows(const std::function<void()> &empty);

private:
    quint64 m_generation = 0;
};

}
