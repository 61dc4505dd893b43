#include "models/auditlogmodel.h"

#include "models/jsonfields.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "models/typedreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace buttcloud {

namespace {
// Arguments as the user typed them: name=value, in the server's order. A truncated record (over
// 1 KiB) shows its size instead of a prefix that may end mid-character.
QString argumentsText(const QJsonObject &arguments)
{
    if (arguments.value(QLatin1String("truncated")).toBool()) {
        return QCoreApplication::translate("buttcloud::AuditLogModel", "(%1 bytes, truncated)")
            .arg(arguments.value(QLatin1String("bytes")).toInteger());
    }
    QStringList parts;
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble());
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    return parts.join(QLatin1Char(' '));
}
}

Result<AuditEntry> parseAuditEntry(const QJsonObject &json, const QUrl &serverUrl)
{
    AuditEntry entry;
    entry.id = stringField(json, "id");
    entry.at = timeField(json, "at");
    entry.userId = stringField(json, "userId");
    entry.userEmail = stringField(json, "userEmail");
    entry.pubId = stringField(json, "pubId");
    entry.action = stringField(json, "action");
    entry.command = stringField(json, "command");
    const QJsonValue exitCode = json.value(QLatin1String("exitCode"));
    if (entry.id.isEmpty() || !entry.at.isValid() || !isValidOptionalId(entry.pubId)
        || !(exitCode.isDouble() || exitCode.isNull() || exitCode.isUndefined()))
        return invalidReplyError(serverUrl, 200);
    if (exitCode.isDouble())
        entry.exitCode = exitCode.toInt();
    entry.argumentsText = argumentsText(json.value(QLatin1String("arguments")).toObject());
    entry.error = stringField(json, "error");
    return entry;
}

Result<QList<AuditEntry>> parseAuditEntries(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<AuditEntry>(json, "entries", serverUrl, parseAuditEntry);
}

AuditLogModel::AuditLogModel(Session *session, PubsModel *pubs, QObject *parent)
    : PagedTableModel<AuditEntry>(parent)
    , m_session(session)
    , m_pubs(pubs)
{
}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::columns() const
{
    return ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return displayData(entry, index.column());
    if (role == Qt::ToolTipRole && index.column() == PubColumn)
        return entry.pubId;
    return {};
}

QVariant AuditLogModel::displayData(const AuditEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn: return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn: return entry.userEmail.isEmpty() ? entry.userId : entry.userEmail;
    case PubColumn: {
        const std::optional<Pub> pub = m_pubs ? m_pubs->pubById(entry.pubId) : std::nullopt;
        return pub ? pub->name : entry.pubId;
    }
    case CommandColumn: return entry.command.isEmpty() ? entry.action : entry.command;
    case ArgumentsColumn: return entry.argumentsText;
    case OutcomeColumn:
        if (!entry.error.isEmpty())
            return tr("Refused: %1").arg(entry.error);
        if (entry.exitCode)
            return tr("Exit code %1").arg(*entry.exitCode);
        return {};
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case PubColumn: return tr("Pub");
    case CommandColumn: return tr("Command");
    case ArgumentsColumn: return tr("Arguments");
    case OutcomeColumn: return tr("Outcome");
    default: return {};
    }
}

void AuditLogModel::setPubFilter(const QString &pubId)
{
    if (pubId == m_pubFilter)
        return;
    m_pubFilter = pubId;
    refresh();
}

QString AuditLogModel::pubFilter() const
{
    return m_pubFilter;
}

std::optional<AuditEntry> AuditLogModel::entryAt(int row) const
{
    return rowAt(row);
}

QDateTime AuditLogModel::oldestRowTime() const
{
    return m_rows.isEmpty() ? QDateTime() : m_rows.constLast().at;
}

void AuditLogModel::fetchPage(const QDateTime &before, quint64 generation)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/audit");
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
    if (!m_pubFilter.isEmpty())
        request.query.addQueryItem(QStringLiteral("pubId"), m_pubFilter);
    if (before.isValid())
        request.query.addQueryItem(QStringLiteral("before"), before.toUTC().toString(Qt::ISODateWithMs));
    const auto handler = [this, generation, older = before.isValid()](const Result<QList<AuditEntry>> &result) {
        applyPage(generation, older, result);
    };
    m_session->send(request, this,
                    typedReply<QList<AuditEntry>>(handler, m_session->serverUrl(), parseAuditEntries));
}

}
