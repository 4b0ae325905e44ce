#pragma once

#include "sophoserror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge {

// Client credentials of one Sophos Central API credential. Only ever held in memory.
struct SophosCredentials
{
    QString clientId;
    QString clientSecret;
};

// Obtains, caches and renews the bearer token of the Sophos Central identity service with the
// OAuth 2.0 client-credentials grant. Concurrent callers share one token request.
class SophosTokenProvider : public QObject
{
    Q_OBJECT

public:
    using ReadyCallback = std::function<void(const SophosError &)>;
    using Clock = std::function<QDateTime()>;

    // A token is renewed this long before its expires_in runs out, so that a call started just
    // before expiry does not arrive with a dead token.
    static constexpr qint64 renewalMarginSeconds = 120;
    // Lifetime assumed when the token response has no expires_in; Sophos documents one hour.
    static constexpr qint64 defaultLifetimeSeconds = 3600;

    // identityUrl is the identity service base, such as https://id.sophos.com; it must already
    // have passed validateServiceUrl().
    SophosTokenProvider(QNetworkAccessManager *network, const QUrl &identityUrl,
                        const SophosCredentials &credentials, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Makes sure token() is usable, requesting a token when there is none or it is inside the
    // renewal margin. The callback runs once, possibly synchronously, with kind None on success.
    void ensureReady(const ReadyCallback &callback);

    QString token() const { return m_token; }
    // Forgets the token after an HTTP 401, so the next ensureReady() requests a new one.
    void invalidate();
    void cancel();

    // The client secret and the current token, for redaction.
    QStringList secretValues() const;
    int tokenRequestCount() const { return m_tokenRequests; }
    QDateTime tokenExpiry() const { return m_expiry; }

private:
    void requestToken();
    void finishTokenRequest(QNetworkReply *reply, qint64 durationMs);
    void notifyWaiting(const SophosError &error);

    QNetworkAccessManager *m_network;
    QUrl m_identityUrl;
    SophosCredentials m_credentials;
    Clock m_clock;
    int m_timeoutMs = 30000;
    QString m_token;
    QDateTime m_expiry;
    QList<ReadyCallback> m_waiting;
    QPointer<QNetworkReply> m_pending;
    int m_tokenRequests = 0;
};

} // namespace bridge
