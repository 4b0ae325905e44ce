#include "tst_simulator.h"

#include "testrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString clickLogs = QStringLiteral("clickLogs");
const QString urlPath = logEndpointPath(LogType::Url);

QByteArray firstPageBody(int pageSize = 3)
{
    return logsRequestBody(pageSize, QString(), minuteTime(0), minuteTime(100), true);
}

QByteArray followingPageBody(const QString &pageToken, int pageSize = 3)
{
    return logsRequestBody(pageSize, pageToken, minuteTime(0), minuteTime(100), true);
}

bool isValidJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QJsonObject firstFailError(const HttpResult &result)
{
    return result.json()
            .value(QStringLiteral("fail"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject();
}

} // namespace

void SimulatorTest::faultRateLimitReset()
{
    m_simulator->faults().rateLimitCount = 2;
    m_simulator->faults().rateLimitResetMs = 1500;
    const QString token = m_client->fetchToken();

    for (int call = 0; call < 2; ++call) {
        const HttpResult limited = m_client->postWithToken(urlPath, firstPageBody(), token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("x-ratelimit-reset"), QByteArray("1500"));
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(!limited.headers.contains("retry-after"));
    }
    QCOMPARE(m_client->postWithToken(urlPath, firstPageBody(), token).status, 200);
}

void SimulatorTest::faultRateLimitGarbageReset()
{
    m_simulator->faults().rateLimitCount = 1;
    m_simulator->faults().rateLimitStyle = RateLimitStyle::GarbageReset;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 429);
    bool isNumber = true;
    result.header("x-ratelimit-reset").toLongLong(&isNumber);
    QVERIFY(!isNumber);
}

void SimulatorTest::faultRateLimitRetryAfter()
{
    m_simulator->faults().rateLimitCount = 1;
    m_simulator->faults().rateLimitStyle = RateLimitStyle::RetryAfter;
    m_simulator->faults().retryAfterSeconds = 3;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("retry-after"), QByteArray("3"));
}

void SimulatorTest::faultRemainingZero()
{
    m_simulator->faults().remainingZero = true;
    m_simulator->faults().rateLimitResetMs = 2500;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(result.header("x-ratelimit-reset"), QByteArray("2500"));
}

void SimulatorTest::faultServerError()
{
    m_simulator->faults().serverErrorCount = 1;
    m_simulator->faults().serverErrorStatus = 502;
    const QString token = m_client->fetchToken();

    QCOMPARE(m_client->postWithToken(urlPath, firstPageBody(), token).status, 502);
    QCOMPARE(m_client->postWithToken(urlPath, firstPageBody(), token).status, 200);
}

void SimulatorTest::faultHang()
{
    m_simulator->faults().hangCount = 1;
    const QString token = m_client->fetchToken();

    const HttpResult hung = m_client->postWithToken(urlPath, firstPageBody(), token, 500);
    QVERIFY(hung.timedOut);
    QCOMPARE(hung.status, 0);

    QCOMPARE(m_client->postWithToken(urlPath, firstPageBody(), token).status, 200);
    QTRY_COMPARE(m_simulator->heldRequestCount(), 0);
}

void SimulatorTest::faultTruncatedJson()
{
    const QString token = m_client->fetchToken();
    const QByteArray complete = m_client->postWithToken(urlPath, firstPageBody(), token).body;

    m_simulator->faults().truncatedJsonCount = 1;
    const HttpResult result = m_client->postWithToken(urlPath, firstPageBody(), token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("content-type"), QByteArray("application/json"));
    QVERIFY(!isValidJson(result.body));
    QVERIFY(complete.startsWith(result.body));
}

void SimulatorTest::faultHtmlError()
{
    m_simulator->faults().htmlErrorCount = 1;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("content-type").startsWith("text/html"));
    QVERIFY(result.body.startsWith("<!DOCTYPE html>"));
}

void SimulatorTest::faultHtmlErrorWithOk()
{
    m_simulator->faults().htmlErrorCount = 1;
    m_simulator->faults().htmlErrorStatus = 200;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("text/html"));
}

