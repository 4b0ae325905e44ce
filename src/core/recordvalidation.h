#pragma once

#include "logtype.h"
#include "pageelement.h"

#include <QJsonValue>
#include <QString>

namespace bridge {

// Reason a page element cannot become an alert.
struct RecordRejection
{
    enum class Reason { NotARecord, MissingField, WrongType, InvalidDate };

    Reason reason = Reason::NotARecord;
    QString field; // empty for NotARecord

    // Translated sentence naming the field and the problem.
    QString message() const;
    // Stable machine name: "not-a-record", "missing-field", "wrong-type", "invalid-date".
    QString code() const;
};

// Checks the fields every record of the type needs. Returns std::nullopt for a valid record.
// Required: attachment date and result; impersonation eventTime and boolean taggedMalicious;
// url date, url and scanResult. A null or empty string counts as missing.
std::optional<RecordRejection> validateRecord(LogType type, const PageElement &element);
std::optional<RecordRejection> validateRecord(LogType type, const QJsonValue &element);

} // namespace bridge
