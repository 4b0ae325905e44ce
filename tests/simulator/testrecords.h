#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bridge::test {

// Raw record lines in the shapes of real Mimecast logs, written the way Mimecast writes them:
// "/" escaped as "\/", attachment details padded with spaces and a CRLF. Each carries
// "<m<number>@example.com>" as its messageId so tests can follow it.
QByteArray urlRecord(int number, const QString &date);
QByteArray attachmentRecord(int number, const QString &date);
QByteArray impersonationRecord(int number, const QString &eventTime);

// Record time at a minute offset from 2024-11-17T00:00:00+0000, e.g. "2024-11-17T00:05:00+0000".
QString minuteTime(int minute);

// The number in a record's "<m<number>@example.com>" messageId, or -1.
int recordNumber(const QJsonValue &record);
QList<int> recordNumbers(const QJsonArray &records);

} // namespace bridge::test
