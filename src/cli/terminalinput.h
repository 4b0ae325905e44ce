#pragma once

#include <QHash>
#include <QStringList>

namespace bridge {

// Reads credentials from standard input. On a terminal each required one is prompted for on
// standard error with echo turned off; otherwise the input must be NAME=value lines, where NAME
// is one of required or optional. Returns the values by name, or sets error (translated, never
// containing a value) when a required one is missing or a line is malformed.
QHash<QString, QString> readCredentialInput(const QStringList &required,
                                            const QStringList &optional, QString *error);

} // namespace bridge
