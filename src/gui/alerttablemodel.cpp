#include "alerttablemodel.h"

#include "guilogging.h"
#include "mimecasttime.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace bridge {

namespace {

int severityRank(Severity severity)
{
    return severity == Severity::High ? 2 : 1;
}

int deliveryRank(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Delivered:
        return 0;
    case DeliveryStatus::Pending:
        return 1;
    case DeliveryStatus::Failed:
        return 2;
    }
    return 1;
}

QDateTime localTimeFromEpochMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::LocalTime);
}

} // namespace

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_deliveryStatusShown ? DeliveryStatusColumn + 1 : DeliveryStatusColumn;
}

Qt::ItemFlags AlertTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(row, column);
    case KeyRole:
        return row.key;
    case RawJsonRole:
        return row.record.toObject();
    case MappingRuleRole:
        return row.mappingRule;
    case CategoryRole:
        return static_cast<int>(row.category);
    case DeliveryStatusRole:
        return static_cast<int>(row.delivery);
    case SearchTextsRole:
        return QStringList {row.sender, row.recipient, row.subject,
                            row.detail, row.alertType, row.threatId};
    case ExportRole:
        if (column == TimeColumn)
            return formatIsoUtc(QDateTime::fromMSecsSinceEpoch(row.eventTimeMs, Qt::UTC));
        return displayData(row, column);
    default:
        return {};
    }
}

QVariant AlertTableModel::displayData(const AlertRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(localTimeFromEpochMs(row.eventTimeMs), QLocale::ShortFormat);
    case CategoryColumn:
        return categoryText(row.category);
    case AlertTypeColumn:
        return row.alertType;
    case ThreatIdColumn:
        return row.threatId;
    case ThreatNameColumn:
        return row.threatName;
    case SeverityColumn:
        return severityText(row.severity);
    case SenderColumn:
        return row.sender;
    case RecipientColumn:
        return row.recipient;
    case SubjectColumn:
        return subjectAndDetail(row);
    case DeliveryStatusColumn:
        return deliveryStatusText(row.delivery);
    default:
        return {};
    }
}

QVariant AlertTableModel::sortData(const AlertRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.eventTimeMs;
    case SeverityColumn:
        return severityRank(row.severity);
    case DeliveryStatusColumn:
        return deliveryRank(row.delivery);
    default:
        return displayData(row, column);
    }
}

QVariant AlertTableModel::toolTipData(const AlertRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        // The short format in the cell drops the seconds in most locales.
        return QLocale().toString(localTimeFromEpochMs(row.eventTimeMs), QLocale::LongFormat);
    case AlertTypeColumn:
    case ThreatIdColumn:
    case ThreatNameColumn:
        return row.mappingRule;
    case SubjectColumn:
        return tr("Subject: %1\nDetail: %2").arg(row.subject, row.detail);
    default:
        return {};
    }
}

QString AlertTableModel::subjectAndDetail(const AlertRow &row) const
{
    if (row.detail.isEmpty())
        return row.subject;
    if (row.subject.isEmpty())
        return row.detail;
    return row.subject + u" \u2014 " + row.detail;
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerText(section);
    return {};
}

QString AlertTableModel::headerText(int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case AlertTypeColumn:
        return tr("Alert type");
    case ThreatIdColumn:
        return tr("Threat ID");
    case ThreatNameColumn:
        return tr("Threat name");
    case SeverityColumn:
        return tr("Severity");
    case SenderColumn:
        return tr("Sender");
    case RecipientColumn:
        return tr("Recipient");
    case SubjectColumn:
        return tr("Subject / detail");
    case DeliveryStatusColumn:
        return tr("Delivery");
    default:
        return {};
    }
}

QString AlertTableModel::categoryText(LogType category)
{
    switch (category) {
    case LogType::Attachment:
        return tr("Attachment");
    case LogType::Impersonation:
        return tr("Impersonation");
    case LogType::Url:
        return tr("URL");
    }
    return {};
}

QString AlertTableModel::severityText(Severity severity)
{
    return severity == Severity::High ? tr("High") : tr("Medium");
}

QString AlertTableModel::deliveryStatusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Failed:
        return tr("Failed");
    }
    return {};
}

int AlertTableModel::appendAlerts(const QList<NormalizedAlert> &alerts)
{
    std::vector<AlertRow> rows;
    rows.reserve(static_cast<size_t>(alerts.size()));
    for (const NormalizedAlert &alert : alerts) {
        AlertRow row;
        row.key = alert.key;
        row.alertType = alert.alertType;
        row.threatId = alert.threatId;
        row.threatName = alert.threatName;
        row.mappingRule = alert.mappingRule;
        row.sender = alert.sender;
        row.recipient = alert.recipient;
        row.subject = alert.subject;
        row.detail = alert.detail;
        row.record = alert.record;
        row.eventTimeMs = alert.eventTime.toMSecsSinceEpoch();
        row.category = alert.category;
        row.severity = alert.severity;
        rows.push_back(std::move(row));
    }
    return appendRows(std::move(rows));
}

