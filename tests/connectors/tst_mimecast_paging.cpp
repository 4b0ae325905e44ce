#include "tst_mimecast_paging.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

constexpr int fetchTimeoutMs = 10000;

// First page of the termination tests: records 200 to 202 and next "u-p2".
HttpResponse firstUrlPage()
{
    return jsonResponse(200,
                        logsEnvelope(LogType::Url, urlRecords(200, 3), QStringLiteral("u-p2")));
}

// A page with no records that still names a next token, shaped as data[0].clickLogs = [].
QJsonObject emptyListPage(const QString &next)
{
    return logsEnvelope(LogType::Url, QJsonArray(), next);
}

int countDistinct(const QStringList &values)
{
    return int(QSet<QString>(values.cbegin(), values.cend()).size());
}

} // namespace

void MimecastPagingTest::pagingFollowsNextToken()
{
    // Three pages of five, five and three attachment records, of which 104 and 109 are "safe".
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &request, int) {
        QJsonArray records;
        QString next;
        int first = 0;
        int count = 0;
        if (!request.hasPageToken) {
            first = 100;
            count = 5;
            next = QStringLiteral("att-p2");
        } else if (request.pageToken == u"att-p2") {
            first = 105;
            count = 5;
            next = QStringLiteral("att-p3");
        } else if (request.pageToken == u"att-p3") {
            first = 110;
            count = 3;
        } else {
            return jsonResponse(200,
                                failEnvelope(QStringLiteral("invalid_page_token"),
                                             QStringLiteral("unknown token"), false));
        }
        for (int number = first; number < first + count; ++number) {
            const bool safe = number == 104 || number == 109;
            records.append(attachmentRecord(
                    number, safe ? QStringLiteral("safe") : QStringLiteral("malicious")));
        }
        return jsonResponse(200, logsEnvelope(LogType::Attachment, records, next));
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(5, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    const QStringList expectedTokens {QStringLiteral("<none>"), QStringLiteral("att-p2"),
                                      QStringLiteral("att-p3")};
    QCOMPARE(server.pageTokens(), expectedTokens);

    const QList<RecordedRequest> &requests = server.requests();
    const QJsonObject firstFilters
            = requests.at(0).body.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(firstFilters.value(QStringLiteral("from")).toString(), recordTime(0));
    QCOMPARE(firstFilters.value(QStringLiteral("to")).toString(), recordTime(240));
    QCOMPARE(firstFilters.value(QStringLiteral("route")).toString(), QStringLiteral("all"));
    QCOMPARE(firstFilters.value(QStringLiteral("result")).toString(), QStringLiteral("all"));
    for (const RecordedRequest &request : requests) {
        const QJsonObject filters
                = request.body.value(QStringLiteral("data")).toArray().at(0).toObject();
        QCOMPARE(filters, firstFilters);
        QCOMPARE(filters.value(QStringLiteral("oldestFirst")), QJsonValue(true));
    }

    const QStringList ids = messageIdsOf(run.recorder->elements());
    QCOMPARE(ids.size(), 13);
    QCOMPARE(countDistinct(ids), 13);
    for (int number = 100; number <= 112; ++number)
        QVERIFY2(ids.contains(u"<att-" + QString::number(number) + u"@mail.test>"),
                 qPrintable(QString::number(number)));

    int safe = 0;
    for (const QJsonValue &element : run.recorder->elements())
        safe += element.toObject().value(QStringLiteral("result")).toString() == u"safe" ? 1 : 0;
    QCOMPARE(safe, 2);
    QCOMPARE(ids.size() - safe, 11);
    QCOMPARE(run.fetcher->summary().pages, 3);
}

void MimecastPagingTest::pagingTermination_data()
{
    QTest::addColumn<QJsonObject>("secondPage");
    QTest::addColumn<int>("expectedElements");
    QTest::addColumn<int>("maxRequests");
    QTest::addColumn<bool>("repeatedToken");

    const QJsonArray twoRecords = urlRecords(203, 2);

    QTest::newRow("no next") << logsEnvelope(LogType::Url, twoRecords) << 5 << 2 << false;

    QJsonObject noPagination = logsEnvelope(LogType::Url, twoRecords);
    noPagination.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 200}});
    QTest::newRow("no pagination") << noPagination << 5 << 2 << false;

    QJsonObject noMeta = logsEnvelope(LogType::Url, twoRecords);
    noMeta.remove(QStringLiteral("meta"));
    QTest::newRow("no meta") << noMeta << 5 << 2 << false;

    QTest::newRow("empty list with next")
            << emptyListPage(QStringLiteral("u-p3")) << 3 << 3 << false;

    QJsonObject emptyData = emptyListPage(QStringLiteral("u-p3"));
    emptyData.insert(QStringLiteral("data"), QJsonArray());
    QTest::newRow("empty data with next") << emptyData << 3 << 3 << false;

    QTest::newRow("next repeats sent token")
            << logsEnvelope(LogType::Url, twoRecords, QStringLiteral("u-p2")) << 5 << 3 << true;
}

