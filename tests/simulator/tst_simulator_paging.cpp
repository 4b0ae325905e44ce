#include "tst_simulator.h"

#include "mimecasttime.h"
#include "testrecords.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString clickLogs = QStringLiteral("clickLogs");
const QString urlPath = logEndpointPath(LogType::Url);

QJsonObject pagination(const HttpResult &result)
{
    return result.json()
            .value(QStringLiteral("meta"))
            .toObject()
            .value(QStringLiteral("pagination"))
            .toObject();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void SimulatorTest::pagingOldestFirstOnce()
{
    int pages = 0;
    const QList<int> numbers = collectUrlWindow(minuteTime(0), minuteTime(100), true, 3, &pages);
    QCOMPARE(numbers, QList<int>({2, 4, 1, 6, 3, 7, 5}));
    QCOMPARE(pages, 3);
}

void SimulatorTest::pagingNewestFirstByDefault()
{
    const QList<int> numbers = collectUrlWindow(minuteTime(0), minuteTime(100), std::nullopt, 2);
    QCOMPARE(numbers, QList<int>({5, 7, 3, 6, 1, 4, 2}));
}

void SimulatorTest::pagingOverApi1()
{
    const HttpResult first = m_client->postSigned(
            urlPath, logsRequestBody(4, QString(), minuteTime(0), minuteTime(100), true));
    QCOMPARE(first.status, 200);
    QCOMPARE(recordNumbers(first.records(clickLogs)), QList<int>({2, 4, 1, 6}));
    QCOMPARE(pagination(first).value(QStringLiteral("pageSize")).toInt(), 4);
    QCOMPARE(pagination(first).value(QStringLiteral("totalCount")).toInt(), 7);

    const HttpResult second = m_client->postSigned(
            urlPath, logsRequestBody(4, first.next(), minuteTime(0), minuteTime(100), true));
    QCOMPARE(recordNumbers(second.records(clickLogs)), QList<int>({3, 7, 5}));
    QCOMPARE(pagination(second).value(QStringLiteral("pageSize")).toInt(), 3);
    QVERIFY(!pagination(second).contains(QStringLiteral("next")));
}

void SimulatorTest::pagingBoundsInclusive()
{
    const QList<int> numbers = collectUrlWindow(minuteTime(20), minuteTime(50), true, 10);
    QCOMPARE(numbers, QList<int>({4, 1, 6, 3}));
}

void SimulatorTest::pagingTokenWithoutFilters()
{
    const QString token = m_client->fetchToken();
    const HttpResult first = m_client->postWithToken(
            urlPath, logsRequestBody(5, QString(), minuteTime(0), minuteTime(100), true), token);
    QVERIFY(!first.next().isEmpty());

    // Like some 1.0 connectors, send only the token: it carries the window.
    const QByteArray tokenOnly
            = R"({"meta":{"pagination":{"pageToken":")" + first.next().toLatin1() + R"("}}})";
    const HttpResult second = m_client->postWithToken(urlPath, tokenOnly, token);
    QCOMPARE(second.status, 200);
    QCOMPARE(recordNumbers(second.records(clickLogs)), QList<int>({7, 5}));
}

void SimulatorTest::pagingTamperedTokenFails()
{
    const QString token = m_client->fetchToken();
    const HttpResult first = m_client->postWithToken(
            urlPath, logsRequestBody(2, QString(), minuteTime(0), minuteTime(100), true), token);
    QString tampered = first.next();
    tampered[3] = tampered.at(3) == u'A' ? u'B' : u'A';

    const HttpResult result = m_client->postWithToken(
            urlPath, logsRequestBody(2, tampered, minuteTime(0), minuteTime(100), true), token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.failCode(), QStringLiteral("err_validation_invalid_page_token"));
    const QJsonObject error = result.json()
                                      .value(QStringLiteral("fail"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("errors"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(error.value(QStringLiteral("retryable")), QJsonValue(false));
}

void SimulatorTest::pagingTokenOfOtherWindowFails()
{
    const QString token = m_client->fetchToken();
    const HttpResult first = m_client->postWithToken(
            urlPath, logsRequestBody(2, QString(), minuteTime(0), minuteTime(100), true), token);

    const HttpResult otherTo = m_client->postWithToken(
            urlPath, logsRequestBody(2, first.next(), minuteTime(0), minuteTime(90), true), token);
    QCOMPARE(otherTo.failCode(), QStringLiteral("err_validation_invalid_page_token"));

    const HttpResult otherType = m_client->postWithToken(
            logEndpointPath(LogType::Attachment),
            logsRequestBody(2, first.next(), minuteTime(0), minuteTime(100), true), token);
    QCOMPARE(otherType.failCode(), QStringLiteral("err_validation_invalid_page_token"));
}

void SimulatorTest::pagingPageSizeOutOfRange()
{
    const QString token = m_client->fetchToken();
    for (const int size : {0, 501}) {
        const HttpResult result = m_client->postWithToken(
                urlPath, logsRequestBody(size, QString(), minuteTime(0), minuteTime(100), true),
                token);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.failCode(), QStringLiteral("err_validation_out_of_range"));
    }
}

void SimulatorTest::pagingDefaultPageSize()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 150; ++i)
        lines.append(urlRecord(i, minuteTime(i)));
    m_simulator->setRecords(LogType::Url, lines);

    const QByteArray noPageSize = R"({"data":[{"from":")" + minuteTime(0).toLatin1() + R"(","to":")"
            + minuteTime(200).toLatin1() + R"("}]})";
    const HttpResult result = m_client->postWithToken(urlPath, noPageSize, m_client->fetchToken());
    QCOMPARE(result.records(clickLogs).size(), 100);
    QCOMPARE(pagination(result).value(QStringLiteral("totalCount")).toInt(), 150);
}

