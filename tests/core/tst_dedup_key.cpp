// Tests of the dedup key: SHA-1 hex over the '|'-joined raw values of each log type's key
// fields, computed here independently with QCryptographicHash.

#include "dedupkey.h"
#include "recordprocessor.h"
#include "testrecords.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace bridge;
using namespace testrecords;

namespace {

QString sha1Hex(const QStringList &values)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(values.join(u'|').toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

class TestDedupKey : public QObject
{
    Q_OBJECT

private slots:
    void keyFromRawValues_data();
    void keyFromRawValues();
    void identicalRecordsSameKey_data();
    void identicalRecordsSameKey();
    void changedFieldNewKey_data();
    void changedFieldNewKey();
    void sharedImpersonationId();
    void alertCarriesKey();
};

void TestDedupKey::keyFromRawValues_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QStringList>("values");

    const QJsonObject url = urlRecord();
    const QStringList urlValues = {QStringLiteral("<inv77@mail.vendor.example.org>"),
                                   QStringLiteral("carla.lima@example.com"),
                                   QStringLiteral("https://pay-update.example.net/invoice?id=77"),
                                   QStringLiteral("2026-12-04T12:30:00+0000"),
                                   QStringLiteral("block"),
                                   QStringLiteral("User Click")};
    QTest::newRow("url") << LogType::Url << url << urlValues;

    QStringList withoutMethod = urlValues;
    withoutMethod[5] = QString();
    QTest::newRow("url creationMethod absent")
            << LogType::Url << without(url, QStringLiteral("creationMethod")) << withoutMethod;
    QTest::newRow("url creationMethod null")
            << LogType::Url << edited(url, {{QStringLiteral("creationMethod"), QJsonValue::Null}})
            << withoutMethod;
    QTest::newRow("url creationMethod number")
            << LogType::Url << edited(url, {{QStringLiteral("creationMethod"), 3}})
            << withoutMethod;

    // Values are used as sent: no trimming, no case folding, no date normalization.
    QStringList rawValues = urlValues;
    rawValues[1] = QStringLiteral(" Carla.Lima@Example.com ");
    rawValues[3] = QStringLiteral("2026-12-04T09:30:00-0300");
    QTest::newRow("url raw values") << LogType::Url
                                    << edited(url,
                                              {{QStringLiteral("userEmailAddress"), rawValues[1]},
                                               {QStringLiteral("date"), rawValues[3]}})
                                    << rawValues;

    QStringList unicodeValues = urlValues;
    unicodeValues[2] = QStringLiteral("https://exemplo.example.com/ação?q=é");
    QTest::newRow("url non-ASCII")
            << LogType::Url << edited(url, {{QStringLiteral("url"), unicodeValues[2]}})
            << unicodeValues;

    QTest::newRow("attachment")
            << LogType::Attachment << attachmentRecord()
            << QStringList {
                       QStringLiteral("<scan2@office.example.org>"),
                       QStringLiteral("diego.alves@example.com"),
                       QStringLiteral("9f2c4e1ab37d5f60c8e2a9b14d7f3c0e6a5b8d2f1e4c7a9b0d3f6e2a"
                                      "1c5b8d7e"),
                       QStringLiteral("2026-12-04T08:15:42+0000"), QStringLiteral("malicious")};
    QTest::newRow("attachment without hash")
            << LogType::Attachment << without(attachmentRecord(), QStringLiteral("fileHash"))
            << QStringList {QStringLiteral("<scan2@office.example.org>"),
                            QStringLiteral("diego.alves@example.com"), QString(),
                            QStringLiteral("2026-12-04T08:15:42+0000"),
                            QStringLiteral("malicious")};
    QTest::newRow("impersonation")
            << LogType::Impersonation << impersonationRecord()
            << QStringList {QStringLiteral("MTOKEN:eNqrVkrOz81NzStRslIyNDI2MDI3MDU1MDE3"),
                            QStringLiteral("<wire01@examp1e.com>"),
                            QStringLiteral("finance@example.com"),
                            QStringLiteral("2026-12-04T10:05:09+0000")};
}

void TestDedupKey::keyFromRawValues()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);
    QFETCH(QStringList, values);

    const QString key = dedupKey(type, record);
    QCOMPARE(key, sha1Hex(values));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(key).hasMatch());
}

void TestDedupKey::identicalRecordsSameKey_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("first");
    QTest::addColumn<QJsonObject>("second");

    for (const LogType type : allLogTypes) {
        const QString name = logTypeName(type);
        QTest::newRow(qPrintable(name + u" copy"))
                << type << sampleRecord(type) << sampleRecord(type);
        // Fields outside the key, such as the subject, do not change it.
        QTest::newRow(qPrintable(name + u" other subject"))
                << type << sampleRecord(type)
                << edited(sampleRecord(type),
                          {{QStringLiteral("subject"), QStringLiteral("Forwarded copy")}});
    }
}

void TestDedupKey::identicalRecordsSameKey()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, first);
    QFETCH(QJsonObject, second);

    QCOMPARE(dedupKey(type, first), dedupKey(type, second));
}

void TestDedupKey::changedFieldNewKey_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QString>("field");

    const QList<QPair<LogType, QStringList>> keyFields = {
            {LogType::Url,
             {QStringLiteral("messageId"), QStringLiteral("userEmailAddress"),
              QStringLiteral("url"), QStringLiteral("date"), QStringLiteral("action"),
              QStringLiteral("creationMethod")}},
            {LogType::Attachment,
             {QStringLiteral("messageId"), QStringLiteral("recipientAddress"),
              QStringLiteral("fileHash"), QStringLiteral("date"), QStringLiteral("result")}},
            {LogType::Impersonation,
             {QStringLiteral("id"), QStringLiteral("messageId"), QStringLiteral("recipientAddress"),
              QStringLiteral("eventTime")}},
    };
    for (const auto &[type, fields] : keyFields) {
        for (const QString &field : fields)
            QTest::newRow(qPrintable(logTypeName(type) + u' ' + field)) << type << field;
    }
}

void TestDedupKey::changedFieldNewKey()
{
    QFETCH(LogType, type);
    QFETCH(QString, field);

    const QJsonObject record = sampleRecord(type);
    const QJsonObject changed
            = edited(record, {{field, QString(record.value(field).toString() + u'x')}});
    QVERIFY(dedupKey(type, record) != dedupKey(type, changed));
}

void TestDedupKey::sharedImpersonationId()
{
    // Mimecast can return the same id for one message delivered to several recipients.
    const QJsonObject first = impersonationRecord();
    const QJsonObject second = edited(
            first, {{QStringLiteral("recipientAddress"), QStringLiteral("payroll@example.com")}});
    QCOMPARE(first.value(u"id"), second.value(u"id"));
    QVERIFY(dedupKey(LogType::Impersonation, first) != dedupKey(LogType::Impersonation, second));
}

void TestDedupKey::alertCarriesKey()
{
    const RecordProcessor processor;
    for (const LogType type : allLogTypes) {
        const QJsonObject record = sampleRecord(type);
        const RecordOutcome outcome = processor.process(type, record);
        QCOMPARE(outcome.kind, RecordOutcome::Kind::Alert);
        QCOMPARE(outcome.alert.key, dedupKey(type, record));
    }
}

QTEST_GUILESS_MAIN(TestDedupKey)

#include "tst_dedup_key.moc"
