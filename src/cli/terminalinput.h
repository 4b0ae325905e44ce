#pragma once

#include <QHash>
#include <QStringList>

namespace bridge {

// Reads the named credentials from standard input. On a terminal each one is prompted for on
// standard error with echo turned off; otherwise the input must be NAME=value lines, where NAME
// is one of names. Returns the values by name, or sets error (translated, never containing a
// value) when input ends early or a line is malformed.
QHash<QString, QString> readCredentialInput(const QStringList &names, QString *error);

} // namespace bridge
