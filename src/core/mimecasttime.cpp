#include "mimecasttime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace bridge {

QString formatMimecastTime(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u"+0000";
}

std::optional<QDateTime> parseMimecastTime(const QString &text)
{
    // Qt 6.4's ISODate parser rejects offsets without a colon, so the parts are matched here.
    static const QRegularExpression pattern(
            QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)"
                           R"((Z|[+-]\d{2}:?\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    int milliseconds = 0;
    const QString fraction = match.captured(7);
    if (!fraction.isEmpty())
        milliseconds = QString(fraction + u"00").left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (zone != u"Z") {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }

    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
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
