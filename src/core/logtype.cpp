#include "logtype.h"

namespace bridge {

QString logTypeName(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return QStringLiteral("attachment");
    case LogType::Impersonation:
        return QStringLiteral("impersonation");
    case LogType::Url:
        return QStringLiteral("url");
    }
    return {};
}

std::optional<LogType> logTypeFromName(const QString &name)
{
    const QString normalized = name.trimmed().toLower();
    for (const LogType type : allLogTypes) {
        if (logTypeName(type) == normalized)
            return type;
    }
    return std::nullopt;
}

std::optional<QList<LogType>> parseLogTypeList(const QString &list, QString *invalidName)
{
    QList<LogType> types;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const std::optional<LogType> type = logTypeFromName(name);
        if (!type) {
            if (invalidName)
                *invalidName = name.trimmed();
            return std::nullopt;
        }
        if (!types.contains(*type))
            types.append(*type);
    }
    if (types.isEmpty()) {
        if (invalidName)
            *invalidName = list;
        return std::nullopt;
    }
    return types;
}

QString logEndpointPath(LogType type)
{
    return QStringLiteral("/api/ttp/%1/get-logs").arg(logTypeName(type));
}

QString recordListKey(LogType type)
{
    switch (type) {
    case LogType::Attachment:
        return QStringLiteral("attachmentLogs");
    case LogType::Impersonation:
        return QStringLiteral("impersonationLogs");
    case LogType::Url:
        return QStringLiteral("clickLogs");
    }
    return {};
}

QString eventTimeField(LogType type)
{
    return type == LogType::Impersonation ? QStringLiteral("eventTime") : QStringLiteral("date");
}

} // namespace bridge