void MimecastPagingTest::pagingTermination()
{
    QFETCH(QJsonObject, secondPage);
    QFETCH(int, expectedElements);
    QFETCH(int, maxRequests);
    QFETCH(bool, repeatedToken);

    // Page 1 names u-p2. Any later token gets another empty page that names one more token,
    // so a client that follows empty pages would never stop.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([secondPage, &server](const RecordedRequest &request, int) {
        if (!request.hasPageToken)
            return firstUrlPage();
        if (request.pageToken == u"u-p2")
            return jsonResponse(200, secondPage);
        const QString next = u"u-p" + QString::number(server.requests().size() + 2);
        return jsonResponse(200, emptyListPage(next));
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(3, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QVERIFY2(server.requests().size() <= maxRequests, qPrintable(server.pageTokens().join(u", ")));
    QCOMPARE(server.requests().at(1).pageToken, QStringLiteral("u-p2"));
    QCOMPARE(run.recorder->elements().size(), expectedElements);
    QCOMPARE(countDistinct(messageIdsOf(run.recorder->elements())), expectedElements);
    QCOMPARE(run.fetcher->summary().repeatedToken, repeatedToken);
    QVERIFY(!run.fetcher->summary().pageLimitReached);
}

void MimecastPagingTest::pagingStopsAtMaxPages()
{
    // Every page contains one record and names a new token, so only the page cap ends paging.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([&server](const RecordedRequest &, int) {
        const int page = int(server.requests().size());
        return jsonResponse(200,
                            logsEnvelope(LogType::Url, urlRecords(page, 1),
                                         u"cap-p" + QString::number(page + 1)));
    });

    TtpLogFetcher::Options options = fetchOptions(1, 3);
    options.maxPages = 4;
    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, options);
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(run.recorder->elements().size(), 4);
    QVERIFY(run.fetcher->summary().pageLimitReached);
    QVERIFY(!run.fetcher->summary().repeatedToken);
}

void MimecastPagingTest::metaStatus403Fails()
{
    // HTTP 200 with meta.status 403, sent when the role lacks the URL log's read permission.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &request, int) {
        if (!request.hasPageToken)
            return firstUrlPage();
        QJsonObject body = emptyListPage(QString());
        body.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 403}});
        return jsonResponse(200, body);
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(3, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFailed());
    QCOMPARE(run.recorder->error().kind, MimecastError::Kind::PermissionDenied);
    QCOMPARE(run.recorder->error().exitCode(), 3);
    QVERIFY2(run.recorder->error().message.contains(u"Monitoring | URL Protection | Read"),
             qPrintable(run.recorder->error().message));
    QCOMPARE(server.requests().size(), 2);
}

void MimecastPagingTest::metaStatus500RestartsWindow()
{
    // The first response for u-p2 is HTTP 200 with meta.status 500, and its retry gets the last
    // page.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &request, int repeat) {
        if (!request.hasPageToken)
            return firstUrlPage();
        if (repeat == 0) {
            QJsonObject body = emptyListPage(QString());
            body.insert(QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 500}});
            return jsonResponse(200, body);
        }
        return jsonResponse(200, logsEnvelope(LogType::Url, urlRecords(203, 2)));
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(3, 3));
    QSignalSpy restarted(run.fetcher.get(), &TtpLogFetcher::windowRestarted);
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(restarted.count(), 1);
    QCOMPARE(run.recorder->waits().size(), 1);
    QCOMPARE(run.recorder->waits().at(0).cause.kind, MimecastError::Kind::ServerError);
    const QStringList expectedTokens {QStringLiteral("<none>"), QStringLiteral("u-p2"),
                                      QStringLiteral("<none>"), QStringLiteral("u-p2")};
    QCOMPARE(server.pageTokens(), expectedTokens);
    QCOMPARE(run.recorder->elements().size(), 5);
    QCOMPARE(countDistinct(messageIdsOf(run.recorder->elements())), 5);
}

void MimecastPagingTest::dataObjectAccepted()
{
    // One API 2.0 reference shows data as an object instead of a one-element array.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &, int) {
        QJsonObject body = logsEnvelope(LogType::Url, QJsonArray());
        body.insert(QStringLiteral("data"),
                    QJsonObject {{QStringLiteral("clickLogs"), urlRecords(300, 3)}});
        return jsonResponse(200, body);
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(3, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(run.recorder->elements().size(), 3);
    QCOMPARE(messageIdOf(run.recorder->elements().at(0)), QStringLiteral("<url-300@mail.test>"));
}

void MimecastPagingTest::envelopeElementDelivered()
{
    // The middle element of the record list is a whole response envelope. The fetcher passes
    // it on unchanged, because rejecting it is the record processor's job.
    ScriptedServer server;
    QVERIFY(server.listen());
    const QJsonObject nested = logsEnvelope(LogType::Url, urlRecords(401, 1));
    server.setRoute([nested](const RecordedRequest &, int) {
        const QJsonArray records {urlRecord(400), nested, urlRecord(402)};
        return jsonResponse(200, logsEnvelope(LogType::Url, records));
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(3, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(run.recorder->elements().size(), 3);
    QCOMPARE(run.recorder->elements().at(1).toObject(), nested);
    QCOMPARE(messageIdOf(run.recorder->elements().at(2)), QStringLiteral("<url-402@mail.test>"));
}

QTEST_GUILESS_MAIN(MimecastPagingTest)
