#include "recordprocessor.h"

#include "dedupkey.h"
#include "mimecasttime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

// constFind() and the iterator's toString() read the string in place, which is faster than
// value(), because value() first copies the element into a QJsonValue.
QString textField(const QJsonObject &record, QLatin1StringView name)
{
    const auto it = record.constFind(name);
    return it == record.constEnd() ? QString() : it->toString();
}

QString textField(const QJsonObject &record, const QString &name)
{
    const auto it = record.constFind(name);
    return it == record.constEnd() ? QString() : it->toString();
}

// Source field of a url record's alert type.
enum class UrlTypeSource { CreationMethod, Reason, TtpDefinition };

QString explain(LogType type, UrlTypeSource source, const QString &alertType,
                const MappingRow *ownRow, const MappingRow &usedRow)
{
    const QString threat = usedRow.threatId + u" (" + usedRow.threatName + u')';
    if (type == LogType::Attachment || type == LogType::Impersonation) {
        const QString category = logTypeName(type);
        return QCoreApplication::translate("RecordProcessor",
                                           "%1 record: alert type \"%2\", table row \"%3\" "
                                           "gives %4.")
                .arg(category, alertType, usedRow.alertType, threat);
    }

    switch (source) {
    case UrlTypeSource::CreationMethod:
        return ownRow ? QCoreApplication::translate(
                                "RecordProcessor",
                                "url record without ttpDefinition: creationMethod = \"%1\", "
                                "table row \"%2\" gives %3.")
                                .arg(alertType, usedRow.alertType, threat)
                      : QCoreApplication::translate(
                                "RecordProcessor",
                                "url record without ttpDefinition: creationMethod = \"%1\", no "
                                "table row, so the category default \"%2\" gives %3.")
                                .arg(alertType, usedRow.alertType, threat);
    case UrlTypeSource::Reason:
        return ownRow ? QCoreApplication::translate("RecordProcessor",
                                                    "url record: reason = \"%1\", table row "
                                                    "\"%2\" gives %3.")
                                .arg(alertType, usedRow.alertType, threat)
                      : QCoreApplication::translate("RecordProcessor",
                                                    "url record: reason = \"%1\", no table row, "
                                                    "so the category default \"%2\" gives %3.")
                                .arg(alertType, usedRow.alertType, threat);
    case UrlTypeSource::TtpDefinition:
        break;
    }
    return ownRow ? QCoreApplication::translate("RecordProcessor",
                                                "url record: ttpDefinition = \"%1\", table row "
                                                "\"%2\" gives %3.")
                            .arg(alertType, usedRow.alertType, threat)
                  : QCoreApplication::translate("RecordProcessor",
                                                "url record: ttpDefinition = \"%1\", no table "
                                                "row, so the category default \"%2\" gives %3.")
                            .arg(alertType, usedRow.alertType, threat);
}

Severity severityOf(LogType type, const QJsonObject &record)
{
    switch (type) {
    case LogType::Attachment: {
        const QString result = textField(record, "result"_L1).trimmed().toLower();
        return result == u"malicious" || result == u"unsafe" ? Severity::High : Severity::Medium;
    }
    case LogType::Impersonation: {
        const QString action = textField(record, "action"_L1).trimmed().toLower();
        return action == u"hold" || action == u"bounce" || action == u"delete" ? Severity::High
                                                                               : Severity::Medium;
    }
    case LogType::Url:
        break;
    }
    const QString scanResult = textField(record, "scanResult"_L1).trimmed().toLower();
    return scanResult == u"malicious" ? Severity::High : Severity::Medium;
}

