// Tests of the alert produced for a kept record: the alert type choice, the MITRE ATT&CK mapping
// and its explanation, severity, the normalized fields, and administrator override tables.

#include "dedupkey.h"
#include "logspagescan.h"
#include "mimecasttime.h"
#include "recordprocessor.h"
#include "testrecords.h"
#include "threatmapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace testrecords;

namespace {

QList<MappingRow> shippedRows()
{
    QFile file(QStringLiteral(MB_SOURCE_DIR "/resources/mapping/threat-mapping.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Failed to open %s: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    QList<MappingRow> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        rows.append({object.value(u"alertType").toString(), object.value(u"threatId").toString(),
                     object.value(u"threatName").toString()});
    }
    return rows;
}

NormalizedAlert alertFor(const RecordProcessor &processor, LogType type, const QJsonObject &record)
{
    const RecordOutcome outcome = processor.process(type, record);
    if (outcome.kind != RecordOutcome::Kind::Alert)
        qWarning("record did not become an alert: %s", qPrintable(outcome.rejection.message()));
    return outcome.alert;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("Failed to write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

} // namespace

class TestRecordMapping : public QObject
{
    Q_OBJECT

private slots:
    void builtInMatchesResource();
    void urlAlertType_data();
    void urlAlertType();
    void everyRowReached_data();
    void everyRowReached();
    void unmappedUsesDefault_data();
    void unmappedUsesDefault();
    void severityRules_data();
    void severityRules();
    void normalizedFields_data();
    void normalizedFields();
    void toJsonUtcAndRecord();
    void compactJsonKeepsRecordText();

    void overrideReplacesTable();
    void overrideWithoutDefaults();
    void overrideInvalidLine_data();
    void overrideInvalidLine();
    void overrideFileErrors();
};

void TestRecordMapping::builtInMatchesResource()
{
    const QList<MappingRow> expected = shippedRows();
    const QList<MappingRow> &rows = ThreatMappingTable::builtIn().rows();
    QCOMPARE(expected.size(), 11);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype index = 0; index < rows.size(); ++index) {
        QCOMPARE(rows.at(index).alertType, expected.at(index).alertType);
        QCOMPARE(rows.at(index).threatId, expected.at(index).threatId);
        QCOMPARE(rows.at(index).threatName, expected.at(index).threatName);
    }
}

void TestRecordMapping::urlAlertType_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("alertType");
    QTest::addColumn<QString>("sourceField");

    const QJsonObject noDefinition = without(urlRecord(), QStringLiteral("ttpDefinition"));
    const QString entryScan = QStringLiteral("Entry Scan");
    const QString invalidRecipient = QStringLiteral("Invalid Recipient");

    QTest::newRow("definition absent")
            << edited(noDefinition, {{QStringLiteral("creationMethod"), entryScan}}) << entryScan
            << QStringLiteral("creationMethod");
    QTest::newRow("definition empty")
            << edited(urlRecord(), {{QStringLiteral("ttpDefinition"), QString()}})
            << QStringLiteral("User Click") << QStringLiteral("creationMethod");
    QTest::newRow("definition null")
            << edited(urlRecord(), {{QStringLiteral("ttpDefinition"), QJsonValue::Null}})
            << QStringLiteral("User Click") << QStringLiteral("creationMethod");
    QTest::newRow("definition absent, reason set")
            << edited(noDefinition, {{QStringLiteral("reason"), invalidRecipient}})
            << QStringLiteral("User Click") << QStringLiteral("creationMethod");
    QTest::newRow("reason set") << edited(urlRecord(),
                                          {{QStringLiteral("reason"), invalidRecipient}})
                                << invalidRecipient << QStringLiteral("reason");
    QTest::newRow("reason empty") << edited(urlRecord(), {{QStringLiteral("reason"), QString()}})
                                  << QStringLiteral("Inbound URL 'Aggressive'")
                                  << QStringLiteral("ttpDefinition");
    QTest::newRow("reason null") << edited(urlRecord(),
                                           {{QStringLiteral("reason"), QJsonValue::Null}})
                                 << QStringLiteral("Inbound URL 'Aggressive'")
                                 << QStringLiteral("ttpDefinition");
    QTest::newRow("reason absent") << urlRecord() << QStringLiteral("Inbound URL 'Aggressive'")
                                   << QStringLiteral("ttpDefinition");
}

