#include "mimecastrecordstore.h"

#include "mimecasttime.h"
#include "rawjson.h"
#include "simulatorlogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bridge {

namespace {

std::size_t indexOf(LogType type)
{
    return static_cast<std::size_t>(type);
}

// Parses one line as any JSON value, scalars included, by wrapping it in an array.
std::optional<QJsonValue> parseJsonValue(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + line + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

std::optional<QDateTime> recordTime(const QJsonValue &value, LogType type)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonValue time = value.toObject().value(eventTimeField(type));
    if (!time.isString())
        return std::nullopt;
    return parseMimecastTime(time.toString());
}

// Rewrites the "yyyy-MM-ddTHH:mm:ss" part of the record's time text. Returns false when the
// text is not in that form.
bool shiftRecordTime(MimecastRecord *record, LogType type, qint64 seconds)
{
    const std::optional<RawJsonRange> range
            = findTopLevelStringMember(record->raw, eventTimeField(type).toLatin1());
    if (!range || range->end - range->begin < 19)
        return false;

    const QByteArray text = record->raw.mid(range->begin, range->end - range->begin);
    const QDate date = QDate::fromString(QString::fromLatin1(text.left(10)), u"yyyy-MM-dd");
    const QTime time = QTime::fromString(QString::fromLatin1(text.mid(11, 8)), u"HH:mm:ss");
    if (!date.isValid() || !time.isValid())
        return false;

    // The offset is left as written, so plain wall-clock arithmetic in UTC is exact.
    const QDateTime shifted = QDateTime(date, time, Qt::UTC).addSecs(seconds);
    const QByteArray prefix = shifted.toString(u"yyyy-MM-dd").toLatin1() + text.at(10)
            + shifted.toString(u"HH:mm:ss").toLatin1();
    record->raw.replace(range->begin, 19, prefix);
    record->time = record->time->addSecs(seconds);
    return true;
}

} // namespace

QString MimecastRecordStore::fileName(LogType type)
{
    return u"ttp-" + logTypeName(type) + u".ndjson";
}

void MimecastRecordStore::setRecords(LogType type, const QList<QByteArray> &rawLines)
{
    QList<MimecastRecord> records;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const QByteArray line = rawLines.at(i).trimmed();
        if (line.isEmpty())
            continue;

        const std::optional<QJsonValue> value = parseJsonValue(line);
        if (!value) {
            qCWarning(lcSimulator).nospace().noquote()
                    << "Skipping line " << i + 1 << " of the " << logTypeName(type)
                    << " records: invalid JSON";
            continue;
        }
        records.append({line, recordTime(*value, type)});
    }
    m_records[indexOf(type)] = records;
}

bool MimecastRecordStore::loadFolder(const QString &folder, QString *error)
{
    if (!QDir(folder).exists()) {
        if (error)
            *error = QStringLiteral("Data folder not found: %1").arg(folder);
        return false;
    }

    std::array<QList<QByteArray>, 3> lines;
    for (const LogType type : allLogTypes) {
        QFile file(QDir(folder).filePath(fileName(type)));
        if (!file.exists()) {
            qCInfo(lcSimulator).noquote() << "No" << fileName(type) << "in" << folder
                                          << "- serving no records of that type";
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("Cannot read %1: %2")
                                 .arg(file.fileName(), file.errorString());
            return false;
        }
        lines[indexOf(type)] = file.readAll().split('\n');
    }

    for (const LogType type : allLogTypes)
        setRecords(type, lines[indexOf(type)]);
    return true;
}

const QList<MimecastRecord> &MimecastRecordStore::records(LogType type) const
{
    return m_records[indexOf(type)];
}

std::optional<QDateTime> MimecastRecordStore::newestTime(LogType type) const
{
    std::optional<QDateTime> newest;
    for (const MimecastRecord &record : records(type)) {
        if (record.time && (!newest || *record.time > *newest))
            newest = record.time;
    }
    return newest;
}

void MimecastRecordStore::shiftTimes(LogType type, qint64 seconds)
{
    if (seconds == 0)
        return;
    for (MimecastRecord &record : m_records[indexOf(type)]) {
        if (record.time && !shiftRecordTime(&record, type, seconds)) {
            // The time parsed but is not written as "yyyy-MM-ddTHH:mm:ss…", so it stays as is.
            qCWarning(lcSimulator).noquote() << "Cannot shift the time of a" << logTypeName(type)
                                             << "record; it keeps its original time";
        }
    }
}

std::array<qint64, 3> MimecastRecordStore::shiftNewestTo(const QDateTime &target)
{
    std::array<qint64, 3> shifts = {0, 0, 0};
    for (const LogType type : allLogTypes) {
        const std::optional<QDateTime> newest = newestTime(type);
        if (!newest)
            continue;
        shifts[indexOf(type)] = newest->secsTo(target);
        shiftTimes(type, shifts[indexOf(type)]);
    }
    return shifts;
}

} // namespace bridge