void fillParties(LogType type, const QJsonObject &record, NormalizedAlert &alert)
{
    alert.subject = textField(record, "subject"_L1);
    switch (type) {
    case LogType::Attachment: {
        alert.sender = textField(record, "senderAddress"_L1);
        alert.recipient = textField(record, "recipientAddress"_L1);
        const QString fileName = textField(record, "fileName"_L1);
        const QString fileHash = textField(record, "fileHash"_L1);
        alert.detail = fileHash.isEmpty() ? fileName : fileName + u" (SHA-256 " + fileHash + u')';
        alert.action = textField(record, "actionTriggered"_L1);
        return;
    }
    case LogType::Impersonation:
        alert.sender = textField(record, "senderAddress"_L1);
        alert.recipient = textField(record, "recipientAddress"_L1);
        alert.detail = textField(record, "definition"_L1);
        alert.action = textField(record, "action"_L1);
        return;
    case LogType::Url:
        break;
    }
    alert.sender = textField(record, "fromUserEmailAddress"_L1);
    alert.recipient = textField(record, "userEmailAddress"_L1);
    alert.detail = textField(record, "url"_L1);
    alert.action = textField(record, "action"_L1);
}

} // namespace

RecordProcessor::RecordProcessor(ThreatMappingTable table)
    : m_table(std::move(table))
{ }

bool RecordProcessor::isClean(LogType type, const QJsonObject &record)
{
    switch (type) {
    case LogType::Attachment: {
        const QString result = textField(record, "result"_L1).trimmed();
        return result.compare(u"safe", Qt::CaseInsensitive) == 0
                || result.compare(u"clean", Qt::CaseInsensitive) == 0;
    }
    case LogType::Impersonation:
        return !record.value("taggedMalicious"_L1).toBool();
    case LogType::Url:
        break;
    }
    return textField(record, "scanResult"_L1).trimmed().compare(u"clean", Qt::CaseInsensitive) == 0;
}

RecordOutcome RecordProcessor::process(LogType type, const QJsonValue &element) const
{
    RecordOutcome outcome;
    if (std::optional<RecordRejection> rejection = validateRecord(type, element)) {
        outcome.kind = RecordOutcome::Kind::Rejected;
        outcome.rejection = *rejection;
        return outcome;
    }

    const QJsonObject record = element.toObject();
    if (isClean(type, record)) {
        outcome.kind = RecordOutcome::Kind::Clean;
        return outcome;
    }

    outcome.kind = RecordOutcome::Kind::Alert;
    NormalizedAlert &alert = outcome.alert;
    alert.category = type;
    alert.key = dedupKey(type, record);
    alert.severity = severityOf(type, record);
    alert.eventTime = *parseMimecastTime(textField(record, eventTimeField(type)));
    fillParties(type, record, alert);
    mapAlertType(type, record, alert);
    alert.record = record;
    return outcome;
}

void RecordProcessor::mapAlertType(LogType type, const QJsonObject &record,
                                   NormalizedAlert &alert) const
{
    UrlTypeSource source = UrlTypeSource::TtpDefinition;
    QString alertType = ThreatMappingTable::categoryDefaultAlertType(type);

    if (type == LogType::Url) {
        const QString ttpDefinition = textField(record, "ttpDefinition"_L1);
        const QString reason = textField(record, "reason"_L1);
        if (ttpDefinition.trimmed().isEmpty()) {
            source = UrlTypeSource::CreationMethod;
            alertType = textField(record, "creationMethod"_L1);
        } else if (!reason.trimmed().isEmpty()) {
            source = UrlTypeSource::Reason;
            alertType = reason;
        } else {
            alertType = ttpDefinition;
        }
    }

    const MappingRow *ownRow = m_table.find(alertType);
    const MappingRow *usedRow
            = ownRow ? ownRow : m_table.find(ThreatMappingTable::categoryDefaultAlertType(type));
    // An override table may lack the category default rows; fall back to the built-in table so
    // every alert still gets a threat id.
    if (!usedRow)
        usedRow = ThreatMappingTable::builtIn().find(
                ThreatMappingTable::categoryDefaultAlertType(type));

    alert.alertType = alertType.trimmed();
    if (usedRow) {
        alert.threatId = usedRow->threatId;
        alert.threatName = usedRow->threatName;
        alert.mappingRule = explain(type, source, alert.alertType, ownRow, *usedRow);
    }
}

} // namespace bridge
