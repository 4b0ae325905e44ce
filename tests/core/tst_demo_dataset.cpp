// Runs every line of the demo data set (resources/demo/ttp-*.ndjson) through RecordProcessor and
// compares the outcome with tests/data/demo-expectations.json, which tools/generate_demo_data.py
// derives from a separate Python implementation of the same processing rules.

#include "mimecasttime.h"
#include "recordprocessor.h"
#include "testrecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bridge;

namespace {

QByteArray readSourceFile(const QString &relativePath)
{
    QFile file(QStringLiteral(MB_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Failed to open %s: %s", qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    return file.readAll();
}

// Parses one NDJSON line as the JSON value it contains, whether an object, array or scalar.
QJsonValue parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + line + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Invalid NDJSON line: %s", qPrintable(error.errorString()));
    return document.array().first();
}

// Rejection code of RecordRejection for each problem name of the expectations file.
QString rejectionCode(const QString &problem)
{
    if (problem == u"missing" || problem == u"null")
        return QStringLiteral("missing-field");
    if (problem == u"wrong type")
        return QStringLiteral("wrong-type");
    if (problem == u"invalid date")
        return QStringLiteral("invalid-date");
    if (problem == u"not a record")
        return QStringLiteral("not-a-record");
    return u"unknown problem " + problem;
}

QString outcomeName(RecordOutcome::Kind kind)
{
    switch (kind) {
    case RecordOutcome::Kind::Alert:
        return QStringLiteral("alert");
    case RecordOutcome::Kind::Clean:
        return QStringLiteral("clean");
    case RecordOutcome::Kind::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

} // namespace

class TestDemoDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineCountsMatch();
    void everyLine_data();
    void everyLine();

private:
    QJsonObject m_expectations;
};

void TestDemoDataset::initTestCase()
{
    QJsonParseError error;
    m_expectations
            = QJsonDocument::fromJson(
                      readSourceFile(QStringLiteral("tests/data/demo-expectations.json")), &error)
                      .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(m_expectations.value(u"logs").toObject().size(), 3);
}

void TestDemoDataset::lineCountsMatch()
{
    const QJsonObject logs = m_expectations.value(u"logs").toObject();
    const QJsonObject totals = m_expectations.value(u"totals").toObject();
    for (const LogType type : allLogTypes) {
        const QJsonObject log = logs.value(logTypeName(type)).toObject();
        const QList<QByteArray> lines
                = readSourceFile(log.value(u"file").toString()).trimmed().split('\n');
        const QJsonArray records = log.value(u"records").toArray();
        QCOMPARE(records.size(), lines.size());
        QCOMPARE(totals.value(logTypeName(type)).toObject().value(u"records").toInt(),
                 lines.size());
    }
}

void TestDemoDataset::everyLine_data()
{
    QTest::addColumn<LogType>("type");
    QTest::addColumn<QJsonValue>("element");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject logs = m_expectations.value(u"logs").toObject();
    for (const LogType type : allLogTypes) {
        const QJsonObject log = logs.value(logTypeName(type)).toObject();
        const QList<QByteArray> lines
                = readSourceFile(log.value(u"file").toString()).trimmed().split('\n');
        const QJsonArray records = log.value(u"records").toArray();
        for (const QJsonValue &value : records) {
            const QJsonObject expected = value.toObject();
            const int line = expected.value(u"line").toInt();
            if (line < 1 || line > lines.size())
                qFatal("Expectation refers to line %d, but the file has %d lines", line,
                       int(lines.size()));
            const QString name = logTypeName(type) + u" line " + QString::number(line);
            QTest::newRow(qPrintable(name)) << type << parseLine(lines.at(line - 1)) << expected;
        }
    }
}

void TestDemoDataset::everyLine()
{
    QFETCH(LogType, type);
    QFETCH(QJsonValue, element);
    QFETCH(QJsonObject, expected);

    const RecordOutcome outcome = RecordProcessor().process(type, element);
    const QString note = expected.value(u"note").toString();
    QVERIFY2(outcomeName(outcome.kind) == expected.value(u"outcome").toString(),
             qPrintable(u"outcome " + outcomeName(outcome.kind) + u", rejection \""
                        + outcome.rejection.message() + u"\"; " + note));

    if (outcome.kind == RecordOutcome::Kind::Rejected) {
        QCOMPARE(outcome.rejection.code(),
                 rejectionCode(expected.value(u"rejectedProblem").toString()));
        QCOMPARE(outcome.rejection.field, expected.value(u"rejectedField").toString());
        return;
    }
    if (outcome.kind == RecordOutcome::Kind::Clean)
        return;

    const NormalizedAlert &alert = outcome.alert;
    QCOMPARE(alert.alertType, expected.value(u"alertType").toString());
    QCOMPARE(alert.threatId, expected.value(u"threatId").toString());
    QCOMPARE(alert.threatName, expected.value(u"threatName").toString());
    QCOMPARE(severityName(alert.severity), expected.value(u"severity").toString());
    QCOMPARE(formatIsoUtc(alert.eventTime), expected.value(u"eventTime").toString());
    QCOMPARE(alert.key, expected.value(u"key").toString());
    QVERIFY2(alert.mappingRule.contains(expected.value(u"mappingRow").toString()),
             qPrintable(alert.mappingRule));
}

QTEST_GUILESS_MAIN(TestDemoDataset)

#include "tst_demo_dataset.moc"
