#include "testrecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace bridge::test {

QByteArray urlRecord(int number, const QString &date)
{
    return QStringLiteral(
                   R"json({"userEmailAddress":"user%1@example.com","url":"https:\/\/example.com\/page\/%1",)json"
                   R"json("ttpDefinition":"Inbound URL 'Aggressive'","action":"warn","scanResult":"malicious",)json"
                   R"json("date":"%2","route":"inbound","creationMethod":"User Click",)json"
                   R"json("messageId":"<m%1@example.com>"})json")
            .arg(number)
            .arg(date)
            .toUtf8();
}

QByteArray attachmentRecord(int number, const QString &date)
{
    return QStringLiteral(
                   R"json({"senderAddress":"<>","recipientAddress":"user%1@example.com",)json"
                   R"json("fileName":"invoice %1.pdf","fileType":"application\/pdf","result":"malicious",)json"
                   R"json("date":"%2","details":"Malicious                    \r\nTime taken: 0 hrs, 0 min, 4 sec",)json"
                   R"json("messageId":"<m%1@example.com>"})json")
            .arg(number)
            .arg(date)
            .toUtf8();
}

QByteArray impersonationRecord(int number, const QString &eventTime)
{
    return QStringLiteral(
                   R"json({"id":"MTOKEN:test%1","recipientAddress":"user%1@example.com",)json"
                   R"json("definition":"IP - 2 hits (Hold for Review \/ User Hold)","hits":2,)json"
                   R"json("taggedMalicious":true,"eventTime":"%2","messageId":"<m%1@example.com>"})json")
            .arg(number)
            .arg(eventTime)
            .toUtf8();
}

QString minuteTime(int minute)
{
    const QDateTime base(QDate(2024, 11, 17), QTime(0, 0), Qt::UTC);
    return base.addSecs(minute * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u"+0000";
}

int recordNumber(const QJsonValue &record)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^<m(\d+)@example\.com>$)"));
    const QRegularExpressionMatch match
            = pattern.match(record.toObject().value(QStringLiteral("messageId")).toString());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<int> recordNumbers(const QJsonArray &records)
{
    QList<int> numbers;
    for (const QJsonValue &record : records)
        numbers.append(recordNumber(record));
    return numbers;
}

} // namespace bridge::test
