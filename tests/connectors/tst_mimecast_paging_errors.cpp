// Failures inside HTTP 200 responses and rate limits, against the scripted server.

#include "tst_mimecast_paging.h"

#include <QSet>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

constexpr int fetchTimeoutMs = 10000;

QJsonArray attachmentRecords(int first, int count)
{
    QJsonArray records;
    for (int number = first; number < first + count; ++number)
        records.append(attachmentRecord(number));
    return records;
}

// Milliseconds between the arrival of request index - 1 and request index.
qint64 gapBefore(const ScriptedServer &server, int index)
{
    return server.requests().at(index).receivedMs - server.requests().at(index - 1).receivedMs;
}

// HTTP 429 as Mimecast sends it, with X-RateLimit-Reset set to reset unless it is empty.
HttpResponse rateLimited(const QByteArray &reset)
{
    const QJsonObject error {{QStringLiteral("code"), QStringLiteral("rate_limit_exceeded")},
                             {QStringLiteral("message"), QStringLiteral("quota exceeded")},
                             {QStringLiteral("retryable"), true}};
    const QJsonObject body {
            {QStringLiteral("meta"), QJsonObject {{QStringLiteral("status"), 429}}},
            {QStringLiteral("data"), QJsonArray()},
            {QStringLiteral("fail"),
             QJsonArray {QJsonObject {{QStringLiteral("errors"), QJsonArray {error}}}}}};
    HttpResponse response = jsonResponse(429, body);
    response.setHeader("X-RateLimit-Limit", "50");
    response.setHeader("X-RateLimit-Remaining", "0");
    if (!reset.isEmpty())
        response.setHeader("X-RateLimit-Reset", reset);
    return response;
}

HttpResponse withRateHeaders(HttpResponse response, const QByteArray &remaining,
                             const QByteArray &reset)
{
    response.setHeader("X-RateLimit-Limit", "50");
    response.setHeader("X-RateLimit-Remaining", remaining);
    response.setHeader("X-RateLimit-Reset", reset);
    return response;
}

// Page 1 contains two attachment records and names "rl-p2". The first response for rl-p2 is
// firstResponse, and every later one is the last page with two more records.
ScriptedServer::Route rateLimitScript(const HttpResponse &firstResponse)
{
    return [firstResponse](const RecordedRequest &request, int repeat) {
        if (!request.hasPageToken) {
            return withRateHeaders(
                    jsonResponse(200,
                                 logsEnvelope(LogType::Attachment, attachmentRecords(1, 2),
                                              QStringLiteral("rl-p2"))),
                    "1", "2500");
        }
        if (repeat == 0)
            return firstResponse;
        return withRateHeaders(
                jsonResponse(200, logsEnvelope(LogType::Attachment, attachmentRecords(3, 2))), "0",
                "2500");
    };
}

// Page 1 contains three records and names "f-p2", which fails with a fail entry that names
// "f-p3". Any request for f-p3 would deliver record 699.
ScriptedServer::Route failArrayScript(bool retryable)
{
    return [retryable](const RecordedRequest &request, int) {
        if (!request.hasPageToken) {
            return jsonResponse(200,
                                logsEnvelope(LogType::Attachment, attachmentRecords(600, 3),
                                             QStringLiteral("f-p2")));
        }
        if (request.pageToken == u"f-p2") {
            return jsonResponse(200,
                                failEnvelope(QStringLiteral("backend_unavailable"),
                                             QStringLiteral("temporary failure"), retryable,
                                             QStringLiteral("f-p3")));
        }
        return jsonResponse(200, logsEnvelope(LogType::Attachment, attachmentRecords(699, 1)));
    };
}

} // namespace

void MimecastPagingTest::failArrayNotRetryable()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(failArrayScript(false));

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(3, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFailed());
    const MimecastError &error = run.recorder->error();
    QCOMPARE(error.kind, MimecastError::Kind::RequestFailed);
    QVERIFY(!error.retryable);
    QVERIFY2(error.message.contains(u"backend_unavailable"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"temporary failure"), qPrintable(error.message));
    QVERIFY2(error.serverCodes.contains(u"backend_unavailable"), qPrintable(error.serverCodes));
    QCOMPARE(run.recorder->elements().size(), 3);
    QVERIFY(run.recorder->waits().isEmpty());

    // Four times the longest backoff of this test, so a scheduled retry would have been sent.
    QTest::qWait(800);
    QCOMPARE(server.requestsWithToken(QStringLiteral("f-p2")).size(), 1);
    QCOMPARE(server.requestsWithToken(QStringLiteral("f-p3")).size(), 0);
}

void MimecastPagingTest::failArrayRetryable()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(failArrayScript(true));

    constexpr int maxAttempts = 3;
    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment,
                 fetchOptions(3, maxAttempts));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFailed());
    QCOMPARE(run.recorder->error().kind, MimecastError::Kind::RequestFailed);
    QVERIFY2(run.recorder->error().message.contains(u"backend_unavailable"),
             qPrintable(run.recorder->error().message));
    QCOMPARE(server.requestsWithToken(QStringLiteral("f-p3")).size(), 0);
    // The retry repeats the failed page, so it neither skips ahead nor restarts the window.
    QCOMPARE(server.requestsWithToken(QString()).size(), 1);
    QCOMPARE(run.recorder->restartCount(), 0);

    // BackoffPolicy documents maxAttempts as the attempts of one call before giving up.
    const QList<RecordedRequest> attempts = server.requestsWithToken(QStringLiteral("f-p2"));
    QCOMPARE(attempts.size(), maxAttempts);
    for (int i = 1; i < attempts.size(); ++i) {
        const qint64 gap = attempts.at(i).receivedMs - attempts.at(i - 1).receivedMs;
        // The first backoff is 50 ms, less up to a fifth of jitter.
        QVERIFY2(gap >= 40, qPrintable(QString::number(gap)));
    }
}

