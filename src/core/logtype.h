#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bridge {

// The three Mimecast Targeted Threat Protection logs the app collects.
enum class LogType { Attachment, Impersonation, Url };

inline constexpr std::array<LogType, 3> allLogTypes
        = {LogType::Attachment, LogType::Impersonation, LogType::Url};

// Stable lower-case name used on the command line, in JSON output and in the database.
QString logTypeName(LogType type);
std::optional<LogType> logTypeFromName(const QString &name);

// Parses a comma-separated list such as "attachment,url". Returns std::nullopt and names the
// first unknown entry in invalidName when the list is invalid or empty.
std::optional<QList<LogType>> parseLogTypeList(const QString &list, QString *invalidName);

// API path of the get-logs call, identical for API 1.0 and 2.0.
QString logEndpointPath(LogType type);

// Key of the record array inside data[0] of a get-logs response.
QString recordListKey(LogType type);

// Record field that carries the event time: "date", or "eventTime" for impersonation.
QString eventTimeField(LogType type);

} // namespace bridge
