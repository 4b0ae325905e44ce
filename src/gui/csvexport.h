#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace bridge {

// Writes the top-level rows of model, in the model's order, as CSV to out, which must be open
// for writing: a header row from the horizontal header, then one line per row. Pass the
// filter proxy to export exactly the rows the view shows. The output is UTF-8 with a byte
// order mark, quoted as RFC 4180 describes, with CRLF line ends. Cells come from
// AlertTableModel::ExportRole when the model provides it (times as ISO 8601 UTC), otherwise
// from Qt::DisplayRole. Returns false and sets a translated message in error when writing
// fails.
[[nodiscard]] bool exportAlertsCsv(const QAbstractItemModel *model, QIODevice *out, QString *error);

// Returns text as one CSV field: formula prefixes defused, then quoted when needed.
QString csvField(const QString &text);

} // namespace bridge
