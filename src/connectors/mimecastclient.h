#pragma once

#include "logtype.h"
#include "mimecastauth.h"
#include "mimecastresponse.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge {

// Outcome of one Mimecast call after authentication retries.
struct MimecastReply
{
    MimecastError error;
    QJsonObject body; // calls other than get-logs
    LogsPage logs; // get-logs calls, the ones posted with a log type
    RateLimitInfo rateLimit;
    int httpStatus = 0;
    QString requestId;
    qint64 durationMs = 0;
};

// Classifies a reply that failed without an HTTP status: TLS, proxy authentication, or a
// retryable network failure, with a message naming the host or proxy.
MimecastError transportError(const QNetworkReply *reply);

// Sends authenticated JSON POST calls to one Mimecast account. Every call has a transfer
// timeout; an API 2.0 call that gets HTTP 401 renews the token once and is sent once more.
class MimecastClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const MimecastReply &)>;

    MimecastClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                   MimecastAuthenticator *authenticator, QObject *parent = nullptr);

    // logType, when set, names the permission in a 403 message.
    void post(const QString &path, const QJsonObject &body, std::optional<LogType> logType,
              const Callback &callback);

    // Aborts every call in flight; their callbacks report Cancelled.
    void abortAll();

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }
    int callCount() const { return m_calls; }
    QUrl baseUrl() const { return m_baseUrl; }
    MimecastAuthenticator *authenticator() const { return m_authenticator; }

private:
    struct Call
    {
        QString path;
        QByteArray payload;
        std::optional<LogType> logType;
        Callback callback;
        bool renewedToken = false;
    };

    void send(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply, qint64 durationMs);
    MimecastReply transportFailure(QNetworkReply *reply, const Call &call) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    MimecastAuthenticator *m_authenticator;
    int m_timeoutMs = 30000;
    int m_calls = 0;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace bridge
