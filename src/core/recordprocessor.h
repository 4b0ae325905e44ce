#pragma once

#include "alert.h"
#include "recordvalidation.h"
#include "threatmapping.h"

#include <QJsonValue>

namespace bridge {

// Outcome of processing one element of a get-logs page.
struct RecordOutcome
{
    enum class Kind { Alert, Clean, Rejected };

    Kind kind = Kind::Rejected;
    NormalizedAlert alert; // for Alert
    RecordRejection rejection; // for Rejected
};

// Turns page elements into alerts: validate, drop clean records, choose the alert type, map it
// to a MITRE ATT&CK threat and explain the choice. Stateless apart from the mapping table, so
// one instance can serve any number of pages.
class RecordProcessor
{
public:
    explicit RecordProcessor(ThreatMappingTable table = ThreatMappingTable::builtIn());

    RecordOutcome process(LogType type, const PageElement &element) const;
    RecordOutcome process(LogType type, const QJsonValue &element) const;

    // True when the record is a clean result that is counted but never delivered:
    // attachment result safe/clean (any case), impersonation taggedMalicious false,
    // url scanResult clean.
    static bool isClean(LogType type, const PageElement &record);
    static bool isClean(LogType type, const QJsonObject &record);

    const ThreatMappingTable &mappingTable() const { return m_table; }

private:
    void mapAlertType(LogType type, const PageElement &record, NormalizedAlert &alert) const;

    ThreatMappingTable m_table;
};

} // namespace bridge
