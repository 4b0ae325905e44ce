#pragma once

#include "backoffpolicy.h"
#include "httpserver.h"
#include "logtype.h"
#include "mimecastauth.h"
#include "mimecastclient.h"
#include "mimecasterror.h"
#include "ttplogfetcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

// Shared helpers of the connector tests: Mimecast-shaped records and response envelopes, a
// scripted HTTP server that records every request, and a recorder of TtpLogFetcher signals.
namespace bridge::test {

// Test window: every record of these tests lies inside it.
QDateTime windowStart();
QDateTime windowEnd();

// Record time minute minutes after windowStart(), e.g. "2025-03-10T08:05:00+0000".
QString recordTime(int minute);

// A clickLogs element with every field Mimecast sends. Its messageId is "<url-<number>@mail.test>".
QJsonObject urlRecord(int number, const QString &scanResult = QStringLiteral("malicious"));
// An attachmentLogs element whose messageId is "<att-<number>@mail.test>".
QJsonObject attachmentRecord(int number, const QString &result = QStringLiteral("malicious"));

// urlRecord(first) to urlRecord(first + count - 1).
QJsonArray urlRecords(int first, int count);
// Each record as one line of compact JSON, as MimecastSimulator::setRecords takes them.
QList<QByteArray> rawLines(const QJsonArray &records);

// Successful get-logs envelope: meta.status 200, meta.pagination with pageSize (and next when it
// is not empty), the records in data[0].<list key of type>, and an empty fail array.
QJsonObject logsEnvelope(LogType type, const QJsonArray &records, const QString &next = {});

// HTTP 200 envelope whose fail array contains one error, with a next token when next is not empty.
QJsonObject failEnvelope(const QString &code, const QString &message, bool retryable,
                         const QString &next = {});

HttpResponse jsonResponse(int status, const QJsonObject &body);

// messageId of a record, or an empty string.
QString messageIdOf(const QJsonValue &record);
QStringList messageIdsOf(const QJsonArray &records);

// Backoff short enough for tests: 50 ms doubling to 200 ms.
BackoffPolicy testBackoff(int maxAttempts);

// One request as the scripted server received it.
struct RecordedRequest
{
    QString path;
    QJsonObject body;
    QString pageToken; // empty when meta.pagination.pageToken is absent
    bool hasPageToken = false;
    QByteArray authorization;
    qint64 receivedMs = 0; // since the server was created
};

// An HttpServer on 127.0.0.1 whose responses come from a route function. The route gets the
// request and the number of earlier requests that carried the same page token, so a script can
// respond to a retry differently from the first call.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Route = std::function<HttpResponse(const RecordedRequest &request, int repeat)>;

    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    void setRoute(Route route) { m_route = std::move(route); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requestsWithToken(const QString &pageToken) const;
    // Page tokens in request order, with "<none>" for a request that sent none.
    QStringList pageTokens() const;

private:
    HttpServer m_server;
    Route m_route;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
};

// A QNetworkAccessManager that remembers the bearer token and body of every request it sends,
// so tests can see what the client sent, including calls the server rejected. The requests
// still go over the network.
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct SentRequest
    {
        QString path;
        QByteArray body;
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    // Bearer tokens sent so far, without duplicates.
    QStringList bearerTokens() const { return m_bearerTokens; }
    const QList<SentRequest> &sentRequests() const { return m_sent; }
    // meta.pagination.pageToken of each request sent to path, "<none>" where absent.
    QStringList sentPageTokens(const QString &path) const;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QStringList m_bearerTokens;
    QList<SentRequest> m_sent;
};

// Network access, authenticator and client for one base URL.
struct ClientSetup
{
    std::unique_ptr<RecordingNetworkAccessManager> network;
    std::unique_ptr<MimecastAuthenticator> authenticator;
    std::unique_ptr<MimecastClient> client;

    ApiV2Authenticator *v2() const;
};

MimecastCredentials demoV1Credentials();
MimecastCredentials demoV2Credentials();
ClientSetup makeClient(const QUrl &baseUrl, const MimecastCredentials &credentials);

// Collects everything a TtpLogFetcher emits. elements() contains the records of the current
// window attempt, because windowRestarted discards what came before it.
class FetchRecorder : public QObject
{
    Q_OBJECT

public:
    struct Wait
    {
        QDateTime until;
        QDateTime emittedAt;
        MimecastError cause;
    };

    explicit FetchRecorder(TtpLogFetcher *fetcher);

    bool isDone() const { return m_finished || m_failed; }
    bool hasFinished() const { return m_finished; }
    bool hasFailed() const { return m_failed; }
    const MimecastError &error() const { return m_error; }
    const QJsonArray &elements() const { return m_elements; }
    int restartCount() const { return m_restarts; }
    const QList<Wait> &waits() const { return m_waits; }

private:
    QJsonArray m_elements;
    int m_restarts = 0;
    QList<Wait> m_waits;
    MimecastError m_error;
    bool m_finished = false;
    bool m_failed = false;
};

TtpLogFetcher::Options fetchOptions(int pageSize, int maxAttempts);

// A fetcher of one log type over the test window, with its own client and a recorder.
struct FetchRun
{
    FetchRun(const QUrl &baseUrl, const MimecastCredentials &credentials, LogType type,
             const TtpLogFetcher::Options &options);

    ClientSetup setup;
    std::unique_ptr<TtpLogFetcher> fetcher;
    FetchRecorder *recorder = nullptr; // owned by fetcher
};

// Sends one call and processes events until its callback has run or timeoutMs passed.
// Returns false on timeout.
bool postAndWait(MimecastClient *client, const QString &path, const QJsonObject &body,
                 std::optional<LogType> logType, MimecastReply *reply, int timeoutMs = 10000);

} // namespace bridge::test
