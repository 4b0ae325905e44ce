// Tests of the first two processing steps: rejecting page elements that are not valid records
// of their log type, and dropping clean results.

#include "recordprocessor.h"
#include "recordvalidation.h"
#include "testrecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace bridge;
using namespace testrecords;

namespace {

// Adds the rejection rows of one required field.
void addFieldRows(LogType type, const QString &field, bool isDate, bool isBoolean)
{
    const QJsonObject record = sampleRecord(type);
    const QString prefix = logTypeName(type) + u' ' + field + u' ';
    const auto row = [&](const char *problem, const QJsonObject &element, const char *code) {
        QTest::newRow(qPrintable(prefix + QLatin1String(problem)))
                << type << QJsonValue(element) << QString::fromLatin1(code) << field;
    };

    row("missing", without(record, field), "missing-field");
    row("null", edited(record, {{field, QJsonValue::Null}}), "missing-field");
    row("number", edited(record, {{field, 42}}), "wrong-type");
    row("array", edited(record, {{field, QJsonArray {QStringLiteral("x")}}}), "wrong-type");
    row("object", edited(record, {{field, QJsonObject {}}}), "wrong-type");

    if (isBoolean) {
        row("string true", edited(record, {{field, QStringLiteral("true")}}), "wrong-type");
        row("number 1", edited(record, {{field, 1}}), "wrong-type");
        return;
    }

    row("empty", edited(record, {{field, QString()}}), "missing-field");
    row("blank", edited(record, {{field, QStringLiteral("   ")}}), "missing-field");
    row("boolean", edited(record, {{field, true}}), "wrong-type");

    if (isDate) {
        row("yesterday", edited(record, {{field, QStringLiteral("yesterday")}}), "invalid-date");
        row("month 13", edited(record, {{field, QStringLiteral("2026-13-04T12:30:00+0000")}}),
            "invalid-date");
        row("local format", edited(record, {{field, QStringLiteral("04/12/2026 12:30")}}),
            "invalid-date");
        row("no offset", edited(record, {{field, QStringLiteral("2026-12-04T12:30:00")}}),
            "invalid-date");
    }
}

QJsonObject responseEnvelope()
{
    return QJsonObject {
            {QStringLiteral("meta"),
             QJsonObject {{QStringLiteral("status"), 200},
                          {QStringLiteral("pagination"),
                           QJsonObject {{QStringLiteral("pageSize"), 100}}}}},
            {QStringLiteral("data"),
             QJsonArray {QJsonObject {{QStringLiteral("clickLogs"), QJsonArray {urlRecord()}}}}},
            {QStringLiteral("fail"), QJsonArray {}},
    };
}

} // namespace

class TestRecordValidation : public QObject
{
    Q_OBJECT

private slots:
    void rejectsInvalid_data();
    void rejectsInvalid();
    void rejectsNonRecord_data();
    void rejectsNonRecord();
    void acceptsValid_data();
    void acceptsValid();
    void cleanFilter_data();
    void cleanFilter();
    void validationBeforeFilter_data();
    void validationBeforeFilter();
};

void TestRecordValidation::rejectsInvalid_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonValue>("element");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    addFieldRows(LogType::Attachment, QStringLiteral("date"), true, false);
    addFieldRows(LogType::Attachment, QStringLiteral("result"), false, false);
    addFieldRows(LogType::Impersonation, QStringLiteral("eventTime"), true, false);
    addFieldRows(LogType::Impersonation, QStringLiteral("taggedMalicious"), false, true);
    addFieldRows(LogType::Url, QStringLiteral("date"), true, false);
    addFieldRows(LogType::Url, QStringLiteral("url"), false, false);
    addFieldRows(LogType::Url, QStringLiteral("scanResult"), false, false);

    // An impersonation record carries its time in eventTime, never in date.
    QJsonObject dateInsteadOfEventTime
            = without(impersonationRecord(), QStringLiteral("eventTime"));
    dateInsteadOfEventTime.insert(u"date", QStringLiteral("2026-12-04T10:05:09+0000"));
    QTest::newRow("impersonation date instead of eventTime")
            << LogType::Impersonation << QJsonValue(dateInsteadOfEventTime)
            << QStringLiteral("missing-field") << QStringLiteral("eventTime");

    // A url record read as an attachment record lacks result.
    QTest::newRow("url record as attachment")
            << LogType::Attachment << QJsonValue(urlRecord()) << QStringLiteral("missing-field")
            << QStringLiteral("result");
}

