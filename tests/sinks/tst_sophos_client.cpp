// SophosCentralClient against a scripted server on 127.0.0.1: the token request and its
// caching and renewal, HTTP 401 handling, who-am-I, tenant paging, both error body shapes,
// URL policy and the absence of secrets in messages and logs.

#include "sinktestsupport.h"
#include "sophoscentralclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace bridge;
using namespace bridge::test;

namespace {

const QString tokenPath = QStringLiteral("/api/v2/oauth2/token");
const QString clientSecret = QStringLiteral("s3cr+et&value=x");
const QDateTime startTime = QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc());

std::optional<HttpResponse> tokenReply(int number, int expiresIn = 3600)
{
    return jsonReply(200,
                     {{QStringLiteral("access_token"), QStringLiteral("tok-%1").arg(number)},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("expires_in"), expiresIn}});
}

QJsonObject whoamiBody(const QString &type, const QUrl &base)
{
    return {{QStringLiteral("id"), QStringLiteral("caller-1")},
            {QStringLiteral("idType"), type},
            {QStringLiteral("apiHosts"),
             QJsonObject {{QStringLiteral("global"), QString(base.toString() + u'/')},
                          {QStringLiteral("dataRegion"), base.toString()}}}};
}

QJsonObject gatewayError(const QString &error, const QString &message)
{
    return {{QStringLiteral("error"), error},
            {QStringLiteral("message"), message},
            {QStringLiteral("correlationId"), QStringLiteral("corr-7f3a")},
            {QStringLiteral("requestId"), QStringLiteral("req-91bc")},
            {QStringLiteral("createdAt"), QStringLiteral("2026-03-10T08:00:00.000Z")}};
}

struct WhoamiOutcome
{
    SophosError error;
    SophosIdentity identity;
};

std::optional<WhoamiOutcome> whoamiAndWait(SophosCentralClient *client)
{
    std::optional<WhoamiOutcome> outcome;
    client->whoami([&](const SophosError &error, const SophosIdentity &identity) {
        outcome = WhoamiOutcome {error, identity};
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return std::nullopt;
    return outcome;
}

} // namespace

class SophosClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenRequestForm();
    void tokenCachedAcrossCalls();
    void tokenRenewedBeforeExpiry();
    void unauthorizedRenewsOnce();
    void secondUnauthorizedFails();
    void whoamiVariants_data();
    void whoamiVariants();
    void apiHostNormalised();
    void tenantPaging_data();
    void tenantPaging();
    void identityErrorShape();
    void gatewayErrorShape();
    void rateLimitReadsRetryAfter();
    void transferTimeout();
    void plainHttpRemoteRejected();
    void secretsNeverShown();

private:
    void makeClient(const QString &secret = clientSecret);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SophosCentralClient> m_client;
    QDateTime m_now;
    int m_tokensIssued = 0;
};

void SophosClientTest::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_now = startTime;
    m_tokensIssued = 0;
    makeClient();
}

void SophosClientTest::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void SophosClientTest::makeClient(const QString &secret)
{
    SophosEndpoints endpoints;
    endpoints.identityUrl = m_server->baseUrl();
    endpoints.apiUrl = m_server->baseUrl();
    m_client = std::make_unique<SophosCentralClient>(
            m_network.get(), endpoints, SophosCredentials {QStringLiteral("client-1"), secret});
    QVERIFY(m_client->configurationError().isEmpty());
    m_client->tokenProvider()->setClock([this] { return m_now; });
    m_client->setTransferTimeout(2000);
}

void SophosClientTest::tokenRequestForm()
{
    const QUrl base = m_server->baseUrl();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return jsonReply(200, whoamiBody(QStringLiteral("tenant"), base));
    });
    QVERIFY(whoamiAndWait(m_client.get()).has_value());

    const QList<ReceivedRequest> tokenRequests = m_server->requestsTo(tokenPath);
    QCOMPARE(tokenRequests.size(), 1);
    const ReceivedRequest &request = tokenRequests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.headers.value("content-type"),
             QByteArray("application/x-www-form-urlencoded"));
    // '+', '&' and '=' inside the secret must arrive percent-encoded.
    QVERIFY(!request.body.contains('+'));
    QVERIFY(request.body.contains("%2B"));
    const QUrlQuery form(QString::fromUtf8(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
             clientSecret);
    QCOMPARE(form.queryItemValue(QStringLiteral("scope")), QStringLiteral("token"));

    const QList<ReceivedRequest> whoamiRequests
            = m_server->requestsTo(QStringLiteral("/whoami/v1"));
    QCOMPARE(whoamiRequests.size(), 1);
    QCOMPARE(whoamiRequests.first().headers.value("authorization"), QByteArray("Bearer tok-1"));
}

