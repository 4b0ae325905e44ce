#pragma once

#include "logtype.h"
#include "pageelement.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace bridge {

// The elements and next-page token of a get-logs response. data may be [], [{}],
// [{"<list>":[…]}] or, as one 2.0 reference shows, an object; all are accepted.
struct LogsPage
{
    QList<PageElement> elements;
    QString nextToken; // empty when meta.pagination.next is absent or not a string
};

// Reads a successful get-logs response in one pass over its bytes, without building a
// QJsonDocument: the records of the type's list under data, each with its compact text and
// decoded members, and meta.pagination.next.
//
// Returns std::nullopt for anything but a plain success, and the caller then classifies the
// body with QJsonDocument. That covers invalid JSON, a fail member other than [] and
// meta.status other than the number 200. It also covers forms left to QJsonDocument on
// purpose. Some are forms that QJsonDocument handles in subtle ways: duplicate keys in any
// object, keys with escapes or non-ASCII bytes, and strings that start with a raw U+FEFF.
// Also \u0000 and unpaired surrogate escapes, raw control characters and noncharacters, and
// numbers with an exponent or more than 18 digits. The others would cost too much to check
// here: objects with more than 128 keys and nesting deeper than 64.
std::optional<LogsPage> scanLogsPage(LogType type, QByteArrayView body);

} // namespace bridge