void TestRecordValidation::rejectsInvalid()
{
    QFETCH(LogType, type);
    QFETCH(QJsonValue, element);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const std::optional<RecordRejection> rejection = validateRecord(type, element);
    QVERIFY(rejection.has_value());
    QCOMPARE(rejection->code(), code);
    QCOMPARE(rejection->field, field);
    QVERIFY2(rejection->message().contains(u'"' + field + u'"'), qPrintable(rejection->message()));

    const RecordOutcome outcome = RecordProcessor().process(type, element);
    QCOMPARE(outcome.kind, RecordOutcome::Kind::Rejected);
    QCOMPARE(outcome.rejection.code(), code);
    QCOMPARE(outcome.rejection.field, field);
}

void TestRecordValidation::rejectsNonRecord_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonValue>("element");

    for (const LogType type : allLogTypes) {
        const QString name = logTypeName(type);
        const auto row = [&name, type](const char *what, const QJsonValue &element) {
            QTest::newRow(qPrintable(name + u' ' + QLatin1String(what))) << type << element;
        };
        row("array", QJsonArray {sampleRecord(type)});
        row("string", QStringLiteral("2026-12-04T12:30:00+0000"));
        row("number", 7);
        row("boolean", true);
        row("null", QJsonValue(QJsonValue::Null));
        row("response envelope", responseEnvelope());
        row("envelope with fail only",
            QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 500}}},
                         {QStringLiteral("fail"), QJsonArray {}}});

        // A record wrapped in an envelope stays rejected although it carries every field.
        QJsonObject envelopeWithFields = responseEnvelope();
        const QJsonObject record = sampleRecord(type);
        for (auto it = record.begin(); it != record.end(); ++it)
            envelopeWithFields.insert(it.key(), it.value());
        row("envelope with record fields", envelopeWithFields);
    }
}

void TestRecordValidation::rejectsNonRecord()
{
    QFETCH(LogType, type);
    QFETCH(QJsonValue, element);

    const std::optional<RecordRejection> rejection = validateRecord(type, element);
    QVERIFY(rejection.has_value());
    QCOMPARE(rejection->code(), QStringLiteral("not-a-record"));
    QVERIFY(!rejection->message().isEmpty());

    const RecordOutcome outcome = RecordProcessor().process(type, element);
    QCOMPARE(outcome.kind, RecordOutcome::Kind::Rejected);
    QCOMPARE(outcome.rejection.code(), QStringLiteral("not-a-record"));
}

void TestRecordValidation::acceptsValid_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");

    for (const LogType type : allLogTypes) {
        const QString name = logTypeName(type);
        QTest::newRow(qPrintable(name + u" sample")) << type << sampleRecord(type);
        QTest::newRow(qPrintable(name + u" optional fields null"))
                << type
                << edited(sampleRecord(type),
                          {{QStringLiteral("subject"), QJsonValue::Null},
                           {QStringLiteral("messageId"), QJsonValue::Null}});
        QTest::newRow(qPrintable(name + u" unknown extra field"))
                << type
                << edited(sampleRecord(type),
                          {{QStringLiteral("tagMap"),
                            QJsonObject {
                                    {QStringLiteral("UrlReputationScan"),
                                     QJsonObject {{QStringLiteral("Type"),
                                                   QJsonArray {QStringLiteral("Phishing")}}}}}}});
    }

    QTest::newRow("url date with Z")
            << LogType::Url
            << edited(urlRecord(),
                      {{QStringLiteral("date"), QStringLiteral("2026-12-04T12:30:00Z")}});
    QTest::newRow("url date with -03:00")
            << LogType::Url
            << edited(urlRecord(),
                      {{QStringLiteral("date"), QStringLiteral("2026-12-04T09:30:00-03:00")}});
    QTest::newRow("impersonation not malicious")
            << LogType::Impersonation
            << edited(impersonationRecord(), {{QStringLiteral("taggedMalicious"), false}});
    QTest::newRow("attachment without subject")
            << LogType::Attachment << without(attachmentRecord(), QStringLiteral("subject"));
}

