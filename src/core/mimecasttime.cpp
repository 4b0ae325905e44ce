#include "mimecasttime.h"

#include <QLocale>
#include <QTimeZone>

namespace bridge {

QString formatMimecastTime(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u"+0000";
}

namespace {

// Reads count ASCII digits at position; returns -1 when any of them is not a digit.
int readDigits(QStringView text, qsizetype position, qsizetype count)
{
    if (position + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = position; i < position + count; ++i) {
        const char16_t ch = text[i].unicode();
        if (ch < u'0' || ch > u'9')
            return -1;
        value = value * 10 + (ch - u'0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseMimecastTime(const QString &text)
{
    // Qt 6.4's ISODate parser rejects offsets without a colon, so the parts are read here, in
    // the form yyyy-MM-dd[T ]HH:mm:ss[.fraction](Z|+HHmm|+HH:mm|-HHmm|-HH:mm). A hand-written
    // reader instead of a regular expression, because every record's time passes through it.
    const QStringView value = QStringView(text).trimmed();
    const auto at = [&value](qsizetype position, char16_t expected) {
        return position < value.size() && value[position].unicode() == expected;
    };

    const int year = readDigits(value, 0, 4);
    const int month = readDigits(value, 5, 2);
    const int day = readDigits(value, 8, 2);
    const int hour = readDigits(value, 11, 2);
    const int minute = readDigits(value, 14, 2);
    const int second = readDigits(value, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !at(4, u'-')
        || !at(7, u'-') || !(at(10, u'T') || at(10, u' ')) || !at(13, u':') || !at(16, u':'))
        return std::nullopt;

    qsizetype position = 19;
    int milliseconds = 0;
    if (at(position, u'.')) {
        ++position;
        const qsizetype fractionStart = position;
        while (position < value.size() && position - fractionStart < 10
               && readDigits(value, position, 1) >= 0)
            ++position;
        const qsizetype digits = position - fractionStart;
        if (digits < 1 || digits > 9)
            return std::nullopt;
        for (qsizetype i = 0; i < 3; ++i)
            milliseconds = milliseconds * 10
                    + (i < digits ? readDigits(value, fractionStart + i, 1) : 0);
    }

    int offsetSeconds = 0;
    if (at(position, u'Z')) {
        ++position;
    } else if (at(position, u'+') || at(position, u'-')) {
        const bool negative = at(position, u'-');
        const int hours = readDigits(value, position + 1, 2);
        const qsizetype minutesAt = position + (at(position + 3, u':') ? 4 : 3);
        const int minutes = readDigits(value, minutesAt, 2);
        if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (negative ? -1 : 1);
        position = minutesAt + 2;
    } else {
        return std::nullopt;
    }
    if (position != value.size())
        return std::nullopt;

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QDateTime utc(date, time, Qt::UTC);
    if (!utc.isValid())
        return std::nullopt;
    return offsetSeconds == 0 ? utc : utc.addSecs(-offsetSeconds);
}

QString formatSigningDate(const QDateTime &instant)
{
    return QLocale::c().toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
            + u" UTC";
}

QString formatIsoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u"Z";
}

std::optional<QDateTime> parseUserTime(const QString &text)
{
    if (std::optional<QDateTime> withZone = parseMimecastTime(text))
        return withZone;

    for (const QString &format :
         {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
          QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd")}) {
        QDateTime value = QDateTime::fromString(text.trimmed(), format);
        if (value.isValid()) {
            value.setTimeZone(QTimeZone::utc());
            return value;
        }
    }
    return std::nullopt;
}

} // namespace bridge
