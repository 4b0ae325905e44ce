#pragma once

#include "alert.h"
#include "logtype.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace bridge {

// Delivery state of an alert at its destination, shown in the live alert table.
enum class DeliveryStatus { Pending, Delivered, Failed };

// Table of normalized alerts for the wizard's preview and the main window's live alert table.
// Rows are only ever appended, a page at a time, and an alert key already in the table is
// ignored. One compact row per alert is kept, together with the original Mimecast record for a
// details pane.
//
// The model is not a widget, so it receives no QEvent::LanguageChange. The view that owns it
// calls retranslate() from its changeEvent() when the language or the default QLocale changes.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Column order. DeliveryStatusColumn exists only while setDeliveryStatusShown(true).
    enum Column {
        TimeColumn,
        CategoryColumn,
        AlertTypeColumn,
        ThreatIdColumn,
        ThreatNameColumn,
        SeverityColumn,
        SenderColumn,
        RecipientColumn,
        SubjectColumn, // the subject and the detail (URL, file name and hash, or definition)
        DeliveryStatusColumn,
    };

    enum Role {
        // Sort key: epoch milliseconds (UTC) for time, a rank for severity and delivery status
        // (higher is more serious), the display text for the other columns.
        SortRole = Qt::UserRole + 1,
        KeyRole, // QString: the alert's dedup key
        RawJsonRole, // QJsonObject: the original Mimecast record, unchanged
        MappingRuleRole, // QString: translated explanation of the threat mapping
        CategoryRole, // int: the LogType value, independent of the language
        DeliveryStatusRole, // int: the DeliveryStatus value
        SearchTextsRole, // QStringList: the fields the text search looks at
        ExportRole, // QString: the cell text for CSV export, with times as ISO 8601 UTC
    };
    Q_ENUM(Role)

    explicit AlertTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Appends the alerts whose keys are not in the table yet, in one row insertion, and returns
    // how many rows were added. New rows start as DeliveryStatus::Pending.
    int appendAlerts(const QList<NormalizedAlert> &alerts);

    // Appends alerts in the form of NormalizedAlert::toJson(), as SyncEngine::alertsCommitted
    // sends them, in one row insertion. An object without a key, with an unknown category or
    // with an unparseable eventTime is skipped and logged. Returns how many rows were added.
    int appendAlertJson(const QList<QJsonObject> &alerts);

    // Sets the status of the alerts with the given keys and emits dataChanged for the delivery
    // column of those rows only, one signal per run of adjacent rows. Keys not in the table are
    // ignored.
    void setDeliveryStatus(const QStringList &keys, DeliveryStatus status);
    DeliveryStatus deliveryStatus(const QString &key) const;

    // Adds or removes the delivery status column: shown in the live table, hidden in the
    // preview, where nothing has been delivered. Hidden by default.
    void setDeliveryStatusShown(bool shown);
    bool isDeliveryStatusShown() const { return m_deliveryStatusShown; }

    bool containsKey(const QString &key) const { return m_rowByKey.contains(key); }

    // Removes every row.
    void clear();

    // Re-reads translated headers and cell texts and the default QLocale's date format: emits
    // headerDataChanged for every column and dataChanged for every cell.
    void retranslate();

    // Translated name of a category or severity, as shown in the table.
    static QString categoryText(LogType category);
    static QString severityText(Severity severity);
    static QString deliveryStatusText(DeliveryStatus status);

private:
    // One alert. Strings are implicitly shared with the caller's NormalizedAlert or JSON.
    struct AlertRow
    {
        QString key;
        QString alertType;
        QString threatId;
        QString threatName;
        QString mappingRule;
        QString sender;
        QString recipient;
        QString subject;
        QString detail;
        RecordJson record; // parsed only for RawJsonRole
        qint64 eventTimeMs = 0; // UTC milliseconds since the epoch
        LogType category = LogType::Url;
        Severity severity = Severity::Medium;
        DeliveryStatus delivery = DeliveryStatus::Pending;
    };

    int appendRows(std::vector<AlertRow> &&rows);
    QVariant displayData(const AlertRow &row, int column) const;
    QVariant sortData(const AlertRow &row, int column) const;
    QVariant toolTipData(const AlertRow &row, int column) const;
    QString subjectAndDetail(const AlertRow &row) const;
    QString headerText(int column) const;

    std::vector<AlertRow> m_rows;
    QHash<QString, int> m_rowByKey;
    bool m_deliveryStatusShown = false;
};

} // namespace bridge