void MimecastPagingTest::rateLimitResetMilliseconds()
{
    // X-RateLimit-Reset is in milliseconds: 2500 means 2.5 s, neither 0 s nor 2500 s.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(rateLimitScript(rateLimited("2500")));

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), 35000);

    QVERIFY(run.recorder->hasFinished());
    const QStringList expectedTokens {QStringLiteral("<none>"), QStringLiteral("rl-p2"),
                                      QStringLiteral("rl-p2")};
    QCOMPARE(server.pageTokens(), expectedTokens);
    const qint64 gap = gapBefore(server, 2);
    QVERIFY2(gap >= 2500, qPrintable(QString::number(gap)));
    QVERIFY2(gap < 30000, qPrintable(QString::number(gap)));
    QCOMPARE(run.recorder->waits().size(), 1);
    QCOMPARE(run.recorder->waits().at(0).cause.kind, MimecastError::Kind::RateLimited);
    QCOMPARE(run.recorder->restartCount(), 0);
    const QStringList ids = messageIdsOf(run.recorder->elements());
    QCOMPARE(ids.size(), 4);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 4);
}

void MimecastPagingTest::rateLimitLongResetWaits()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(rateLimitScript(rateLimited("60000")));

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(2, 3));
    const QDateTime started = QDateTime::currentDateTimeUtc();
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(!run.recorder->waits().isEmpty(), fetchTimeoutMs);

    const FetchRecorder::Wait wait = run.recorder->waits().at(0);
    QCOMPARE(wait.cause.kind, MimecastError::Kind::RateLimited);
    QVERIFY2(wait.until >= started.addSecs(60), qPrintable(wait.until.toString(Qt::ISODateWithMs)));
    QVERIFY2(wait.until >= wait.emittedAt.addMSecs(59900),
             qPrintable(wait.until.toString(Qt::ISODateWithMs)));

    run.fetcher->cancel();
    QTest::qWait(300);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!run.recorder->isDone());
}

void MimecastPagingTest::rateLimitFallbackWait_data()
{
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<int>("minimumGapMs");

    // Without a readable reset time the fetcher waits at least one second.
    QTest::newRow("missing") << QByteArray() << 1000;
    QTest::newRow("not a number") << QByteArrayLiteral("soon") << 1000;
    QTest::newRow("padded") << QByteArrayLiteral(" 1200 ") << 1200;
}

void MimecastPagingTest::rateLimitFallbackWait()
{
    QFETCH(QByteArray, reset);
    QFETCH(int, minimumGapMs);

    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(rateLimitScript(rateLimited(reset)));

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).pageToken, QStringLiteral("rl-p2"));
    const qint64 gap = gapBefore(server, 2);
    QVERIFY2(gap >= minimumGapMs, qPrintable(QString::number(gap)));
    QCOMPARE(run.recorder->elements().size(), 4);
}

void MimecastPagingTest::rateLimitRetryAfterSeconds()
{
    // Retry-After is in seconds and wins over a short X-RateLimit-Reset.
    HttpResponse response = rateLimited("10");
    response.setHeader("Retry-After", "2");
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute(rateLimitScript(response));

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(server.requests().size(), 3);
    const qint64 gap = gapBefore(server, 2);
    QVERIFY2(gap >= 2000, qPrintable(QString::number(gap)));
    QVERIFY2(gap < 30000, qPrintable(QString::number(gap)));
}

void MimecastPagingTest::rateLimitRepeatedGivesUp()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &, int) { return rateLimited("100"); });

    constexpr int maxAttempts = 2;
    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment,
                 fetchOptions(2, maxAttempts));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFailed());
    QCOMPARE(run.recorder->error().kind, MimecastError::Kind::RateLimited);
    QCOMPARE(run.recorder->error().exitCode(), 1);
    QVERIFY(run.recorder->elements().isEmpty());
    // The calls are bounded: maxAttempts as BackoffPolicy documents it, or one more at most.
    QVERIFY2(server.requests().size() <= maxAttempts + 1,
             qPrintable(QString::number(server.requests().size())));
    for (int i = 1; i < server.requests().size(); ++i) {
        const qint64 gap = gapBefore(server, i);
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
    }
}

void MimecastPagingTest::remainingZeroPausesNextPage()
{
    // A successful page with X-RateLimit-Remaining: 0 makes the next call wait Reset ms.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setRoute([](const RecordedRequest &request, int) {
        if (!request.hasPageToken) {
            return withRateHeaders(
                    jsonResponse(200,
                                 logsEnvelope(LogType::Attachment, attachmentRecords(1, 2),
                                              QStringLiteral("rz-p2"))),
                    "0", "700");
        }
        return withRateHeaders(
                jsonResponse(200, logsEnvelope(LogType::Attachment, attachmentRecords(3, 1))), "5",
                "700");
    });

    FetchRun run(server.baseUrl(), demoV1Credentials(), LogType::Attachment, fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(server.requests().size(), 2);
    const qint64 gap = gapBefore(server, 1);
    QVERIFY2(gap >= 700, qPrintable(QString::number(gap)));
    QCOMPARE(run.recorder->waits().size(), 1);
    QCOMPARE(run.recorder->waits().at(0).cause.kind, MimecastError::Kind::RateLimited);
    QCOMPARE(run.recorder->elements().size(), 3);
}