void SimulatorTest::faultFailInOkPage()
{
    m_simulator->faults().failPage = 2;
    m_simulator->faults().failCode = QStringLiteral("err_test_failure");
    m_simulator->faults().failRetryable = true;
    const QString token = m_client->fetchToken();

    const HttpResult first = m_client->postWithToken(urlPath, firstPageBody(), token);
    QVERIFY(first.json().value(QStringLiteral("fail")).toArray().isEmpty());

    const HttpResult second
            = m_client->postWithToken(urlPath, followingPageBody(first.next()), token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.failCode(), QStringLiteral("err_test_failure"));
    QCOMPARE(firstFailError(second).value(QStringLiteral("retryable")), QJsonValue(true));
    QVERIFY(!second.next().isEmpty());

    // The switch fires once by default, so a retry of the window succeeds.
    const HttpResult retried
            = m_client->postWithToken(urlPath, followingPageBody(first.next()), token);
    QVERIFY(retried.json().value(QStringLiteral("fail")).toArray().isEmpty());
}

void SimulatorTest::faultMetaStatusInOk()
{
    m_simulator->faults().metaStatusCount = 1;
    m_simulator->faults().metaStatusCode = 500;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
             500);
}

void SimulatorTest::faultTokenExpiryMidPaging()
{
    m_simulator->faults().expireTokenAfterPages = 1;
    const QString token = m_client->fetchToken();

    const HttpResult first = m_client->postWithToken(urlPath, firstPageBody(), token);
    QCOMPARE(first.status, 200);

    const HttpResult second
            = m_client->postWithToken(urlPath, followingPageBody(first.next()), token);
    QCOMPARE(second.status, 401);
    QCOMPARE(second.failCode(), QStringLiteral("token_expired"));

    const HttpResult renewed = m_client->postWithToken(urlPath, followingPageBody(first.next()),
                                                       m_client->fetchToken());
    QCOMPARE(renewed.status, 200);
}

void SimulatorTest::faultRepeatedNextToken()
{
    m_simulator->faults().repeatNextToken = true;
    const QString token = m_client->fetchToken();

    const HttpResult first = m_client->postWithToken(urlPath, firstPageBody(2), token);
    QVERIFY(!first.next().isEmpty());

    const HttpResult second
            = m_client->postWithToken(urlPath, followingPageBody(first.next(), 2), token);
    QCOMPARE(second.next(), first.next());
}

void SimulatorTest::faultEmptyPageWithNext()
{
    m_simulator->faults().emptyPageCount = 1;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    const QJsonArray data = result.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QVERIFY(data.at(0).toObject().value(clickLogs).isArray());
    QVERIFY(result.records(clickLogs).isEmpty());
    QVERIFY(!result.next().isEmpty());
}

void SimulatorTest::faultEmptyDataWithNext()
{
    m_simulator->faults().emptyPageCount = 1;
    m_simulator->faults().emptyPageStyle = EmptyPageStyle::EmptyData;

    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QVERIFY(result.json().value(QStringLiteral("data")).toArray().isEmpty());
    QVERIFY(!result.next().isEmpty());
}

void SimulatorTest::faultForbiddenLogType()
{
    m_simulator->faults().forbiddenTypes = {LogType::Url};
    const QString token = m_client->fetchToken();

    const HttpResult forbidden = m_client->postWithToken(urlPath, firstPageBody(), token);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.failCode(), QStringLiteral("err_xdk_operation_forbidden"));

    const HttpResult allowed
            = m_client->postWithToken(logEndpointPath(LogType::Attachment), firstPageBody(), token);
    QCOMPARE(allowed.status, 200);
}

void SimulatorTest::faultNotFound()
{
    m_simulator->faults().notFoundCount = 1;
    const HttpResult result
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(result.status, 404);
}

void SimulatorTest::faultBindingExpired()
{
    m_simulator->faults().bindingExpiredCount = 1;
    const HttpResult result = m_client->postSigned(urlPath, firstPageBody());
    QCOMPARE(result.status, 418);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_binding_expired"));
}

void SimulatorTest::faultRejectSignatures()
{
    m_simulator->faults().rejectSignatures = true;
    const HttpResult result = m_client->postSigned(urlPath, firstPageBody());
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_invalid_signature"));
}

void SimulatorTest::faultRejectClientCredentials()
{
    m_simulator->faults().rejectClientCredentials = true;
    const HttpResult result = m_client->requestToken();
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("invalid_client"));
}

