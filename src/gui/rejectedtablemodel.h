#pragma once

#include "statestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace bridge {

// Records the worker rejected, newest first, with the reason recorded at rejection time. The
// owning view calls retranslate() on QEvent::LanguageChange.
class RejectedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReceivedColumn, CategoryColumn, ReasonColumn, RecordColumn };

    explicit RejectedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row.
    void setRows(const QList<RejectedRow> &rows);
    const QList<RejectedRow> &rows() const { return m_rows; }

    // Re-reads the translated headers and the default QLocale's date format.
    void retranslate();

private:
    QList<RejectedRow> m_rows;
};

} // namespace bridge