void SophosClientTest::tokenCachedAcrossCalls()
{
    const QUrl base = m_server->baseUrl();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return jsonReply(200, whoamiBody(QStringLiteral("tenant"), base));
    });
    for (int call = 0; call < 3; ++call)
        QVERIFY(!whoamiAndWait(m_client.get())->error.isError());
    QCOMPARE(m_server->requestsTo(tokenPath).size(), 1);
    QCOMPARE(m_client->tokenProvider()->tokenRequestCount(), 1);
}

void SophosClientTest::tokenRenewedBeforeExpiry()
{
    const QUrl base = m_server->baseUrl();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued, 3600);
        return jsonReply(200, whoamiBody(QStringLiteral("tenant"), base));
    });
    QVERIFY(!whoamiAndWait(m_client.get())->error.isError());

    // 121 s before expiry the token is still used.
    m_now = startTime.addSecs(3600 - 121);
    QVERIFY(!whoamiAndWait(m_client.get())->error.isError());
    QCOMPARE(m_server->requestsTo(tokenPath).size(), 1);

    // 119 s before expiry it is inside the 120 s margin and renewed first.
    m_now = startTime.addSecs(3600 - 119);
    QVERIFY(!whoamiAndWait(m_client.get())->error.isError());
    QCOMPARE(m_server->requestsTo(tokenPath).size(), 2);
    const QList<ReceivedRequest> calls = m_server->requestsTo(QStringLiteral("/whoami/v1"));
    QCOMPARE(calls.last().headers.value("authorization"), QByteArray("Bearer tok-2"));
}

void SophosClientTest::unauthorizedRenewsOnce()
{
    const QUrl base = m_server->baseUrl();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        // The first token is revoked on the server side.
        if (request.headers.value("authorization") == "Bearer tok-1")
            return jsonReply(401, gatewayError(QStringLiteral("Unauthorized"), QString()));
        return jsonReply(200, whoamiBody(QStringLiteral("tenant"), base));
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QCOMPARE(m_server->requestsTo(tokenPath).size(), 2);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/whoami/v1")).size(), 2);
}

void SophosClientTest::secondUnauthorizedFails()
{
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return jsonReply(401, gatewayError(QStringLiteral("Unauthorized"), QString()));
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, SophosError::Kind::Unauthorized);
    QCOMPARE(outcome->error.httpStatus, 401);
    QVERIFY(!outcome->error.isRetryable());
    QVERIFY(outcome->error.message.contains(u"/whoami/v1"));
    QVERIFY(outcome->error.message.contains(u"corr-7f3a"));
    QCOMPARE(m_server->requestsTo(tokenPath).size(), 2);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/whoami/v1")).size(), 2);
}

void SophosClientTest::whoamiVariants_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<SophosIdentity::Type>("expectedType");
    QTest::newRow("tenant") << QStringLiteral("tenant") << SophosIdentity::Type::Tenant;
    QTest::newRow("partner") << QStringLiteral("partner") << SophosIdentity::Type::Partner;
    QTest::newRow("organization") << QStringLiteral("organization")
                                  << SophosIdentity::Type::Organization;
}

void SophosClientTest::whoamiVariants()
{
    QFETCH(QString, idType);
    QFETCH(SophosIdentity::Type, expectedType);
    const QUrl base = m_server->baseUrl();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return jsonReply(200, whoamiBody(idType, base));
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QCOMPARE(outcome->identity.id, QStringLiteral("caller-1"));
    QCOMPARE(outcome->identity.type, expectedType);
    QCOMPARE(outcome->identity.typeName(), idType);
    // apiHosts.global arrives with a trailing slash, which must not reach the paths built on it.
    QCOMPARE(outcome->identity.globalUrl, base);
    QCOMPARE(outcome->identity.dataRegionUrl, base);
    QVERIFY(m_server->requestsTo(QStringLiteral("/whoami/v1"))
                    .first()
                    .headers.value("x-tenant-id")
                    .isEmpty());
}

