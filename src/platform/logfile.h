#pragma once

#include <QString>

namespace bridge {

// Copies every Qt log message of the process into <folder>/mimecast-bridge.log, one line per
// message with the UTC time, level, category and thread, and still passes it on to the handler
// installed before (standard error by default). When the file grows past maxBytes it is renamed
// to mimecast-bridge.log.1, replacing an older one, and a new file is started. Messages from any
// thread are serialised. Returns false and sets error when the file cannot be opened; the
// previous handler then stays in place. Call it once, from main().
//
// The file gets whatever the log categories print, which by design never includes a secret.
[[nodiscard]] bool installLogFile(const QString &folder, qint64 maxBytes, QString *error);

// The file name inside the folder: "mimecast-bridge.log".
QString logFileName();

} // namespace bridge
