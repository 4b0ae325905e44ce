#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bridge {

enum class LogType;

struct MappingRow
{
    QString alertType;
    QString threatId;
    QString threatName;
};

// Alert type to MITRE ATT&CK mapping, read from JSON lines of
// {"alertType","threatId","threatName"}. Lookups ignore case and surrounding spaces.
class ThreatMappingTable
{
public:
    // The table shipped with the app (resource :/mapping/threat-mapping.jsonl).
    static const ThreatMappingTable &builtIn();

    // Parses a table. On an invalid line returns std::nullopt and sets error to a translated
    // message with the line number; the caller keeps its previous table.
    static std::optional<ThreatMappingTable> fromJsonLines(const QByteArray &text, QString *error);

    // Reads a table file; errors name the file and the line.
    static std::optional<ThreatMappingTable> fromFile(const QString &path, QString *error);

    const MappingRow *find(const QString &alertType) const;
    const QList<MappingRow> &rows() const { return m_rows; }

    // The alert type whose row is used when a category's own alert type has no row.
    static QString categoryDefaultAlertType(LogType type);

private:
    QList<MappingRow> m_rows;
    QHash<QString, qsizetype> m_indexByAlertType; // keys are normalized alert types
};

} // namespace bridge
