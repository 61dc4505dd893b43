#pragma once

#include "models/apitypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>
#include <chrono>
#include <optional>

namespace buttcloud {

class PubService;

// The signed-in user's pubs as a table. Polls the server while polling is active and merges each
// answer in place (changed rows emit dataChanged, new ones are inserted, gone ones removed), so a
// view's selection and scroll position survive every poll.
class PubsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubsModel)

public:
    enum Column { NameColumn, StatusColumn, AddressColumn, NodeColumn, ImageColumn, CreatedColumn, ColumnCount };
    enum Role {
        PubIdRole = Qt::UserRole + 1, // QString
        StatusRole,                   // int, a PubStatus
        StatusColorRole,              // QColor for the status, on any column
        SortRole,                     // the raw value to sort the column by
    };

    static constexpr std::chrono::milliseconds PollInterval{2000};

    // service may be nullptr for a model fed only through setPubs().
    explicit PubsModel(PubService *service, QObject *parent = nullptr);
    ~PubsModel() override;

    static QString statusLabel(PubStatus status);
    static QColor statusColor(PubStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Pub> pubAt(int row) const;
    std::optional<Pub> pubById(const QString &pubId) const;

    // Merges a full list from the server into the rows.
    void setPubs(const QList<Pub> &pubs);
    // Merges one pub, e.g. the answer to start or create.
    void updatePub(const Pub &pub);
    void clear();

    void refresh();
    bool isPollingActive() const;
    void setPollingActive(bool active);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &message);

private:
    int rowOf(const QString &pubId) const;
    void replaceRow(int row, const Pub &pub);
    QVariant displayData(const Pub &pub, int column) const;
    QVariant sortData(const Pub &pub, int column) const;

    PubService *m_service;
    QList<Pub> m_pubs;
    QTimer m_pollTimer;
    bool m_refreshInFlight = false;
};

}
