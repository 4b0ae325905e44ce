#include "recordprocessor.h"

#include "dedupkey.h"
#include "mimecasttime.h"

#include <QCoreApplication>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

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

Severity severityOf(LogType type, const PageElement &record)
{
    switch (type) {
    case LogType::Attachment: {
        const QString result = record.text(RecordField::Result).trimmed().toLower();
        return result == u"malicious" || result == u"unsafe" ? Severity::High : Severity::Medium;
    }
    case LogType::Impersonation: {
        const QString action = record.text(RecordField::Action).trimmed().toLower();
        return action == u"hold" || action == u"bounce" || action == u"delete" ? Severity::High
                                                                               : Severity::Medium;
    }
    case LogType::Url:
        break;
    }
    const QString scanResult = record.text(RecordField::ScanResult).trimmed().toLower();
    return scanResult == u"malicious" ? Severity::High : Severity::Medium;
}

void fillParties(LogType type, const PageElement &record, NormalizedAlert &alert)
{
    alert.subject = record.text(RecordField::Subject);
    switch (type) {
    case LogType::Attachment: {
        alert.sender = record.text(RecordField::SenderAddress);
        alert.recipient = record.text(RecordField::RecipientAddress);
        const QString fileName = record.text(RecordField::FileName);
        const QString fileHash = record.text(RecordField::FileHash);
        alert.detail = fileHash.isEmpty() ? fileName : fileName + u" (SHA-256 " + fileHash + u')';
        alert.action = record.text(RecordField::ActionTriggered);
        return;
    }
    case LogType::Impersonation:
        alert.sender = record.text(RecordField::SenderAddress);
        alert.recipient = record.text(RecordField::RecipientAddress);
        alert.detail = record.text(RecordField::Definition);
        alert.action = record.text(RecordField::Action);
        return;
    case LogType::Url:
        break;
    }
    alert.sender = record.text(RecordField::FromUserEmailAddress);
    alert.recipient = record.text(RecordField::UserEmailAddress);
    alert.detail = record.text(RecordField::Url);
    alert.action = record.text(RecordField::Action);
}

} // namespace

RecordProcessor::RecordProcessor(ThreatMappingTable table)
    : m_table(std::move(table))
{ }

bool RecordProcessor::isClean(LogType type, const PageElement &record)
{
    switch (type) {
    case LogType::Attachment: {
        const QString result = record.text(RecordField::Result).trimmed();
        return result.compare(u"safe", Qt::CaseInsensitive) == 0
                || result.compare(u"clean", Qt::CaseInsensitive) == 0;
    }
    case LogType::Impersonation:
        return !record.field(RecordField::TaggedMalicious).flag;
    case LogType::Url:
        break;
    }
    return record.text(RecordField::ScanResult).trimmed().compare(u"clean", Qt::CaseInsensitive)
            == 0;
}

RecordOutcome RecordProcessor::process(LogType type, const QJsonValue &element) const
{
    return process(type, PageElement::fromJsonValue(element));
}

bool RecordProcessor::isClean(LogType type, const QJsonObject &record)
{
    return isClean(type, PageElement::fromJsonValue(record));
}

RecordOutcome RecordProcessor::process(LogType type, const PageElement &record) const
{
    RecordOutcome outcome;
    if (std::optional<RecordRejection> rejection = validateRecord(type, record)) {
        outcome.kind = RecordOutcome::Kind::Rejected;
        outcome.rejection = *rejection;
        return outcome;
    }

    if (isClean(type, record)) {
        outcome.kind = RecordOutcome::Kind::Clean;
        return outcome;
    }

    outcome.kind = RecordOutcome::Kind::Alert;
    NormalizedAlert &alert = outcome.alert;
    alert.category = type;
    alert.key = dedupKey(type, record);
    alert.severity = severityOf(type, record);
    const RecordField timeField
            = type == LogType::Impersonation ? RecordField::EventTime : RecordField::Date;
    alert.eventTime = *parseMimecastTime(record.text(timeField));
    fillParties(type, record, alert);
    mapAlertType(type, record, alert);
    alert.record = record.record();
    return outcome;
}

void RecordProcessor::mapAlertType(LogType type, const PageElement &record,
                                   NormalizedAlert &alert) const
{
    UrlTypeSource source = UrlTypeSource::TtpDefinition;
    QString alertType = ThreatMappingTable::categoryDefaultAlertType(type);

    if (type == LogType::Url) {
        const QString ttpDefinition = record.text(RecordField::TtpDefinition);
        const QString reason = record.text(RecordField::Reason);
        if (ttpDefinition.trimmed().isEmpty()) {
            source = UrlTypeSource::CreationMethod;
            alertType = record.text(RecordField::CreationMethod);
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