void TestRecordMapping::urlAlertType()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, alertType);
    QFETCH(QString, sourceField);

    const RecordOutcome outcome = RecordProcessor().process(LogType::Url, record);
    QCOMPARE(outcome.kind, RecordOutcome::Kind::Alert);
    QCOMPARE(outcome.alert.alertType, alertType);
    QVERIFY2(outcome.alert.mappingRule.contains(sourceField),
             qPrintable(outcome.alert.mappingRule));
}

void TestRecordMapping::everyRowReached_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("rowAlertType");
    QTest::addColumn<QString>("threatId");
    QTest::addColumn<QString>("threatName");

    for (const MappingRow &row : shippedRows()) {
        const auto add = [&row](const char *variant, const QString &written) {
            QTest::newRow(qPrintable(row.alertType + u" / " + QLatin1String(variant)))
                    << written << row.alertType << row.threatId << row.threatName;
        };
        add("exact", row.alertType);
        add("upper case", row.alertType.toUpper());
        add("lower case", row.alertType.toLower());
        add("padded", u"  " + row.alertType + u" \t");
    }
}

void TestRecordMapping::everyRowReached()
{
    QFETCH(QString, written);
    QFETCH(QString, rowAlertType);
    QFETCH(QString, threatId);
    QFETCH(QString, threatName);

    const MappingRow *row = ThreatMappingTable::builtIn().find(written);
    QVERIFY(row != nullptr);
    QCOMPARE(row->alertType, rowAlertType);

    // A url record reaches any row through its reason.
    const NormalizedAlert alert
            = alertFor(RecordProcessor(), LogType::Url,
                       edited(urlRecord(), {{QStringLiteral("reason"), written}}));
    QCOMPARE(alert.threatId, threatId);
    QCOMPARE(alert.threatName, threatName);
    QVERIFY2(alert.mappingRule.contains(rowAlertType), qPrintable(alert.mappingRule));
}

void TestRecordMapping::unmappedUsesDefault_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("alertType");
    QTest::addColumn<QString>("sourceField");
    QTest::addColumn<QString>("defaultRow");
    QTest::addColumn<QString>("threatId");

    QTest::newRow("url ttpDefinition")
            << LogType::Url << urlRecord() << QStringLiteral("Inbound URL 'Aggressive'")
            << QStringLiteral("ttpDefinition") << QStringLiteral("URL Protection")
            << QStringLiteral("T1598.003");
    QTest::newRow("url creationMethod")
            << LogType::Url << without(urlRecord(), QStringLiteral("ttpDefinition"))
            << QStringLiteral("User Click") << QStringLiteral("creationMethod")
            << QStringLiteral("URL Protection") << QStringLiteral("T1598.003");
    QTest::newRow("url reason")
            << LogType::Url
            << edited(urlRecord(), {{QStringLiteral("reason"), QStringLiteral("Newly seen rule")}})
            << QStringLiteral("Newly seen rule") << QStringLiteral("reason")
            << QStringLiteral("URL Protection") << QStringLiteral("T1598.003");
    QTest::newRow("attachment") << LogType::Attachment << attachmentRecord()
                                << QStringLiteral("Unsafe Email Attachment") << QString()
                                << QStringLiteral("Unsafe Email Attachment")
                                << QStringLiteral("T1598.002");
    QTest::newRow("impersonation")
            << LogType::Impersonation << impersonationRecord()
            << QStringLiteral("Impersonation Attempt") << QString()
            << QStringLiteral("Impersonation Attempt") << QStringLiteral("T1598.003");
}

void TestRecordMapping::unmappedUsesDefault()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);
    QFETCH(QString, alertType);
    QFETCH(QString, sourceField);
    QFETCH(QString, defaultRow);
    QFETCH(QString, threatId);

    QCOMPARE(ThreatMappingTable::categoryDefaultAlertType(type), defaultRow);

    const NormalizedAlert alert = alertFor(RecordProcessor(), type, record);
    QCOMPARE(alert.alertType, alertType);
    QCOMPARE(alert.threatId, threatId);
    QVERIFY(!alert.threatName.isEmpty());
    QVERIFY2(alert.mappingRule.contains(alertType), qPrintable(alert.mappingRule));
    QVERIFY2(alert.mappingRule.contains(defaultRow), qPrintable(alert.mappingRule));
    QVERIFY2(alert.mappingRule.contains(threatId), qPrintable(alert.mappingRule));
    if (!sourceField.isEmpty())
        QVERIFY2(alert.mappingRule.contains(sourceField), qPrintable(alert.mappingRule));
}

