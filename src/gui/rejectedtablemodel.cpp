#include "rejectedtablemodel.h"

#include "alerttablemodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace bridge {

namespace {

// The record column shows the start of the compact JSON; the tooltip shows all of it.
constexpr int recordPreviewLength = 200;

} // namespace

RejectedTableModel::RejectedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RejectedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RecordColumn + 1;
}

QVariant RejectedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RejectedRow &row = m_rows.at(index.row());
    const QString json
            = QString::fromUtf8(QJsonDocument(row.record).toJson(QJsonDocument::Compact));

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReceivedColumn:
            return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case CategoryColumn:
            return AlertTableModel::categoryText(row.category);
        case ReasonColumn:
            return row.reasonMessage.isEmpty() ? row.reasonCode : row.reasonMessage;
        case RecordColumn:
            return json.left(recordPreviewLength);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReasonColumn)
            return row.reasonCode;
        if (index.column() == RecordColumn)
            return json;
    }
    return {};
}

QVariant RejectedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case CategoryColumn:
        return tr("Category");
    case ReasonColumn:
        return tr("Reason");
    case RecordColumn:
        return tr("Record");
    }
    return {};
}

void RejectedTableModel::setRows(const QList<RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RejectedTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, RecordColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, RecordColumn));
}

} // namespace bridge
