#include "models/loglinesmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace buttcloud {

LogLinesModel::LogLinesModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

LogLinesModel::~LogLinesModel() = default;

int LogLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &line = m_lines.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return line.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case StreamColumn: return line.isStandardError ? tr("stderr") : tr("stdout");
        case TextColumn: return line.truncated ? line.text + QStringLiteral(" …") : line.text;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn && line.truncated ? tr("This line was longer and has been cut.") : QVariant();
    case Qt::ForegroundRole:
        // Standard error stands out in every palette (a dark red on light, a light red on dark).
        return line.isStandardError ? QVariant(QBrush(QColor(0xd0, 0x40, 0x40))) : QVariant();
    case IsStandardErrorRole: return line.isStandardError;
    case TimeRole: return line.at;
    default: return {};
    }
}

QVariant LogLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case StreamColumn: return tr("Stream");
    case TextColumn: return tr("Line");
    default: return {};
    }
}

int LogLinesModel::capacity() const
{
    return m_capacity;
}

void LogLinesModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // Only the newest `capacity` of a large batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    const int adding = int(lines.size() - skip);
    const int overflow = int(m_lines.size()) + adding - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()) + adding - 1);
    m_lines.insert(m_lines.end(), lines.cbegin() + skip, lines.cend());
    endInsertRows();
}

void LogLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

const LogLine &LogLinesModel::lineAt(int row) const
{
    return m_lines.at(size_t(row));
}

QString LogLinesModel::format(const LogLine &line)
{
    return QStringLiteral("%1 %2 %3").arg(line.at.toUTC().toString(Qt::ISODateWithMs),
                                          line.isStandardError ? QStringLiteral("stderr") : QStringLiteral("stdout"), line.text);
}

}
