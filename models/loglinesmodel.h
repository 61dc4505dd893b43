#pragma once

#include "models/publogs.h"

#include <QAbstractTableModel>
#include <deque>

namespace buttcloud {

// A pub's output lines, oldest first, in a bounded ring: once full, each new line pushes the
// oldest out. Columns: time, stream, text. No widgets: a view filters it through a proxy.
class LogLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogLinesModel)

public:
    enum Column { TimeColumn, StreamColumn, TextColumn, ColumnCount };
    enum Role { IsStandardErrorRole = Qt::UserRole + 1, TimeRole };
    static constexpr int DefaultCapacity = 10000;

    explicit LogLinesModel(int capacity = DefaultCapacity, QObject *parent = nullptr);
    ~LogLinesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const;
    void append(const QList<LogLine> &lines);
    void clear();
    const LogLine &lineAt(int row) const;
    // The lines as text, one per line: "<ISO time> <stdout|stderr> <text>", for copying and saving.
    static QString format(const LogLine &line);

private:
    int m_capacity;
    std::deque<LogLine> m_lines;
};

}
