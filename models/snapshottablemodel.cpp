#include "models/snapshottablemodel.h"

namespace buttcloud {

void SnapshotTableModel::clearRows(const std::function<void()> &empty)
{
    ++m_generation;
    beginResetModel();
    empty();
    endResetModel();
}

}