void TestRecordMapping::severityRules_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("severity");

    const auto attachment = [](const char *result, const char *severity) {
        QTest::newRow(qPrintable(u"attachment " + QLatin1String(result)))
                << LogType::Attachment
                << edited(attachmentRecord(),
                          {{QStringLiteral("result"), QString::fromLatin1(result)}})
                << QString::fromLatin1(severity);
    };
    attachment("malicious", "high");
    attachment("unsafe", "high");
    attachment("timeout", "medium");
    attachment("error", "medium");
    attachment("unknown", "medium");

    const auto impersonation = [](const char *action, const char *severity) {
        QTest::newRow(qPrintable(u"impersonation " + QLatin1String(action)))
                << LogType::Impersonation
                << edited(impersonationRecord(),
                          {{QStringLiteral("action"), QString::fromLatin1(action)}})
                << QString::fromLatin1(severity);
    };
    impersonation("hold", "high");
    impersonation("bounce", "high");
    impersonation("delete", "high");
    impersonation("none", "medium");
    impersonation("tag", "medium");
    QTest::newRow("impersonation action absent")
            << LogType::Impersonation << without(impersonationRecord(), QStringLiteral("action"))
            << QStringLiteral("medium");

    const auto url = [](const char *scanResult, const char *severity) {
        QTest::newRow(qPrintable(u"url " + QLatin1String(scanResult)))
                << LogType::Url
                << edited(urlRecord(),
                          {{QStringLiteral("scanResult"), QString::fromLatin1(scanResult)}})
                << QString::fromLatin1(severity);
    };
    url("malicious", "high");
    url("unsafe", "medium");
    url("timeout", "medium");
    url("unknown", "medium");
}

void TestRecordMapping::severityRules()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);
    QFETCH(QString, severity);

    const NormalizedAlert alert = alertFor(RecordProcessor(), type, record);
    QCOMPARE(severityName(alert.severity), severity);
}

void TestRecordMapping::normalizedFields_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("detailParts");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("eventTime");

    QTest::newRow("url") << LogType::Url << urlRecord()
                         << QStringLiteral("billing@vendor.example.org")
                         << QStringLiteral("carla.lima@example.com")
                         << QStringLiteral("Overdue invoice 77")
                         << QStringList {QStringLiteral(
                                    "https://pay-update.example.net/invoice?id=77")}
                         << QStringLiteral("block") << QStringLiteral("2026-12-04T12:30:00Z");
    QTest::newRow("attachment")
            << LogType::Attachment << attachmentRecord()
            << QStringLiteral("scanner@office.example.org")
            << QStringLiteral("diego.alves@example.com") << QStringLiteral("Scanned document")
            << QStringList {QStringLiteral("Scan (2) + notes.docm"),
                            QStringLiteral(
                                    "9f2c4e1ab37d5f60c8e2a9b14d7f3c0e6a5b8d2f1e4c7a9b0d3f6e2a1"
                                    "c5b8d7e")}
            << QStringLiteral("none, none") << QStringLiteral("2026-12-04T08:15:42Z");
    QTest::newRow("impersonation")
            << LogType::Impersonation << impersonationRecord()
            << QStringLiteral("ceo.office@examp1e.com") << QStringLiteral("finance@example.com")
            << QStringLiteral("Urgent wire transfer")
            << QStringList {QStringLiteral("IP - 2 hits (Hold for Review / User Hold)")}
            << QStringLiteral("hold") << QStringLiteral("2026-12-04T10:05:09Z");
}

