#include "connectortestsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace bridge::test {

QDateTime windowStart()
{
    return QDateTime(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC);
}

QDateTime windowEnd()
{
    return windowStart().addSecs(4 * 3600);
}

QString recordTime(int minute)
{
    return windowStart().addSecs(minute * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + u"+0000";
}

QJsonObject urlRecord(int number, const QString &scanResult)
{
    const QString n = QString::number(number);
    const bool clean = scanResult == u"clean";
    return QJsonObject {
            {QStringLiteral("userEmailAddress"), QString(u"reader" + n + u"@corp.test")},
            {QStringLiteral("fromUserEmailAddress"), QStringLiteral("alerts@billing.test")},
            {QStringLiteral("url"), QString(u"https://login-check-" + n + u".test/session")},
            {QStringLiteral("ttpDefinition"), QStringLiteral("Inbound URL Protect Policy")},
            {QStringLiteral("subject"), QString(u"Your mailbox is full (" + n + u")")},
            {QStringLiteral("action"), clean ? QStringLiteral("allow") : QStringLiteral("block")},
            {QStringLiteral("adminOverride"), QStringLiteral("N/A")},
            {QStringLiteral("userOverride"), QStringLiteral("None")},
            {QStringLiteral("scanResult"), scanResult},
            {QStringLiteral("category"), QStringLiteral("Phishing & Fraud")},
            {QStringLiteral("sendingIp"), QString(u"198.51.100." + QString::number(number % 250))},
            {QStringLiteral("userAwarenessAction"), QStringLiteral("N/A")},
            {QStringLiteral("date"), recordTime(number)},
            {QStringLiteral("actions"), clean ? QStringLiteral("Allow") : QStringLiteral("Block")},
            {QStringLiteral("route"), QStringLiteral("inbound")},
            {QStringLiteral("creationMethod"), QStringLiteral("User Click")},
            {QStringLiteral("emailPartsDescription"), QJsonArray {QStringLiteral("Body")}},
            {QStringLiteral("messageId"), QString(u"<url-" + n + u"@mail.test>")}};
}

QJsonObject attachmentRecord(int number, const QString &result)
{
    const QString n = QString::number(number);
    const bool safe = result == u"safe";
    return QJsonObject {
            {QStringLiteral("senderAddress"), QStringLiteral("accounts@supplier.test")},
            {QStringLiteral("recipientAddress"), QString(u"clerk" + n + u"@corp.test")},
            {QStringLiteral("fileName"), QString(u"statement_" + n + u".docm")},
            {QStringLiteral("fileType"),
             QStringLiteral("application/vnd.ms-word.document.macroEnabled.12")},
            {QStringLiteral("result"), result},
            {QStringLiteral("actionTriggered"),
             safe ? QStringLiteral("none") : QStringLiteral("block")},
            {QStringLiteral("date"), recordTime(number)},
            {QStringLiteral("details"),
             QString((safe ? QStringLiteral("Safe") : QStringLiteral("Malicious"))
                     + u"\r\nTime taken: 0 hrs, 0 min, 9 sec")},
            {QStringLiteral("route"), QStringLiteral("inbound")},
            {QStringLiteral("messageId"), QString(u"<att-" + n + u"@mail.test>")},
            {QStringLiteral("subject"), QString(u"Statement " + n)},
            {QStringLiteral("fileHash"),
             QString::fromLatin1(
                     QCryptographicHash::hash(n.toUtf8(), QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("definition"), QStringLiteral("Inbound Attachment Protect Policy")}};
}

QJsonArray urlRecords(int first, int count)
{
    QJsonArray records;
    for (int number = first; number < first + count; ++number)
        records.append(urlRecord(number));
    return records;
}

QList<QByteArray> rawLines(const QJsonArray &records)
{
    QList<QByteArray> lines;
    for (const QJsonValue &record : records)
        lines.append(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact));
    return lines;
}

QJsonObject logsEnvelope(LogType type, const QJsonArray &records, const QString &next)
{
    QJsonObject pagination {{QStringLiteral("pageSize"), records.size()}};
    if (!next.isEmpty())
        pagination.insert(QStringLiteral("next"), next);
    const QJsonObject meta {{QStringLiteral("status"), 200},
                            {QStringLiteral("pagination"), pagination}};
    return QJsonObject {
            {QStringLiteral("meta"), meta},
            {QStringLiteral("data"), QJsonArray {QJsonObject {{recordListKey(type), records}}}},
            {QStringLiteral("fail"), QJsonArray()}};
}

QJsonObject failEnvelope(const QString &code, const QString &message, bool retryable,
                         const QString &next)
{
    QJsonObject meta {{QStringLiteral("status"), 200}};
    if (!next.isEmpty()) {
        meta.insert(QStringLiteral("pagination"),
                    QJsonObject {{QStringLiteral("pageSize"), 0}, {QStringLiteral("next"), next}});
    }
    const QJsonObject error {{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("retryable"), retryable}};
    const QJsonObject failure {
            {QStringLiteral("key"), QJsonObject {{QStringLiteral("from"), recordTime(0)}}},
            {QStringLiteral("errors"), QJsonArray {error}}};
    return QJsonObject {{QStringLiteral("meta"), meta},
                        {QStringLiteral("data"), QJsonArray()},
                        {QStringLiteral("fail"), QJsonArray {failure}}};
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString messageIdOf(const QJsonValue &record)
{
    return record.toObject().value(QStringLiteral("messageId")).toString();
}

QStringList messageIdsOf(const QJsonArray &records)
{
    QStringList ids;
    for (const QJsonValue &record : records)
        ids.append(messageIdOf(record));
    return ids;
}

BackoffPolicy testBackoff(int maxAttempts)
{
    BackoffPolicy policy;
    policy.initialDelayMs = 50;
    policy.maxDelayMs = 200;
    policy.maxAttempts = maxAttempts;
    return policy;
}

// ---- ScriptedServer ---------------------------------------------------------------------------

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_server.setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        RecordedRequest recorded;
        recorded.path = QString::fromUtf8(request.path);
        recorded.body = QJsonDocument::fromJson(request.body).object();
        const QJsonValue token = recorded.body.value(QStringLiteral("meta"))
                                         .toObject()
                                         .value(QStringLiteral("pagination"))
                                         .toObject()
                                         .value(QStringLiteral("pageToken"));
        recorded.hasPageToken = token.isString();
        recorded.pageToken = token.toString();
        recorded.authorization = request.header("authorization");
        recorded.receivedMs = m_clock.elapsed();

        int repeat = 0;
        for (const RecordedRequest &earlier : std::as_const(m_requests)) {
            if (earlier.path == recorded.path && earlier.pageToken == recorded.pageToken)
                ++repeat;
        }
        m_requests.append(recorded);

        if (m_route)
            responder.send(m_route(recorded, repeat));
        else
            responder.send(HttpResponse::json(500, "{}"));
    });
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

QList<RecordedRequest> ScriptedServer::requestsWithToken(const QString &pageToken) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : m_requests) {
        if (request.pageToken == pageToken)
            matching.append(request);
    }
    return matching;
}