void TestRecordValidation::acceptsValid()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);

    const std::optional<RecordRejection> rejection = validateRecord(type, record);
    QVERIFY2(!rejection.has_value(), rejection ? qPrintable(rejection->message()) : "");
}

void TestRecordValidation::cleanFilter_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<bool>("clean");

    const auto attachment = [](const char *result, bool clean) {
        QTest::newRow(qPrintable(u"attachment " + QLatin1String(result)))
                << LogType::Attachment
                << edited(attachmentRecord(),
                          {{QStringLiteral("result"), QString::fromLatin1(result)}})
                << clean;
    };
    attachment("safe", true);
    attachment("SAFE", true);
    attachment("Safe", true);
    attachment("clean", true);
    attachment("CLEAN", true);
    attachment("malicious", false);
    attachment("unsafe", false);
    attachment("timeout", false);
    attachment("error", false);
    attachment("unknown", false);
    attachment("quarantined", false);

    QTest::newRow("impersonation taggedMalicious false")
            << LogType::Impersonation
            << edited(impersonationRecord(), {{QStringLiteral("taggedMalicious"), false}}) << true;
    QTest::newRow("impersonation taggedMalicious true")
            << LogType::Impersonation << impersonationRecord() << false;
    QTest::newRow("impersonation false with action hold")
            << LogType::Impersonation
            << edited(impersonationRecord(),
                      {{QStringLiteral("taggedMalicious"), false},
                       {QStringLiteral("action"), QStringLiteral("hold")}})
            << true;

    const auto url = [](const char *scanResult, bool clean) {
        QTest::newRow(qPrintable(u"url " + QLatin1String(scanResult)))
                << LogType::Url
                << edited(urlRecord(),
                          {{QStringLiteral("scanResult"), QString::fromLatin1(scanResult)}})
                << clean;
    };
    url("clean", true);
    url("malicious", false);
    url("unsafe", false);
    url("timeout", false);
    url("error", false);
    url("unknown", false);
    url("suspicious", false);
    // Only "clean" is a clean url result, because "safe" is an attachment result.
    url("safe", false);
}

void TestRecordValidation::cleanFilter()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);
    QFETCH(bool, clean);

    QCOMPARE(RecordProcessor::isClean(type, record), clean);

    const RecordOutcome outcome = RecordProcessor().process(type, record);
    QCOMPARE(outcome.kind, clean ? RecordOutcome::Kind::Clean : RecordOutcome::Kind::Alert);
}

void TestRecordValidation::validationBeforeFilter_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");

    QTest::newRow("attachment safe without date")
            << LogType::Attachment
            << without(edited(attachmentRecord(),
                              {{QStringLiteral("result"), QStringLiteral("safe")}}),
                       QStringLiteral("date"));
    QTest::newRow("impersonation false with bad eventTime")
            << LogType::Impersonation
            << edited(impersonationRecord(),
                      {{QStringLiteral("taggedMalicious"), false},
                       {QStringLiteral("eventTime"), QStringLiteral("2026-12-04")}});
    QTest::newRow("url clean without url")
            << LogType::Url
            << without(edited(urlRecord(),
                              {{QStringLiteral("scanResult"), QStringLiteral("clean")}}),
                       QStringLiteral("url"));
}

void TestRecordValidation::validationBeforeFilter()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);

    // A clean result with a broken required field is still counted as rejected.
    const RecordOutcome outcome = RecordProcessor().process(type, record);
    QCOMPARE(outcome.kind, RecordOutcome::Kind::Rejected);
}

QTEST_GUILESS_MAIN(TestRecordValidation)

#include "tst_record_validation.moc"
