#pragma once

#include "mimecasterror.h"
#include "mimecastregions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bridge {

// Credentials of one Mimecast account. Only ever held in memory.
struct MimecastCredentials
{
    MimecastApi api = MimecastApi::V2;
    QString clientId; // API 2.0
    QString clientSecret; // API 2.0
    QString appId; // API 1.0
    QString appKey; // API 1.0
    QString accessKey; // API 1.0
    QString secretKey; // API 1.0, base64

    // Names the first missing field, or returns an empty string when all are present.
    QString missingField() const;
    QStringList secretValues() const;
};

// Adds authentication to Mimecast requests. API 1.0 signs each request; API 2.0 obtains,
// caches and renews an OAuth bearer token.
class MimecastAuthenticator : public QObject
{
    Q_OBJECT

public:
    using ReadyCallback = std::function<void(const MimecastError &)>;
    using Clock = std::function<QDateTime()>;

    using QObject::QObject;

    virtual MimecastApi api() const = 0;

    // Makes sure the next authorize() can succeed, fetching a token if needed. The callback
    // runs once, possibly synchronously, with an error of kind None on success.
    virtual void ensureReady(const ReadyCallback &callback) = 0;

    // Adds the authentication headers for a call to path.
    virtual void authorize(QNetworkRequest &request, const QString &path) = 0;

    // Called after an HTTP 401. Returns true when a renewed attempt is worth making.
    virtual bool invalidateAfterUnauthorized() = 0;

    virtual QStringList secretValues() const = 0;
    virtual void cancel() { }
};

class ApiV1Authenticator : public MimecastAuthenticator
{
    Q_OBJECT

public:
    using RequestIdGenerator = std::function<QString()>;

    // secretKey must already have been checked with decodeSecretKey().
    ApiV1Authenticator(const MimecastCredentials &credentials, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRequestIdGenerator(RequestIdGenerator generator)
    {
        m_requestIds = std::move(generator);
    }

    MimecastApi api() const override { return MimecastApi::V1; }
    void ensureReady(const ReadyCallback &callback) override;
    void authorize(QNetworkRequest &request, const QString &path) override;
    bool invalidateAfterUnauthorized() override { return false; }
    QStringList secretValues() const override;

private:
    MimecastCredentials m_credentials;
    QByteArray m_decodedSecret;
    Clock m_clock;
    RequestIdGenerator m_requestIds;
};

class ApiV2Authenticator : public MimecastAuthenticator
{
    Q_OBJECT

public:
    // Tokens are renewed this long before expires_in runs out.
    static constexpr qint64 renewalMarginSeconds = 60;

    ApiV2Authenticator(QNetworkAccessManager *network, const QUrl &baseUrl,
                       const MimecastCredentials &credentials, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    MimecastApi api() const override { return MimecastApi::V2; }
    void ensureReady(const ReadyCallback &callback) override;
    void authorize(QNetworkRequest &request, const QString &path) override;
    bool invalidateAfterUnauthorized() override;
    QStringList secretValues() const override;
    void cancel() override;

    int tokenRequestCount() const { return m_tokenRequests; }
    QDateTime tokenExpiry() const { return m_expiry; }

private:
    void requestToken();
    void finishTokenRequest(QNetworkReply *reply, bool timedOut);
    void notifyWaiting(const MimecastError &error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    MimecastCredentials m_credentials;
    Clock m_clock;
    int m_timeoutMs = 30000;
    QString m_token;
    QDateTime m_expiry;
    QList<ReadyCallback> m_waiting;
    QPointer<QNetworkReply> m_pending;
    int m_tokenRequests = 0;
};

} // namespace bridge