void TestRecordMapping::normalizedFields()
{
    QFETCH(LogType, type);
    QFETCH(QJsonObject, record);
    QFETCH(QString, sender);
    QFETCH(QString, recipient);
    QFETCH(QString, subject);
    QFETCH(QStringList, detailParts);
    QFETCH(QString, action);
    QFETCH(QString, eventTime);

    const NormalizedAlert alert = alertFor(RecordProcessor(), type, record);
    QCOMPARE(alert.category, type);
    QCOMPARE(alert.sender, sender);
    QCOMPARE(alert.recipient, recipient);
    QCOMPARE(alert.subject, subject);
    for (const QString &part : detailParts)
        QVERIFY2(alert.detail.contains(part), qPrintable(alert.detail));
    QCOMPARE(alert.action, action);
    QCOMPARE(alert.eventTime.offsetFromUtc(), 0);
    QCOMPARE(formatIsoUtc(alert.eventTime), eventTime);
    QCOMPARE(alert.key, dedupKey(type, record));
    QCOMPARE(alert.record.toObject(), record);
}

void TestRecordMapping::toJsonUtcAndRecord()
{
    const QJsonObject record = edited(
            urlRecord(), {{QStringLiteral("date"), QStringLiteral("2026-12-03T23:59:59-0300")}});
    const NormalizedAlert alert = alertFor(RecordProcessor(), LogType::Url, record);
    const QJsonObject json = alert.toJson();

    QCOMPARE(json.value(u"eventTime").toString(), QStringLiteral("2026-12-04T02:59:59Z"));
    QCOMPARE(json.value(u"category").toString(), QStringLiteral("url"));
    QCOMPARE(json.value(u"severity").toString(), QStringLiteral("high"));
    QCOMPARE(json.value(u"key").toString(), alert.key);
    QCOMPARE(json.value(u"threatId").toString(), QStringLiteral("T1598.003"));
    QCOMPARE(json.value(u"mappingRule").toString(), alert.mappingRule);
    QCOMPARE(json.value(u"detail").toString(),
             QStringLiteral("https://pay-update.example.net/invoice?id=77"));
    // The original record travels unchanged, with its original offset.
    QCOMPARE(json.value(u"record").toObject(), record);
    QCOMPARE(json.value(u"record").toObject().value(u"date").toString(),
             QStringLiteral("2026-12-03T23:59:59-0300"));
}

void TestRecordMapping::compactJsonKeepsRecordText()
{
    // A record as a pretty-printed page carries it: spaces, a newline, escapes, a nested list.
    const QByteArray page = R"({"meta": {"status": 200},
        "data": [{"clickLogs": [{"date": "2026-12-04T10:00:00+0000",
            "url": "https:\/\/pay.example.net\/a b", "scanResult": "malicious",
            "subject": "Fatura \u00e9 \"urgente\"", "emailPartsDescription": ["Body"],
            "messageId": "<x@mail.test>"}]}], "fail": []})";
    const std::optional<LogsPage> logs = scanLogsPage(LogType::Url, page);
    QVERIFY(logs);
    QCOMPARE(logs->elements.size(), 1);
    const RecordOutcome outcome = RecordProcessor().process(LogType::Url, logs->elements.first());
    QCOMPARE(outcome.kind, RecordOutcome::Kind::Alert);
    const NormalizedAlert &alert = outcome.alert;

    const QByteArray recordText = alert.record.text();
    QVERIFY2(!recordText.contains('\n') && !recordText.contains(": "), recordText.constData());
    QVERIFY(recordText.contains(R"("https:\/\/pay.example.net\/a b")"));
    QCOMPARE(alert.subject, QStringLiteral("Fatura \u00e9 \"urgente\""));

    // The compact form contains the record text as it is and reads back as the same object as
    // toJson().
    const QByteArray compact = alert.toCompactJson();
    QVERIFY(compact.endsWith(QByteArray(",\"record\":" + recordText + '}')));
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(compact, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed, alert.toJson());
    QCOMPARE(parsed.value(u"record").toObject().value(u"url").toString(),
             QStringLiteral("https://pay.example.net/a b"));
}

void TestRecordMapping::overrideReplacesTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path
            = writeFile(dir, QStringLiteral("override.jsonl"),
                        "{\"alertType\":\"URL "
                        "Protection\",\"threatId\":\"T1566\",\"threatName\":\"Phishing\"}\r\n"
                        "\r\n"
                        "{\"alertType\":\"Inbound URL 'Aggressive'\",\"threatId\":\"T1566.002\","
                        "\"threatName\":\"Spearphishing Link\"}\r\n");

    QString error;
    const std::optional<ThreatMappingTable> table = ThreatMappingTable::fromFile(path, &error);
    QVERIFY2(table.has_value(), qPrintable(error));
    QCOMPARE(table->rows().size(), 2);

    const RecordProcessor processor(*table);
    const NormalizedAlert aggressive = alertFor(processor, LogType::Url, urlRecord());
    QCOMPARE(aggressive.threatId, QStringLiteral("T1566.002"));

    // A type only the built-in table lists now falls back to the override's default row.
    const NormalizedAlert builtInOnly
            = alertFor(processor, LogType::Url,
                       edited(urlRecord(),
                              {{QStringLiteral("ttpDefinition"),
                                QStringLiteral("Default Inbound URL Protect Definition")}}));
    QCOMPARE(builtInOnly.threatId, QStringLiteral("T1566"));
    QCOMPARE(builtInOnly.threatName, QStringLiteral("Phishing"));
}

