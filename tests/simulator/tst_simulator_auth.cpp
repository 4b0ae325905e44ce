#include "tst_simulator.h"

#include "mimecastsigning.h"
#include "mimecasttime.h"

#include <QJsonArray>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString accountPath = QStringLiteral("/api/account/get-account");
const QByteArray accountBody = R"({"data":[]})";

QJsonObject firstError(const HttpResult &result)
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

void SimulatorTest::tokenIssuedForDemoClient()
{
    const HttpResult result = m_client->requestToken();
    QCOMPARE(result.status, 200);

    const QJsonObject body = result.json();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 1799);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QString());
    QVERIFY(body.value(QStringLiteral("scope")).isString());
}

void SimulatorTest::tokenLifetimeConfigurable()
{
    m_simulator->setTokenLifetime(60);
    const HttpResult result = m_client->requestToken();
    QCOMPARE(result.json().value(QStringLiteral("expires_in")).toInt(), 60);
}

void SimulatorTest::tokenRejectedForWrongSecret()
{
    const HttpResult result = m_client->requestToken(demo::clientId(), QStringLiteral("wrong"));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("invalid_client"));
}

void SimulatorTest::tokenRejectedForWrongGrantType()
{
    const HttpResult result = m_client->requestToken(demo::clientId(), demo::clientSecret(),
                                                     QStringLiteral("password"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.failCode(), QStringLiteral("unsupported_grant_type"));
}

void SimulatorTest::bearerAcceptedOnGetAccount()
{
    const HttpResult result
            = m_client->postWithToken(accountPath, accountBody, m_client->fetchToken());
    QCOMPARE(result.status, 200);

    const QJsonObject account
            = result.json().value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(account.value(QStringLiteral("accountName")).toString(),
             QStringLiteral("Demo Customer"));
    QCOMPARE(account.value(QStringLiteral("accountCode")).toString(), QStringLiteral("CDEMO01"));
    QVERIFY(result.json().value(QStringLiteral("fail")).toArray().isEmpty());
}

void SimulatorTest::bearerUnknownRejected()
{
    const HttpResult result
            = m_client->postWithToken(accountPath, accountBody, QStringLiteral("made-up-token"));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("token_expired"));
}

void SimulatorTest::bearerRejectedAfterExpiry()
{
    m_simulator->setTokenLifetime(60);
    const QString token = m_client->fetchToken();
    QCOMPARE(m_client->postWithToken(accountPath, accountBody, token).status, 200);

    // Moving the simulator's clock past the lifetime expires the token without waiting.
    m_simulator->faults().clockSkewSeconds = 61;
    const HttpResult result = m_client->postWithToken(accountPath, accountBody, token);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("token_expired"));
}

void SimulatorTest::bearerRejectedAfterRevokeAll()
{
    const QString token = m_client->fetchToken();
    m_simulator->revokeAllTokens();
    QCOMPARE(m_client->postWithToken(accountPath, accountBody, token).status, 401);
}

void SimulatorTest::missingAuthorizationRejected()
{
    const HttpResult result = m_client->request("POST", accountPath, accountBody);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("unauthorized"));
}

void SimulatorTest::signatureAccepted()
{
    const HttpResult result = m_client->postSigned(accountPath, accountBody);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
             200);
}

void SimulatorTest::signatureWithGmtSuffixAccepted()
{
    QString date = formatSigningDate(QDateTime::currentDateTimeUtc());
    date.replace(QStringLiteral(" UTC"), QStringLiteral(" GMT"));
    QCOMPARE(m_client->postSigned(accountPath, accountBody, {}, date).status, 200);
}

void SimulatorTest::signatureWrongSecretRejected()
{
    MimecastSimulatorCredentials wrong;
    wrong.secretKey = QStringLiteral("d3Jvbmctc2VjcmV0");
    const HttpResult result = m_client->postSigned(accountPath, accountBody, wrong);
    QCOMPARE(result.status, 401);

    const QJsonObject error = firstError(result);
    QCOMPARE(error.value(QStringLiteral("code")).toString(),
             QStringLiteral("err_xdk_invalid_signature"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("0004 Invalid Signature"));
    QCOMPARE(error.value(QStringLiteral("retryable")), QJsonValue(false));

    const QJsonObject meta = result.json().value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(meta.value(QStringLiteral("isLastToken")), QJsonValue(false));
}

void SimulatorTest::signatureDateSkewRejected()
{
    const QString date = formatSigningDate(QDateTime::currentDateTimeUtc().addSecs(-16 * 60));
    const HttpResult result = m_client->postSigned(accountPath, accountBody, {}, date);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_request_date_out_of_range"));
}

void SimulatorTest::signatureDateSkewWithinWindow()
{
    const QString date = formatSigningDate(QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    QCOMPARE(m_client->postSigned(accountPath, accountBody, {}, date).status, 200);
}

void SimulatorTest::signatureUnknownAppIdRejected()
{
    MimecastSimulatorCredentials wrong;
    wrong.appId = QStringLiteral("other-app");
    const HttpResult result = m_client->postSigned(accountPath, accountBody, wrong);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_invalid_app_id"));
}

void SimulatorTest::signatureUnknownAccessKeyRejected()
{
    MimecastSimulatorCredentials wrong;
    wrong.accessKey = QStringLiteral("other-key");
    const HttpResult result = m_client->postSigned(accountPath, accountBody, wrong);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_invalid_access_key"));
}

void SimulatorTest::signatureMissingHeadersRejected()
{
    const HttpResult result = m_client->request(
            "POST", accountPath, accountBody,
            {{"x-mc-app-id", demo::appId().toUtf8()},
             {"Authorization", "MC " + demo::accessKey().toUtf8() + ":c2lnbmF0dXJl"}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_missing_credentials"));
}

void SimulatorTest::signatureCheckedAgainstPath()
{
    // A signature made for get-account must not authorize get-logs: the path is signed.
    const QString date = formatSigningDate(QDateTime::currentDateTimeUtc());
    const QByteArray secret = decodeSecretKey(demo::secretKey()).value_or(QByteArray());
    const QString signature
            = computeSignature(secret, date, QStringLiteral("req-1"), accountPath, demo::appKey());
    const HttpResult result = m_client->request(
            "POST", logEndpointPath(LogType::Url), accountBody,
            {{"x-mc-app-id", demo::appId().toUtf8()},
             {"x-mc-date", date.toUtf8()},
             {"x-mc-req-id", "req-1"},
             {"Authorization", authorizationHeader(demo::accessKey(), signature).toUtf8()}});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.failCode(), QStringLiteral("err_xdk_invalid_signature"));
}

void SimulatorTest::credentialsConfigurable()
{
    MimecastSimulatorCredentials custom;
    custom.clientId = QStringLiteral("custom-id");
    custom.clientSecret = QStringLiteral("custom secret+&=");
    custom.appKey = QStringLiteral("custom-app-key");
    m_simulator->setCredentials(custom);

    QCOMPARE(m_client->requestToken(custom.clientId, custom.clientSecret).status, 200);
    QCOMPARE(m_client->requestToken().status, 401);
    QCOMPARE(m_client->postSigned(accountPath, accountBody, custom).status, 200);
    QCOMPARE(m_client->postSigned(accountPath, accountBody).status, 401);
}