int AlertTableModel::appendAlertJson(const QList<QJsonObject> &alerts)
{
    std::vector<AlertRow> rows;
    rows.reserve(static_cast<size_t>(alerts.size()));
    int skipped = 0;
    for (const QJsonObject &object : alerts) {
        const QString key = object.value(u"key").toString();
        const std::optional<LogType> category
                = logTypeFromName(object.value(u"category").toString());
        const std::optional<QDateTime> eventTime
                = parseMimecastTime(object.value(u"eventTime").toString());
        if (key.isEmpty() || !category || !eventTime) {
            ++skipped;
            continue;
        }
        AlertRow row;
        row.key = key;
        row.alertType = object.value(u"alertType").toString();
        row.threatId = object.value(u"threatId").toString();
        row.threatName = object.value(u"threatName").toString();
        row.mappingRule = object.value(u"mappingRule").toString();
        row.sender = object.value(u"sender").toString();
        row.recipient = object.value(u"recipient").toString();
        row.subject = object.value(u"subject").toString();
        row.detail = object.value(u"detail").toString();
        row.record = RecordJson::fromObject(object.value(u"record").toObject());
        row.eventTimeMs = eventTime->toMSecsSinceEpoch();
        row.category = *category;
        row.severity
                = object.value(u"severity").toString().compare(u"high", Qt::CaseInsensitive) == 0
                ? Severity::High
                : Severity::Medium;
        rows.push_back(std::move(row));
    }
    if (skipped > 0) {
        qCWarning(lcGui) << "alert table skipped" << skipped << "of" << alerts.size()
                         << "alert objects without a key, a known category or a valid eventTime";
    }
    return appendRows(std::move(rows));
}

int AlertTableModel::appendRows(std::vector<AlertRow> &&rows)
{
    // Drop keys already in the table and repeats inside this page before announcing the
    // insertion, so that exactly one rowsInserted covers the page. The new keys enter the index
    // here already, which nothing can observe before the rows exist.
    const int firstRow = static_cast<int>(m_rows.size());
    std::vector<AlertRow> newRows;
    newRows.reserve(rows.size());
    for (AlertRow &row : rows) {
        const qsizetype knownKeyCount = m_rowByKey.size();
        int &rowOfKey = m_rowByKey[row.key];
        if (m_rowByKey.size() == knownKeyCount)
            continue; // the key was in the table or earlier in this page
        rowOfKey = firstRow + static_cast<int>(newRows.size());
        newRows.push_back(std::move(row));
    }
    if (newRows.empty())
        return 0;

    const int addedCount = static_cast<int>(newRows.size());
    beginInsertRows(QModelIndex(), firstRow, firstRow + addedCount - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(newRows.begin()),
                  std::make_move_iterator(newRows.end()));
    endInsertRows();
    return addedCount;
}

void AlertTableModel::setDeliveryStatus(const QStringList &keys, DeliveryStatus status)
{
    std::vector<int> changedRows;
    changedRows.reserve(static_cast<size_t>(keys.size()));
    for (const QString &key : keys) {
        const auto found = m_rowByKey.constFind(key);
        if (found == m_rowByKey.constEnd())
            continue;
        AlertRow &row = m_rows[static_cast<size_t>(found.value())];
        if (row.delivery == status)
            continue;
        row.delivery = status;
        changedRows.push_back(found.value());
    }
    if (!m_deliveryStatusShown || changedRows.empty())
        return;

    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    const QList<int> roles {Qt::DisplayRole, SortRole, DeliveryStatusRole, ExportRole};
    size_t runStart = 0;
    for (size_t i = 1; i <= changedRows.size(); ++i) {
        const bool runEnds = i == changedRows.size() || changedRows[i] != changedRows[i - 1] + 1;
        if (!runEnds)
            continue;
        emit dataChanged(index(changedRows[runStart], DeliveryStatusColumn),
                         index(changedRows[i - 1], DeliveryStatusColumn), roles);
        runStart = i;
    }
}

DeliveryStatus AlertTableModel::deliveryStatus(const QString &key) const
{
    const auto found = m_rowByKey.constFind(key);
    if (found == m_rowByKey.constEnd())
        return DeliveryStatus::Pending;
    return m_rows[static_cast<size_t>(found.value())].delivery;
}

void AlertTableModel::setDeliveryStatusShown(bool shown)
{
    if (shown == m_deliveryStatusShown)
        return;
    if (shown) {
        beginInsertColumns(QModelIndex(), DeliveryStatusColumn, DeliveryStatusColumn);
        m_deliveryStatusShown = true;
        endInsertColumns();
    } else {
        beginRemoveColumns(QModelIndex(), DeliveryStatusColumn, DeliveryStatusColumn);
        m_deliveryStatusShown = false;
        endRemoveColumns();
    }
}

void AlertTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_rowByKey.clear();
    endResetModel();
}

void AlertTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace bridge