void TestRecordMapping::overrideWithoutDefaults()
{
    QString error;
    const std::optional<ThreatMappingTable> table = ThreatMappingTable::fromJsonLines(
            "{\"alertType\":\"Invalid Recipient\",\"threatId\":\"T1078\","
            "\"threatName\":\"Valid Accounts\"}\n",
            &error);
    QVERIFY2(table.has_value(), qPrintable(error));

    // Without its category default row an unmapped alert still gets a threat id.
    const NormalizedAlert alert
            = alertFor(RecordProcessor(*table), LogType::Attachment, attachmentRecord());
    QCOMPARE(alert.threatId, QStringLiteral("T1598.002"));
    QVERIFY(!alert.mappingRule.isEmpty());
}

void TestRecordMapping::overrideInvalidLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("lineNumber");

    const QByteArray good1 = "{\"alertType\":\"Alpha\",\"threatId\":\"T1\",\"threatName\":\"A\"}\n";
    const QByteArray good2 = "{\"alertType\":\"Beta\",\"threatId\":\"T2\",\"threatName\":\"B\"}\n";
    const QByteArray good3 = "{\"alertType\":\"Gamma\",\"threatId\":\"T3\",\"threatName\":\"C\"}\n";

    QTest::newRow("broken JSON") << good1 + good2 + "{\"alertType\":\"Delta\",\n" << 3;
    QTest::newRow("array line") << good1 + "[\"Delta\",\"T4\",\"D\"]\n" << 2;
    QTest::newRow("missing threatId")
            << good1 + good2 + good3 + "{\"alertType\":\"Delta\",\"threatName\":\"D\"}\n"
            << 4;
    QTest::newRow("empty threatName")
            << "{\"alertType\":\"Delta\",\"threatId\":\"T4\",\"threatName\":\"\"}\n" + good1 << 1;
    QTest::newRow("number threatId")
            << good1 + "{\"alertType\":\"Delta\",\"threatId\":4,\"threatName\":\"D\"}\n"
            << 2;
    QTest::newRow("duplicate in other case") << good1 + good2
                    + "{\"alertType\":\" BETA \",\"threatId\":\"T5\",\"threatName\":\"E\"}\n"
                                             << 3;
    QTest::newRow("after blank lines") << good1 + "\n\n" + good2 + "not json\n" << 5;
}

void TestRecordMapping::overrideInvalidLine()
{
    QFETCH(QByteArray, text);
    QFETCH(int, lineNumber);

    QString error;
    QVERIFY(!ThreatMappingTable::fromJsonLines(text, &error).has_value());
    QVERIFY2(error.contains(QString::number(lineNumber)), qPrintable(error));
    QVERIFY2(!error.contains(QString::number(lineNumber - 1)), qPrintable(error));
    QVERIFY2(!error.contains(QString::number(lineNumber + 1)), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("override.jsonl"), text);
    QString fileError;
    QVERIFY(!ThreatMappingTable::fromFile(path, &fileError).has_value());
    QVERIFY2(fileError.contains(path), qPrintable(fileError));
    QVERIFY2(fileError.contains(error), qPrintable(fileError));
}

void TestRecordMapping::overrideFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QString error;
    const QString missing = dir.filePath(QStringLiteral("absent.jsonl"));
    QVERIFY(!ThreatMappingTable::fromFile(missing, &error).has_value());
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString empty = writeFile(dir, QStringLiteral("empty.jsonl"), "\n\n");
    error.clear();
    QVERIFY(!ThreatMappingTable::fromFile(empty, &error).has_value());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordMapping)

#include "tst_record_mapping.moc"