void SophosClientTest::apiHostNormalised()
{
    QCOMPARE(normaliseSophosApiHost(QStringLiteral("http://api.central.sophos.com/")),
             QUrl(QStringLiteral("https://api.central.sophos.com")));
    QCOMPARE(normaliseSophosApiHost(QStringLiteral("https://api-eu02.central.sophos.com")),
             QUrl(QStringLiteral("https://api-eu02.central.sophos.com")));
    QCOMPARE(normaliseSophosApiHost(QStringLiteral("http://127.0.0.1:8443//")),
             QUrl(QStringLiteral("http://127.0.0.1:8443")));
}

void SophosClientTest::tenantPaging_data()
{
    QTest::addColumn<SophosIdentity::Type>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("idHeader");
    QTest::newRow("partner") << SophosIdentity::Type::Partner
                             << QStringLiteral("/partner/v1/tenants") << QByteArray("x-partner-id");
    QTest::newRow("organization") << SophosIdentity::Type::Organization
                                  << QStringLiteral("/organization/v1/tenants")
                                  << QByteArray("x-organization-id");
}

void SophosClientTest::tenantPaging()
{
    QFETCH(SophosIdentity::Type, type);
    QFETCH(QString, path);
    QFETCH(QByteArray, idHeader);
    const QString apiHost = m_server->baseUrl().toString();
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        const int page = request.query.queryItemValue(QStringLiteral("page")).toInt();
        const int current = page == 0 ? 1 : page;
        QJsonArray items;
        for (int index = 0; index < (current == 3 ? 1 : 2); ++index) {
            const QString id = QStringLiteral("tenant-%1-%2").arg(current).arg(index);
            items.append(QJsonObject {{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), QString(u"Customer " + id)},
                                      {QStringLiteral("dataRegion"), QStringLiteral("eu02")},
                                      {QStringLiteral("apiHost"), QString(apiHost + u'/')}});
        }
        const QJsonObject pages {{QStringLiteral("current"), current},
                                 {QStringLiteral("size"), 2},
                                 {QStringLiteral("total"), 3}};
        return jsonReply(200, {{QStringLiteral("items"), items}, {QStringLiteral("pages"), pages}});
    });

    SophosIdentity identity;
    identity.id = QStringLiteral("caller-1");
    identity.type = type;
    identity.globalUrl = m_server->baseUrl();
    std::optional<std::pair<SophosError, QList<SophosTenantInfo>>> outcome;
    m_client->listTenants(identity,
                          [&](const SophosError &error, const QList<SophosTenantInfo> &tenants) {
                              outcome = std::make_pair(error, tenants);
                          });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    QVERIFY2(!outcome->first.isError(), qPrintable(outcome->first.message));

    const QList<ReceivedRequest> calls = m_server->requestsTo(path);
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).query.queryItemValue(QStringLiteral("pageTotal")), QStringLiteral("true"));
    QVERIFY(!calls.at(0).query.hasQueryItem(QStringLiteral("page")));
    QCOMPARE(calls.at(1).query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(calls.at(2).query.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    for (const ReceivedRequest &call : calls) {
        QCOMPARE(call.headers.value(idHeader), QByteArray("caller-1"));
        QVERIFY(call.headers.value("x-tenant-id").isEmpty());
    }

    const QList<SophosTenantInfo> &tenants = outcome->second;
    QCOMPARE(tenants.size(), 5);
    QCOMPARE(tenants.first().id, QStringLiteral("tenant-1-0"));
    QCOMPARE(tenants.last().id, QStringLiteral("tenant-3-0"));
    QCOMPARE(tenants.first().name, QStringLiteral("Customer tenant-1-0"));
    QCOMPARE(tenants.first().dataRegion, QStringLiteral("eu02"));
    QCOMPARE(tenants.first().apiHost, m_server->baseUrl());
}

void SophosClientTest::identityErrorShape()
{
    m_server->setRoute([&](const ReceivedRequest &) -> std::optional<HttpResponse> {
        return jsonReply(
                401,
                {{QStringLiteral("errorCode"), QStringLiteral("oauth.invalid_client_secret")},
                 {QStringLiteral("message"), QStringLiteral("Unauthorized")},
                 {QStringLiteral("trackingId"), QStringLiteral("trk-5521")}});
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    const SophosError &error = outcome->error;
    QCOMPARE(error.kind, SophosError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.serverError, QStringLiteral("oauth.invalid_client_secret"));
    QCOMPARE(error.trackingId, QStringLiteral("trk-5521"));
    QVERIFY(error.message.contains(u"trk-5521"));
    QVERIFY(error.message.contains(u"oauth.invalid_client_secret"));
    QVERIFY(error.message.contains(tokenPath));
    QVERIFY(error.message.contains(u"client secret"));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/whoami/v1")).size(), 0);
}

void SophosClientTest::gatewayErrorShape()
{
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return jsonReply(403,
                         gatewayError(QStringLiteral("forbidden"),
                                      QStringLiteral("Access denied for this tenant")));
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    const SophosError &error = outcome->error;
    QCOMPARE(error.kind, SophosError::Kind::Forbidden);
    QCOMPARE(error.correlationId, QStringLiteral("corr-7f3a"));
    QCOMPARE(error.requestId, QStringLiteral("req-91bc"));
    QVERIFY(error.message.contains(u"corr-7f3a"));
    QVERIFY(error.message.contains(u"req-91bc"));
    QVERIFY(error.message.contains(u"Access denied for this tenant"));
    QVERIFY(error.message.contains(u"127.0.0.1/whoami/v1"));
    QVERIFY(error.message.contains(u"role"));
}

void SophosClientTest::rateLimitReadsRetryAfter()
{
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        HttpResponse response = jsonReply(
                429, gatewayError(QStringLiteral("tooManyRequests"), QStringLiteral("Slow down")));
        response.setHeader("Retry-After", "7");
        return response;
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, SophosError::Kind::RateLimited);
    QCOMPARE(outcome->error.retryAfterMs, 7000);
    QVERIFY(outcome->error.isRetryable());
}

void SophosClientTest::transferTimeout()
{
    m_client->setTransferTimeout(300);
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath)
            return tokenReply(++m_tokensIssued);
        return std::nullopt; // never answered
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, SophosError::Kind::Timeout);
    QVERIFY(outcome->error.isRetryable());
    QVERIFY(outcome->error.message.contains(u"/whoami/v1"));
}

