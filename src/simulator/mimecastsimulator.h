#pragma once

#include "httpserver.h"
#include "logtype.h"
#include "mimecastauthcheck.h"
#include "mimecastfaults.h"
#include "mimecastpaging.h"
#include "mimecastrecordstore.h"
#include "simulatorcredentials.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

namespace bridge {

// A local Mimecast API server for tests and demo mode. It serves API 1.0 (signed requests) and
// API 2.0 (bearer tokens) side by side on one port of 127.0.0.1:
//
//   POST /oauth/token                          API 2.0 token (form-encoded client credentials)
//   POST /api/login/discover-authentication    unsigned; region.api is this server's base URL
//   POST /api/account/get-account              the demo customer
//   POST /api/ttp/{attachment,impersonation,url}/get-logs
//                                              pages over the loaded records
//
// and, for tests that drive a separate process:
//
//   GET/POST/DELETE /_simulator/faults         read, change (JSON of fault switches), reset
//   GET/DELETE /_simulator/requests            read or clear the request log
//
// The request log contains method, path, API version, page token and size, window, status and
// the fault applied. It never contains headers, credentials or access tokens.
class MimecastSimulator : public QObject
{
    Q_OBJECT

public:
    explicit MimecastSimulator(QObject *parent = nullptr);
    ~MimecastSimulator() override;

    // Listens on 127.0.0.1; port 0 picks a free port.
    bool listen(quint16 port = 0);
    void close();
    QString errorString() const;
    // "http://127.0.0.1:<port>", or an empty URL when not listening.
    QUrl baseUrl() const;

    void setCredentials(const MimecastSimulatorCredentials &credentials);
    const MimecastSimulatorCredentials &credentials() const;
    // Lifetime of new API 2.0 access tokens in seconds (default 1799, as Mimecast issues).
    void setTokenLifetime(int seconds);
    int tokenLifetime() const;
    void revokeAllTokens();

    // Folder of the demo data set compiled into the library, or an empty string when the
    // build had none.
    static QString demoDataFolder();
    // Loads ttp-attachment.ndjson, ttp-impersonation.ndjson and ttp-url.ndjson from a folder.
    bool loadDataSet(const QString &folder, QString *error = nullptr);
    // Replaces the records of one log type; each line is one JSON value.
    void setRecords(LogType type, const QList<QByteArray> &rawLines);
    qsizetype recordCount(LogType type) const;
    // Moves every record time by whole seconds.
    void shiftRecordTimes(qint64 seconds);
    // Shifts each log type so that its newest record lands five minutes before the
    // simulator's clock.
    void shiftRecordTimesToNow();

    MimecastFaults &faults() { return m_faults; }
    const MimecastFaults &faults() const { return m_faults; }
    void setFaults(const MimecastFaults &faults) { m_faults = faults; }

    QJsonArray requestLog() const { return m_requestLog; }
    void clearRequestLog() { m_requestLog = QJsonArray(); }
    // Requests left unanswered by the hang fault on connections that are still open.
    int heldRequestCount() const;

    // The simulator's clock: the current UTC time plus the clock-skew fault setting.
    QDateTime currentTime() const;

signals:
    // Emitted after each API request with the entry added to the request log.
    void requestRecorded(const QJsonObject &entry);

private:
    // Result of a handler: a response, or nothing at all for the hang fault.
    struct Reply
    {
        HttpResponse response;
        bool hold = false;
    };

    void handleRequest(const HttpRequest &request, HttpResponder &responder);
    Reply handleApiRequest(const HttpRequest &request, QJsonObject *entry);
    Reply handleControlRequest(const HttpRequest &request);
    HttpResponse handleDiscovery(const HttpRequest &request);

    // Defined in mimecastdatacalls.cpp.
    Reply handleDataCall(const HttpRequest &request, std::optional<LogType> type,
                         QJsonObject *entry);
    std::optional<Reply> takeCountedFault(std::optional<LogType> type, QJsonObject *entry);
    HttpResponse servePage(LogType type, const HttpRequest &request, const AuthCheckResult &auth,
                           QJsonObject *entry);

    void addRateLimitHeaders(HttpResponse *response);
    void record(QJsonObject entry);

    HttpServer *m_server;
    MimecastAuthCheck m_auth;
    MimecastRecordStore m_records;
    PageTokenCodec m_pageTokens;
    MimecastFaults m_faults;
    QJsonArray m_requestLog;
    QDateTime m_rateWindowStart;
    int m_rateWindowCalls = 0;
};

} // namespace bridge
