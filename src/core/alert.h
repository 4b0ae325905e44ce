#pragma once

#include "logtype.h"
#include "pageelement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bridge {

enum class Severity { Medium, High };

QString severityName(Severity severity);

// One kept Mimecast record after validation, filtering and mapping: what every destination
// receives. The original record travels unchanged in record.
struct NormalizedAlert
{
    QString key; // dedup key, SHA-1 hex
    LogType category = LogType::Url;
    QString alertType;
    QString threatId;
    QString threatName;
    QString mappingRule; // translated explanation of how the mapping was chosen
    Severity severity = Severity::Medium;
    QDateTime eventTime; // UTC
    QString sender;
    QString recipient;
    QString subject;
    QString detail;
    QString action;
    RecordJson record;

    QJsonObject toJson() const;
    // The same object as compact JSON text, with the record written out as it is instead of
    // parsed and serialized again.
    QByteArray toCompactJson() const;
};

} // namespace bridge
