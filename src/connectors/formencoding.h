#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace bridge {

// Builds an application/x-www-form-urlencoded body, percent-encoding every name and value.
// QUrlQuery is not used because it leaves '+' inside values as it is, and a form decoder reads
// '+' as a space, which breaks secrets that contain one.
QByteArray encodeForm(const QList<std::pair<QString, QString>> &fields);

} // namespace bridge