void SimulatorTest::pagingEmptyWindow()
{
    const HttpResult result = m_client->postWithToken(
            urlPath, logsRequestBody(10, QString(), minuteTime(200), minuteTime(300), true),
            m_client->fetchToken());
    QCOMPARE(result.status, 200);
    QVERIFY(result.records(clickLogs).isEmpty());
    QVERIFY(result.json()
                    .value(QStringLiteral("data"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(clickLogs));
    QVERIFY(!pagination(result).contains(QStringLiteral("next")));
    QCOMPARE(pagination(result).value(QStringLiteral("pageSize")).toInt(), 0);
}

void SimulatorTest::pagingUntimedRecordsKept()
{
    m_simulator->setRecords(
            LogType::Url,
            {urlRecord(1, minuteTime(30)), urlRecord(2, QStringLiteral("yesterday")),
             urlRecord(3, minuteTime(10)), "\"not a record\"", urlRecord(5, minuteTime(500))});

    const HttpResult result = m_client->postWithToken(
            urlPath, logsRequestBody(10, QString(), minuteTime(0), minuteTime(100), true),
            m_client->fetchToken());
    const QJsonArray records = result.records(clickLogs);
    QCOMPARE(records.size(), 4);
    QCOMPARE(recordNumber(records.at(0)), 3);
    QCOMPARE(recordNumber(records.at(1)), 2);
    QCOMPARE(recordNumber(records.at(2)), 1);
    QCOMPARE(records.at(3).toString(), QStringLiteral("not a record"));
}

void SimulatorTest::pagingMalformedBody()
{
    const HttpResult result = m_client->postWithToken(urlPath, "{not json", m_client->fetchToken());
    QCOMPARE(result.status, 400);
    QCOMPARE(result.failCode(), QStringLiteral("err_validation_malformed_request"));
}

void SimulatorTest::rawRecordBytesPreserved()
{
    const QByteArray attachment = attachmentRecord(9, minuteTime(5));
    m_simulator->setRecords(LogType::Attachment, {attachment});

    const HttpResult result = m_client->postWithToken(
            logEndpointPath(LogType::Attachment),
            logsRequestBody(10, QString(), minuteTime(0), minuteTime(100), true),
            m_client->fetchToken());
    QVERIFY(result.body.contains(attachment));
    QVERIFY(result.body.contains(R"("fileType":"application\/pdf")"));

    const HttpResult urls = m_client->postWithToken(
            urlPath, logsRequestBody(10, QString(), minuteTime(0), minuteTime(100), true),
            m_client->fetchToken());
    QVERIFY(urls.body.contains(urlRecord(4, minuteTime(20))));
}

void SimulatorTest::impersonationHasResultCount()
{
    m_simulator->setRecords(
            LogType::Impersonation,
            {impersonationRecord(1, minuteTime(1)), impersonationRecord(2, minuteTime(2))});

    const HttpResult result = m_client->postWithToken(
            logEndpointPath(LogType::Impersonation),
            logsRequestBody(10, QString(), minuteTime(0), minuteTime(100), true),
            m_client->fetchToken());
    const QJsonObject data = result.json().value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(data.value(QStringLiteral("resultCount")).toInt(), 2);
    QCOMPARE(data.value(QStringLiteral("impersonationLogs")).toArray().size(), 2);
    QVERIFY(result.body.contains(R"(Hold for Review \/ User Hold)"));
}

void SimulatorTest::timeShiftRewritesDates()
{
    m_simulator->shiftRecordTimes(3600);

    const HttpResult result = m_client->postWithToken(
            urlPath, logsRequestBody(10, QString(), minuteTime(0), minuteTime(200), true),
            m_client->fetchToken());
    QCOMPARE(recordNumbers(result.records(clickLogs)), QList<int>({2, 4, 1, 6, 3, 7, 5}));
    QVERIFY(result.body.contains(urlRecord(2, minuteTime(70))));
    QVERIFY(!result.body.contains(minuteTime(10).toLatin1()));
}

void SimulatorTest::timeShiftKeepsOtherFormats()
{
    m_simulator->setRecords(LogType::Url,
                            {urlRecord(1, QStringLiteral("2024-11-17T23:59:30.250+01:00")),
                             urlRecord(2, QStringLiteral("2024-11-17 10:00:00Z"))});
    m_simulator->shiftRecordTimes(60);

    const HttpResult result = m_client->postWithToken(
            urlPath, logsRequestBody(10, QString(), minuteTime(0), minuteTime(24 * 60), true),
            m_client->fetchToken());
    QVERIFY(result.body.contains(R"("date":"2024-11-18T00:00:30.250+01:00")"));
    QVERIFY(result.body.contains(R"("date":"2024-11-17 10:01:00Z")"));
}

void SimulatorTest::timeShiftToNow()
{
    m_simulator->shiftRecordTimesToNow();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HttpResult result = m_client->postWithToken(
            urlPath,
            logsRequestBody(10, QString(), formatMimecastTime(now.addDays(-1)),
                            formatMimecastTime(now), false),
            m_client->fetchToken());
    const QJsonArray records = result.records(clickLogs);
    QCOMPARE(records.size(), 7);

    const QString newestText = records.at(0).toObject().value(QStringLiteral("date")).toString();
    const std::optional<QDateTime> newest = parseMimecastTime(newestText);
    QVERIFY(newest.has_value());
    QVERIFY2(newest->secsTo(now) >= 4 * 60, qPrintable(newestText));
    QVERIFY2(newest->secsTo(now) <= 6 * 60, qPrintable(newestText));
    QVERIFY2(newestText.endsWith(u"+0000"), qPrintable(newestText));
}

void SimulatorTest::dataSetLoadsFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeFile(folder.filePath(QStringLiteral("ttp-attachment.ndjson")),
                      attachmentRecord(1, minuteTime(1)) + '\n' + attachmentRecord(2, minuteTime(2))
                              + '\n'));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("ttp-url.ndjson")),
                      urlRecord(1, minuteTime(1)) + "\r\n\r\n"));

    QString error;
    QVERIFY2(m_simulator->loadDataSet(folder.path(), &error), qPrintable(error));
    QCOMPARE(m_simulator->recordCount(LogType::Attachment), 2);
    QCOMPARE(m_simulator->recordCount(LogType::Url), 1);
    QCOMPARE(m_simulator->recordCount(LogType::Impersonation), 0);
}

void SimulatorTest::dataSetMissingFolderFails()
{
    QString error;
    QVERIFY(!m_simulator->loadDataSet(QStringLiteral("/nonexistent/simulator-data"), &error));
    QVERIFY(error.contains(u"/nonexistent/simulator-data"));
    QCOMPARE(m_simulator->recordCount(LogType::Url), 7);
}

void SimulatorTest::dataSetSkipsInvalidLines()
{
    QTest::ignoreMessage(QtWarningMsg, "Skipping line 2 of the url records: invalid JSON");
    m_simulator->setRecords(LogType::Url, {urlRecord(1, minuteTime(1)), "{broken", "42"});
    QCOMPARE(m_simulator->recordCount(LogType::Url), 2);
}

void SimulatorTest::dataSetDemoBuiltIn()
{
    const QString folder = MimecastSimulator::demoDataFolder();
    if (folder.isEmpty())
        QSKIP("This build has no demo data set in resources/demo");

    QString error;
    QVERIFY2(m_simulator->loadDataSet(folder, &error), qPrintable(error));
    for (const LogType type : allLogTypes)
        QVERIFY2(m_simulator->recordCount(type) > 0, qPrintable(logTypeName(type)));
}
