#pragma once

#include "models/pagedtablemodel.h"
#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace buttcloud {

class PubsModel;
class Session;

// One line of the audit log (docs/api.md, GET /api/v1/audit).
struct AuditEntry
{
    QString id;
    QDateTime at;
    QString userId;
    QString userEmail;
    QString pubId;
    QString action;
    QString command;
    QString argumentsText; // "uses=1", ready to show
    std::optional<int> exitCode;
    QString error; // a code such as forbidden or timed_out; empty when the command ran
};

Result<AuditEntry> parseAuditEntry(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<AuditEntry>> parseAuditEntries(const QJsonObject &json, const QUrl &serverUrl);

// The audit log, newest first, a page at a time ("load older"), optionally of one pub only.
class AuditLogModel final : public PagedTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { TimeColumn, UserColumn, PubColumn, CommandColumn, ArgumentsColumn, OutcomeColumn, ColumnCount };

    // session is not owned and must outlive the model; pubs (optional) names the pubs.
    explicit AuditLogModel(Session *session, PubsModel *pubs = nullptr, QObject *parent = nullptr);
    ~AuditLogModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // An empty id shows every pub. Changing it loads the first page again.
    void setPubFilter(const QString &pubId);
    QString pubFilter() const;
    std::optional<AuditEntry> entryAt(int row) const;

protected:
    void fetchPage(const QDateTime &before, quint64 generation) override;
    QDateTime oldestRowTime() const override;
    int columns() const override;

private:
    QVariant displayData(const AuditEntry &entry, int column) const;

    Session *m_session;
    PubsModel *m_pubs;
    QString m_pubFilter;
};

}
