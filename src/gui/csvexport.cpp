#include "csvexport.h"

#include "alerttablemodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace bridge {

namespace {

// Write in chunks of this size so a large table needs neither one huge buffer nor one write
// per cell.
constexpr qsizetype flushThresholdBytes = 64 * 1024;

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r' || first == u'\0';
}

bool writeAll(QIODevice *out, const QByteArray &bytes, QString *error)
{
    if (out->write(bytes) == bytes.size())
        return true;
    if (error) {
        *error = QCoreApplication::translate("CsvExport", "Writing the CSV file failed: %1")
                         .arg(out->errorString());
    }
    return false;
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    // Alert fields come from e-mail senders, subjects and URLs that an attacker controls.
    // Spreadsheet applications evaluate a cell that starts with =, +, - or @ as a formula, which
    // can exfiltrate data or launch programs when the file is opened, and a leading tab, CR or
    // NUL can hide such a start. A leading apostrophe makes the cell plain text. OWASP ASVS
    // requirement 1.2.10 (CSV and formula injection) requires this escaping.
    if (startsLikeFormula(field))
        field.prepend(u'\'');

    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

bool exportAlertsCsv(const QAbstractItemModel *model, QIODevice *out, QString *error)
{
    if (!model || !out || !out->isWritable()) {
        if (error) {
            *error = QCoreApplication::translate("CsvExport",
                                                 "The CSV file is not open for writing.");
        }
        return false;
    }

    const int columnCount = model->columnCount();
    const int rowCount = model->rowCount();
    const QString separator = QStringLiteral(",");
    const QString lineEnd = QStringLiteral("\r\n");

    // The UTF-8 byte order mark makes Excel read the file as UTF-8 instead of the ANSI code page.
    QByteArray buffer("\xEF\xBB\xBF");
    QStringList cells;
    cells.reserve(columnCount);
    for (int column = 0; column < columnCount; ++column)
        cells.append(csvField(model->headerData(column, Qt::Horizontal).toString()));
    buffer += (cells.join(separator) + lineEnd).toUtf8();

    for (int row = 0; row < rowCount; ++row) {
        cells.clear();
        for (int column = 0; column < columnCount; ++column) {
            const QModelIndex index = model->index(row, column);
            QVariant value = index.data(AlertTableModel::ExportRole);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            cells.append(csvField(value.toString()));
        }
        buffer += (cells.join(separator) + lineEnd).toUtf8();
        if (buffer.size() >= flushThresholdBytes) {
            if (!writeAll(out, buffer, error))
                return false;
            buffer.clear();
        }
    }
    return writeAll(out, buffer, error);
}

} // namespace bridge