void SophosClientTest::plainHttpRemoteRejected()
{
    // 192.0.2.1 is a documentation address; the client must reject it before sending anything.
    SophosEndpoints endpoints;
    endpoints.identityUrl = QUrl(QStringLiteral("http://192.0.2.1"));
    endpoints.apiUrl = m_server->baseUrl();
    SophosCentralClient rejected(m_network.get(), endpoints,
                                 SophosCredentials {QStringLiteral("client-1"), clientSecret});
    QVERIFY(rejected.configurationError().contains(u"http://192.0.2.1"));
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(&rejected);
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, SophosError::Kind::InvalidUrl);

    // A tenant host taken from a server response is checked as well.
    m_server->setRoute([&](const ReceivedRequest &) { return tokenReply(++m_tokensIssued); });
    std::optional<SophosError> caseError;
    m_client->createCase(QUrl(QStringLiteral("http://192.0.2.1")), QStringLiteral("tenant-1"),
                         QJsonObject(),
                         [&](const SophosError &error, const QJsonObject &) { caseError = error; });
    QVERIFY(QTest::qWaitFor([&] { return caseError.has_value(); }, 5000));
    QCOMPARE(caseError->kind, SophosError::Kind::InvalidUrl);
    QCOMPARE(m_server->requests().size(), 0);
}

void SophosClientTest::secretsNeverShown()
{
    const LogCapture capture;
    // The server echoes the secret and the token in its error texts; neither may appear in a
    // message or log line.
    m_server->setRoute([&](const ReceivedRequest &request) -> std::optional<HttpResponse> {
        if (request.path == tokenPath && m_tokensIssued == 0)
            return tokenReply(++m_tokensIssued);
        if (request.path == tokenPath) {
            return jsonReply(400,
                             {{QStringLiteral("errorCode"), QStringLiteral("bad")},
                              {QStringLiteral("message"), QString(u"wrong secret " + clientSecret)},
                              {QStringLiteral("trackingId"), QStringLiteral("trk-1")}});
        }
        return jsonReply(
                401,
                gatewayError(QStringLiteral("Unauthorized"),
                             QStringLiteral("token tok-1 expired, secret ") + clientSecret));
    });
    const std::optional<WhoamiOutcome> outcome = whoamiAndWait(m_client.get());
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->error.kind, SophosError::Kind::Unauthorized);
    QVERIFY2(!outcome->error.message.contains(clientSecret), qPrintable(outcome->error.message));
    QVERIFY(!outcome->error.message.contains(u"tok-1"));
    QVERIFY(!capture.messages().isEmpty());
    const QString leaked = capture.firstContaining({clientSecret, QStringLiteral("tok-1")});
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

QTEST_MAIN(SophosClientTest)
#include "tst_sophos_client.moc"
