#pragma once

#include "models/apitypes.h"
#include "models/statssample.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <optional>

namespace buttcloud {

class EventStream;
class PubService;
class StatsService;

// The signed-in user's pubs as a table. Polls the server while polling is active and merges each
// answer in place (changed rows emit dataChanged, new ones are inserted, gone ones removed), so a
// view's selection and scroll position survive every poll. With an event stream, status changes
// arrive live and polling pauses while the stream is online.
//
// Live CPU and memory figures come from the newest raw sample of each running pub, fetched every
// FiguresInterval. Subscribing every row to the stream would make the server sample each of them
// every second, which for a fleet costs dockerd far more than one cheap reading per 15 s that the
// server takes anyway.
class PubsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubsModel)

public:
    enum Column { NameColumn, StatusColumn, CpuColumn, MemoryColumn, AddressColumn, NodeColumn, ImageColumn, CreatedColumn, ColumnCount };
    enum Role {
        PubIdRole = Qt::UserRole + 1, // QString
        StatusRole,                   // int, a PubStatus
        StatusColorRole,              // QColor for the status, on any column
        SortRole,                     // the raw value to sort the column by
    };

    static constexpr std::chrono::milliseconds PollInterval{2000};
    static constexpr std::chrono::milliseconds FiguresInterval{15000};

    // service may be nullptr for a model fed only through setPubs().
    explicit PubsModel(PubService *service, QObject *parent = nullptr);
    ~PubsModel() override;

    // Neither is owned; both must outlive the model. Either may be nullptr.
    void setLiveSources(EventStream *stream, StatsService *stats);

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
    // The pub is gone for good (the stream said so).
    void removePub(const QString &pubId);
    void clear();
    // The newest resource figures of a pub (from a fetch or a live sample).
    void setFigures(const QString &pubId, const StatsSample &sample);
    std::optional<StatsSample> figures(const QString &pubId) const;
    void refreshFigures();

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
    void updatePollTimer();
    void refreshMissingFigures();
    void onStreamStateChanged();

    PubService *m_service;
    QList<Pub> m_pubs;
    EventStream *m_stream = nullptr;
    StatsService *m_stats = nullptr;
    QTimer m_pollTimer;
    QTimer m_figuresTimer;
    QHash<QString, StatsSample> m_figures;
    // Pubs the stream reported gone. Ids are never reused, so a late answer (the 202 of a delete,
    // a poll in flight) must not bring one back.
    QSet<QString> m_removedPubIds;
    bool m_pollingWanted = false;
    bool m_streamWasOnline = false;
    bool m_refreshInFlight = false;
};

}
