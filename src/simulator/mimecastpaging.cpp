#include "mimecastpaging.h"

#include "mimecasttime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace bridge {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

RequestError invalid(const QString &code, const QString &message, const QString &field)
{
    return {code, message, field};
}

std::optional<QDateTime> parseWindowEdge(const QJsonObject &filters, const QString &name,
                                         RequestError *error)
{
    const QJsonValue value = filters.value(name);
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    const std::optional<QDateTime> time
            = value.isString() ? parseMimecastTime(value.toString()) : std::nullopt;
    if (!time) {
        *error = invalid(QStringLiteral("err_validation_invalid_date"),
                         QStringLiteral("Invalid date; expected yyyy-MM-ddTHH:mm:ss+0000"), name);
        return std::nullopt;
    }
    return time;
}

} // namespace

PageTokenCodec::PageTokenCodec()
    : m_key(32, '\0')
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()),
                                          m_key.size() / 4);
}

QString PageTokenCodec::encode(const PagePosition &position) const
{
    const QJsonObject object {{QStringLiteral("type"), logTypeName(position.type)},
                              {QStringLiteral("offset"), position.offset},
                              {QStringLiteral("from"), position.fromMs},
                              {QStringLiteral("to"), position.toMs},
                              {QStringLiteral("oldestFirst"), position.oldestFirst}};
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(payload.toBase64(base64Url) + '.'
                               + signatureOf(payload).toBase64(base64Url));
}

std::optional<PagePosition> PageTokenCodec::decode(const QString &token) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        return std::nullopt;

    const auto payload = QByteArray::fromBase64Encoding(
            parts.at(0), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(
            parts.at(1), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !signature || signature.decoded != signatureOf(payload.decoded))
        return std::nullopt;

    const QJsonObject object = QJsonDocument::fromJson(payload.decoded).object();
    const std::optional<LogType> type
            = logTypeFromName(object.value(QStringLiteral("type")).toString());
    if (!type)
        return std::nullopt;

    PagePosition position;
    position.type = *type;
    position.offset = object.value(QStringLiteral("offset")).toInteger();
    position.fromMs = object.value(QStringLiteral("from")).toInteger();
    position.toMs = object.value(QStringLiteral("to")).toInteger();
    position.oldestFirst = object.value(QStringLiteral("oldestFirst")).toBool();
    return position;
}

QByteArray PageTokenCodec::signatureOf(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256).left(12);
}

std::optional<LogQuery> parseLogQuery(LogType type, const QByteArray &body, const QDateTime &now,
                                      const PageTokenCodec &codec, RequestError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        *error = invalid(QStringLiteral("err_validation_malformed_request"),
                         QStringLiteral("The request body is not a JSON object"), QString());
        return std::nullopt;
    }

    LogQuery query;
    const QJsonObject pagination = document.object()
                                           .value(QStringLiteral("meta"))
                                           .toObject()
                                           .value(QStringLiteral("pagination"))
                                           .toObject();

    const QJsonValue pageSize = pagination.value(QStringLiteral("pageSize"));
    if (!pageSize.isUndefined() && !pageSize.isNull()) {
        const double size = pageSize.toDouble(-1);
        if (size < minPageSize || size > maxPageSize || size != static_cast<int>(size)) {
            *error = invalid(QStringLiteral("err_validation_out_of_range"),
                             QStringLiteral("pageSize must be a whole number from %1 to %2")
                                     .arg(minPageSize)
                                     .arg(maxPageSize),
                             QStringLiteral("pageSize"));
            return std::nullopt;
        }
        query.pageSize = static_cast<int>(size);
    }
    query.pageToken = pagination.value(QStringLiteral("pageToken")).toString();

    const QJsonObject filters
            = document.object().value(QStringLiteral("data")).toArray().at(0).toObject();
    const std::optional<QDateTime> from = parseWindowEdge(filters, QStringLiteral("from"), error);
    if (!from)
        return std::nullopt;
    const std::optional<QDateTime> to = parseWindowEdge(filters, QStringLiteral("to"), error);
    if (!to)
        return std::nullopt;
    const QJsonValue oldestFirst = filters.value(QStringLiteral("oldestFirst"));
    if (!oldestFirst.isUndefined() && !oldestFirst.isBool()) {
        *error = invalid(QStringLiteral("err_validation_invalid_value"),
                         QStringLiteral("oldestFirst must be true or false"),
                         QStringLiteral("oldestFirst"));
        return std::nullopt;
    }

    if (query.pageToken.isEmpty()) {
        query.from = from->isValid() ? *from : QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
        query.to = to->isValid() ? *to : now.toUTC();
        query.oldestFirst = oldestFirst.toBool(false);
        return query;
    }

    const std::optional<PagePosition> position = codec.decode(query.pageToken);
    const bool matches = position && position->type == type && position->offset >= 0
            && (!from->isValid() || from->toMSecsSinceEpoch() == position->fromMs)
            && (!to->isValid() || to->toMSecsSinceEpoch() == position->toMs)
            && (!oldestFirst.isBool() || oldestFirst.toBool() == position->oldestFirst);
    if (!matches) {
        *error = invalid(QStringLiteral("err_validation_invalid_page_token"),
                         QStringLiteral("Invalid page token, or it does not match the filters"),
                         QStringLiteral("pageToken"));
        return std::nullopt;
    }

    query.offset = position->offset;
    query.from = QDateTime::fromMSecsSinceEpoch(position->fromMs, Qt::UTC);
    query.to = QDateTime::fromMSecsSinceEpoch(position->toMs, Qt::UTC);
    query.oldestFirst = position->oldestFirst;
    return query;
}

QList<qsizetype> selectRecords(const QList<MimecastRecord> &records, const QDateTime &from,
                               const QDateTime &to, bool oldestFirst)
{
    // A record without a parseable time belongs to the window of the nearest timed record
    // before it in the store's order (or after it, at the start), so that consecutive windows
    // serve it exactly once.
    QList<std::optional<QDateTime>> anchors(records.size());
    std::optional<QDateTime> previous;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).time)
            previous = records.at(i).time;
        anchors[i] = previous;
    }
    std::optional<QDateTime> following;
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        if (records.at(i).time)
            following = records.at(i).time;
        if (!anchors.at(i))
            anchors[i] = following;
    }

    QList<qsizetype> selected;
    QList<qsizetype> timed;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const std::optional<QDateTime> &time = records.at(i).time;
        const std::optional<QDateTime> &anchor = anchors.at(i);
        // Windows are inclusive at both ends. An untimed record takes only the half-open
        // [from, to) part, so that it is not served twice on a shared edge.
        if (time && *time >= from && *time <= to) {
            selected.append(i);
            timed.append(i);
        } else if (!time && (!anchor || (*anchor >= from && *anchor < to))) {
            selected.append(i);
        }
    }

    std::stable_sort(timed.begin(), timed.end(), [&records](qsizetype a, qsizetype b) {
        return *records.at(a).time < *records.at(b).time;
    });

    // Timed records take the timed slots in time order; the others stay where they were.
    auto nextTimed = timed.cbegin();
    for (qsizetype &index : selected) {
        if (records.at(index).time)
            index = *nextTimed++;
    }

    if (!oldestFirst)
        std::reverse(selected.begin(), selected.end());
    return selected;
}

} // namespace bridge