void SimulatorTest::faultClockSkewInDateHeader()
{
    m_simulator->faults().clockSkewSeconds = 3600;
    const HttpResult result
            = m_client->request("POST", QStringLiteral("/oauth/token"), "x=y",
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QByteArray date = result.header("date");
    const QDateTime served = QLocale::c().toDateTime(QString::fromLatin1(date.chopped(4)),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    QVERIFY2(served.isValid(), date.constData());
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(
            QDateTime(served.date(), served.time(), Qt::UTC));
    QVERIFY2(qAbs(offset - 3600) < 60, qPrintable(QString::number(offset)));
}

void SimulatorTest::faultsSetOverHttp()
{
    const HttpResult set = m_client->request("POST", QStringLiteral("/_simulator/faults"),
                                             R"({"rate-limit":1,"rate-limit-reset-ms":700})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("rate-limit")).toInt(), 1);
    QCOMPARE(m_simulator->faults().rateLimitResetMs, 700);

    const HttpResult limited
            = m_client->postWithToken(urlPath, firstPageBody(), m_client->fetchToken());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-ratelimit-reset"), QByteArray("700"));
}

void SimulatorTest::faultsInvalidOverHttp()
{
    const HttpResult unknown = m_client->request("POST", QStringLiteral("/_simulator/faults"),
                                                 R"({"rate-limit":1,"no-such-switch":true})");
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.json().value(QStringLiteral("error")).toString().contains(u"no-such-switch"));
    QCOMPARE(m_simulator->faults().rateLimitCount, 0);

    const HttpResult badStatus = m_client->request("POST", QStringLiteral("/_simulator/faults"),
                                                   R"({"server-error-status":501})");
    QCOMPARE(badStatus.status, 400);
}

void SimulatorTest::faultsResetOverHttp()
{
    m_simulator->faults().hangCount = 5;
    m_simulator->faults().forbiddenTypes = {LogType::Url};

    const HttpResult reset
            = m_client->request("DELETE", QStringLiteral("/_simulator/faults"), QByteArray());
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_simulator->faults().hangCount, 0);
    QVERIFY(m_simulator->faults().forbiddenTypes.isEmpty());
}

void SimulatorTest::requestLogRecordsPaging()
{
    m_simulator->faults().rateLimitCount = 1;
    const QString token = m_client->fetchToken();
    m_client->postWithToken(urlPath, firstPageBody(), token);
    const HttpResult first = m_client->postWithToken(urlPath, firstPageBody(), token);
    m_client->postWithToken(urlPath, followingPageBody(first.next()), token);

    const HttpResult log
            = m_client->request("GET", QStringLiteral("/_simulator/requests"), QByteArray());
    const QJsonArray entries = QJsonDocument::fromJson(log.body).array();
    QCOMPARE(entries.size(), 4);

    const QJsonObject limited = entries.at(1).toObject();
    QCOMPARE(limited.value(QStringLiteral("status")).toInt(), 429);
    QCOMPARE(limited.value(QStringLiteral("fault")).toString(), QStringLiteral("rate-limit"));

    const QJsonObject second = entries.at(3).toObject();
    QCOMPARE(second.value(QStringLiteral("path")).toString(), urlPath);
    QCOMPARE(second.value(QStringLiteral("api")).toString(), QStringLiteral("2.0"));
    QCOMPARE(second.value(QStringLiteral("pageToken")).toString(), first.next());
    QCOMPARE(second.value(QStringLiteral("pageOffset")).toInt(), 3);
    QCOMPARE(second.value(QStringLiteral("pageSize")).toInt(), 3);
    QCOMPARE(second.value(QStringLiteral("from")).toString(), minuteTime(0));
    QCOMPARE(second.value(QStringLiteral("to")).toString(), minuteTime(100));
    QCOMPARE(second.value(QStringLiteral("oldestFirst")), QJsonValue(true));
    QCOMPARE(second.value(QStringLiteral("status")).toInt(), 200);
}

void SimulatorTest::requestLogHasNoSecrets()
{
    const HttpResult tokenReply = m_client->requestToken();
    const QString accessToken = tokenReply.json().value(QStringLiteral("access_token")).toString();
    m_client->postWithToken(urlPath, firstPageBody(), accessToken);
    m_client->postSigned(urlPath, firstPageBody());
    m_client->requestToken(demo::clientId(), QStringLiteral("wrong-secret-value"));

    const QByteArray log
            = m_client->request("GET", QStringLiteral("/_simulator/requests"), QByteArray()).body;
    QCOMPARE(QJsonDocument::fromJson(log).array().size(), 4);
    QVERIFY(!accessToken.isEmpty());
    QVERIFY(!log.contains(accessToken.toLatin1()));
    QVERIFY(!log.contains(demo::clientSecret().toLatin1()));
    QVERIFY(!log.contains("wrong-secret-value"));
    QVERIFY(!log.contains(demo::secretKey().toLatin1()));
    QVERIFY(!log.contains(demo::appKey().toLatin1()));
    QVERIFY(!log.contains(demo::accessKey().toLatin1()));
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains("MC "));
    QVERIFY(!log.toLower().contains("authorization"));
}
