#pragma once

#include "logtype.h"
#include "mimecastrecordstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bridge {

// Page sizes the simulator accepts, and the size used when a request names none.
// NOTE: Mimecast publishes no maximum page size. 500 is the largest size that mature connectors
// are seen to send, so a real server may accept more or clamp instead of failing.
inline constexpr int defaultPageSize = 100;
inline constexpr int minPageSize = 1;
inline constexpr int maxPageSize = 500;

// Validation failure of a request, sent back as a fail entry with retryable false.
struct RequestError
{
    QString code;
    QString message;
    QString field;
};

// The window and position of one get-logs request, with defaults and page token applied.
struct LogQuery
{
    int pageSize = defaultPageSize;
    QString pageToken; // as sent; empty on the first page
    qint64 offset = 0;
    QDateTime from;
    QDateTime to;
    bool oldestFirst = false;
};

// Position in a window, carried by a page token between requests.
struct PagePosition
{
    LogType type = LogType::Url;
    qint64 offset = 0;
    qint64 fromMs = 0; // milliseconds since the Unix epoch
    qint64 toMs = 0;
    bool oldestFirst = false;
};

// Encodes and checks page tokens. A token is base64url of a small JSON object with the window
// and offset, followed by a truncated HMAC-SHA256 under a random per-instance key, so tokens
// carry the filters like Mimecast's, and altered or foreign tokens are detected.
class PageTokenCodec
{
public:
    PageTokenCodec();

    QString encode(const PagePosition &position) const;
    std::optional<PagePosition> decode(const QString &token) const;

private:
    QByteArray signatureOf(const QByteArray &payload) const;

    QByteArray m_key;
};

// Parses a get-logs body. Without "from" the window starts at the start of the current UTC day,
// and without "to" it ends at now, as Mimecast documents. Filters present next to a page token
// must match the window inside the token, and absent ones are taken from it. Returns
// std::nullopt and sets error when the body or a value is invalid.
std::optional<LogQuery> parseLogQuery(LogType type, const QByteArray &body, const QDateTime &now,
                                      const PageTokenCodec &codec, RequestError *error);

// Returns the indexes of the records in a window, in delivery order. from and to are inclusive.
// A record without a parseable time is served, at its place in the store's order, by the window
// that contains the nearest timed record before it, so clients see it exactly once.
QList<qsizetype> selectRecords(const QList<MimecastRecord> &records, const QDateTime &from,
                               const QDateTime &to, bool oldestFirst);

} // namespace bridge
