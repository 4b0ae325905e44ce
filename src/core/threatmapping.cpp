#include "threatmapping.h"

#include "logging.h"
#include "logtype.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bridge {

namespace {

QString normalizedAlertType(const QString &alertType)
{
    QString normalized = alertType.trimmed();
    // Case folding maps ASCII letters to lower case and nothing else. This loop handles ASCII
    // text, because toCaseFolded() took about 2600 instructions per call (callgrind, Qt 6.4)
    // and a lookup runs for every record.
    QChar *const data = normalized.data();
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const char16_t ch = data[i].unicode();
        if (ch >= 0x80)
            return normalized.toCaseFolded();
        if (ch >= u'A' && ch <= u'Z')
            data[i] = QChar(ch + (u'a' - u'A'));
    }
    return normalized;
}

QString lineError(int lineNumber, const QString &reason)
{
    return QCoreApplication::translate("ThreatMapping", "Line %1 of the mapping table: %2")
            .arg(lineNumber)
            .arg(reason);
}

} // namespace

const ThreatMappingTable &ThreatMappingTable::builtIn()
{
    static const ThreatMappingTable table = [] {
        QFile file(QStringLiteral(":/mapping/threat-mapping.jsonl"));
        QString error;
        std::optional<ThreatMappingTable> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJsonLines(file.readAll(), &error);
        if (!parsed) {
            qCCritical(lcCore) << "built-in mapping table is unusable:" << error;
            return ThreatMappingTable();
        }
        return *parsed;
    }();
    return table;
}

std::optional<ThreatMappingTable> ThreatMappingTable::fromJsonLines(const QByteArray &text,
                                                                    QString *error)
{
    ThreatMappingTable table;
    const QList<QByteArray> lines = text.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        const int lineNumber = index + 1;
        if (line.isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error) {
                *error = lineError(
                        lineNumber,
                        QCoreApplication::translate("ThreatMapping", "not a JSON object."));
            }
            return std::nullopt;
        }

        const QJsonObject object = document.object();
        MappingRow row;
        row.alertType = object.value(u"alertType").toString().trimmed();
        row.threatId = object.value(u"threatId").toString().trimmed();
        row.threatName = object.value(u"threatName").toString().trimmed();
        if (row.alertType.isEmpty() || row.threatId.isEmpty() || row.threatName.isEmpty()) {
            if (error) {
                *error = lineError(
                        lineNumber,
                        QCoreApplication::translate("ThreatMapping",
                                                    "\"alertType\", \"threatId\" and "
                                                    "\"threatName\" must be non-empty strings."));
            }
            return std::nullopt;
        }
        if (table.find(row.alertType)) {
            if (error) {
                *error = lineError(lineNumber,
                                   QCoreApplication::translate("ThreatMapping",
                                                               "the alert type \"%1\" is listed "
                                                               "twice.")
                                           .arg(row.alertType));
            }
            return std::nullopt;
        }
        table.m_indexByAlertType.insert(normalizedAlertType(row.alertType), table.m_rows.size());
        table.m_rows.append(row);
    }

    if (table.m_rows.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ThreatMapping", "The mapping table is empty.");
        return std::nullopt;
    }
    return table;
}

std::optional<ThreatMappingTable> ThreatMappingTable::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("ThreatMapping",
                                                 "Cannot read the mapping table \"%1\": %2")
                             .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    QString lineProblem;
    std::optional<ThreatMappingTable> table = fromJsonLines(file.readAll(), &lineProblem);
    if (!table && error) {
        *error = QCoreApplication::translate("ThreatMapping",
                                             "%1: %2 The previous table stays "
                                             "in force.")
                         .arg(path, lineProblem);
    }
    return table;
}

const MappingRow *ThreatMappingTable::find(const QString &alertType) const
{
    const auto it = m_indexByAlertType.constFind(normalizedAlertType(alertType));
    return it == m_indexByAlertType.constEnd() ? nullptr : &m_rows.at(it.value());
}

QString ThreatMappingTable::categoryDefaultAlertType(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return QStringLiteral("Unsafe Email Attachment");
    case LogType::Impersonation:
        return QStringLiteral("Impersonation Attempt");
    case LogType::Url:
        return QStringLiteral("URL Protection");
    }
    return {};
}

} // namespace bridge
