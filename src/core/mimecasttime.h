#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bridge {

// Formats an instant the way Mimecast request bodies expect it: "2026-12-04T15:27:59+0000".
// The value is always converted to UTC first, so the host's time zone never leaks in.
QString formatMimecastTime(const QDateTime &instant);

// Parses a Mimecast record time. Accepts "+0000"-style offsets without a colon (the documented
// form), "+00:00" offsets, a trailing "Z" and optional fractional seconds. Returns std::nullopt
// for anything else; callers must never substitute the epoch or the current time.
std::optional<QDateTime> parseMimecastTime(const QString &text);

// Formats the x-mc-date header of API 1.0: "Tue, 24 Nov 2015 12:50:11 UTC", with English day
// and month names whatever the process locale is.
QString formatSigningDate(const QDateTime &instant);

// Formats an instant as ISO 8601 UTC with a "Z" suffix, as in normalized alerts.
QString formatIsoUtc(const QDateTime &instant);

// Parses a command-line or settings time: ISO 8601 with an offset or "Z", or a date-time
// without an offset, which is then taken as UTC.
std::optional<QDateTime> parseUserTime(const QString &text);

} // namespace bridge