QStringList ScriptedServer::pageTokens() const
{
    QStringList tokens;
    for (const RecordedRequest &request : m_requests)
        tokens.append(request.hasPageToken ? request.pageToken : QStringLiteral("<none>"));
    return tokens;
}

// ---- RecordingNetworkAccessManager ------------------------------------------------------------

QNetworkReply *RecordingNetworkAccessManager::createRequest(Operation operation,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    const QByteArray authorization = request.rawHeader("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(authorization.mid(7));
        if (!token.isEmpty() && !m_bearerTokens.contains(token))
            m_bearerTokens.append(token);
    }
    // QNetworkAccessManager::post() wraps the body in a QBuffer, so peeking leaves it intact.
    const QByteArray body = outgoingData ? outgoingData->peek(outgoingData->size()) : QByteArray();
    m_sent.append({request.url().path(), body});
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}

QStringList RecordingNetworkAccessManager::sentPageTokens(const QString &path) const
{
    QStringList tokens;
    for (const SentRequest &request : m_sent) {
        if (request.path != path)
            continue;
        const QJsonValue token = QJsonDocument::fromJson(request.body)
                                         .object()
                                         .value(QStringLiteral("meta"))
                                         .toObject()
                                         .value(QStringLiteral("pagination"))
                                         .toObject()
                                         .value(QStringLiteral("pageToken"));
        tokens.append(token.isString() ? token.toString() : QStringLiteral("<none>"));
    }
    return tokens;
}

