#pragma once

#include "logtype.h"
#include "pageelement.h"

#include <QJsonObject>
#include <QString>

namespace bridge {

// Computes the key that identifies one event across overlapping windows: SHA-1 hex over
// '|'-joined raw field values (an absent, null or non-string field counts as empty).
//   url:           messageId|userEmailAddress|url|date|action|creationMethod
//   attachment:    messageId|recipientAddress|fileHash|date|result
//   impersonation: id|messageId|recipientAddress|eventTime  (id alone is not unique)
QString dedupKey(LogType type, const PageElement &record);
QString dedupKey(LogType type, const QJsonObject &record);

} // namespace bridge