// ---- Client setup -----------------------------------------------------------------------------

ApiV2Authenticator *ClientSetup::v2() const
{
    return qobject_cast<ApiV2Authenticator *>(authenticator.get());
}

MimecastCredentials demoV1Credentials()
{
    MimecastCredentials credentials;
    credentials.api = MimecastApi::V1;
    credentials.appId = QStringLiteral("demo-app-id");
    credentials.appKey = QStringLiteral("demo-app-key");
    credentials.accessKey = QStringLiteral("demo-access-key");
    // Base64 of "demo-secret-key-for-the-simulator", the simulator's default.
    credentials.secretKey = QStringLiteral("ZGVtby1zZWNyZXQta2V5LWZvci10aGUtc2ltdWxhdG9y");
    return credentials;
}

MimecastCredentials demoV2Credentials()
{
    MimecastCredentials credentials;
    credentials.api = MimecastApi::V2;
    credentials.clientId = QStringLiteral("demo-client-id");
    credentials.clientSecret = QStringLiteral("demo-client-secret");
    return credentials;
}

ClientSetup makeClient(const QUrl &baseUrl, const MimecastCredentials &credentials)
{
    ClientSetup setup;
    setup.network = std::make_unique<RecordingNetworkAccessManager>();
    if (credentials.api == MimecastApi::V2) {
        setup.authenticator
                = std::make_unique<ApiV2Authenticator>(setup.network.get(), baseUrl, credentials);
    } else {
        setup.authenticator = std::make_unique<ApiV1Authenticator>(credentials);
    }
    setup.client = std::make_unique<MimecastClient>(setup.network.get(), baseUrl,
                                                    setup.authenticator.get());
    return setup;
}

// ---- FetchRecorder ----------------------------------------------------------------------------

FetchRecorder::FetchRecorder(TtpLogFetcher *fetcher)
    : QObject(fetcher)
{
    connect(fetcher, &TtpLogFetcher::pageReceived, this,
            [this](LogType, const QList<PageElement> &elements) {
                for (const PageElement &element : elements)
                    m_elements.append(element.toJsonValue());
            });
    connect(fetcher, &TtpLogFetcher::windowRestarted, this, [this](LogType) {
        ++m_restarts;
        m_elements = QJsonArray();
    });
    connect(fetcher, &TtpLogFetcher::waiting, this,
            [this](LogType, const QDateTime &until, const MimecastError &cause) {
                m_waits.append({until, QDateTime::currentDateTimeUtc(), cause});
            });
    connect(fetcher, &TtpLogFetcher::finished, this, [this](LogType) { m_finished = true; });
    connect(fetcher, &TtpLogFetcher::failed, this, [this](LogType, const MimecastError &error) {
        m_failed = true;
        m_error = error;
    });
}

TtpLogFetcher::Options fetchOptions(int pageSize, int maxAttempts)
{
    TtpLogFetcher::Options options;
    options.pageSize = pageSize;
    options.backoff = testBackoff(maxAttempts);
    return options;
}

FetchRun::FetchRun(const QUrl &baseUrl, const MimecastCredentials &credentials, LogType type,
                   const TtpLogFetcher::Options &options)
    : setup(makeClient(baseUrl, credentials))
    , fetcher(std::make_unique<TtpLogFetcher>(setup.client.get(), type, windowStart(), windowEnd(),
                                              options))
    , recorder(new FetchRecorder(fetcher.get()))
{ }

bool postAndWait(MimecastClient *client, const QString &path, const QJsonObject &body,
                 std::optional<LogType> logType, MimecastReply *reply, int timeoutMs)
{
    // The callback may run after a timeout, so it writes to state it shares ownership of.
    auto result = std::make_shared<std::optional<MimecastReply>>();
    client->post(path, body, logType,
                 [result](const MimecastReply &received) { *result = received; });
    QDeadlineTimer deadline(timeoutMs);
    while (!result->has_value() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!result->has_value())
        return false;
    *reply = **result;
    return true;
}

} // namespace bridge::test
