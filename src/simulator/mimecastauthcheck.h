#pragma once

#include "httpserver.h"
#include "simulatorcredentials.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace bridge {

enum class MimecastApiVersion { Unknown, V1, V2 };

// Result of checking the credentials of one API call.
struct AuthCheckResult
{
    MimecastApiVersion version = MimecastApiVersion::Unknown;
    bool accepted = false;
    HttpResponse rejection; // sent as is when not accepted
    QString accessToken; // API 2.0 token that authorized the call; never log it
};

// Largest difference between x-mc-date and the simulator's clock that API 1.0 accepts.
inline constexpr qint64 maxSigningDateSkewSeconds = 15 * 60;

// Issues API 2.0 access tokens and checks API 1.0 signatures and API 2.0 bearer tokens.
// A request whose Authorization starts with "Bearer " is API 2.0, one with "MC " is API 1.0.
//
// Error codes that no captured Mimecast response shows (unknown app id or access key, date
// out of range, missing headers) are this simulator's own, in Mimecast's err_xdk_ style.
class MimecastAuthCheck
{
public:
    void setCredentials(const MimecastSimulatorCredentials &credentials);
    const MimecastSimulatorCredentials &credentials() const { return m_credentials; }

    void setTokenLifetime(int seconds) { m_tokenLifetimeSeconds = seconds; }
    int tokenLifetime() const { return m_tokenLifetimeSeconds; }

    // Handles POST /oauth/token (form-encoded client_id, client_secret, grant_type).
    HttpResponse issueToken(const HttpRequest &request, const QDateTime &now,
                            bool rejectCredentials);

    AuthCheckResult check(const HttpRequest &request, const QDateTime &now, bool rejectSignatures);

    void revokeToken(const QString &token) { m_tokenExpiry.remove(token); }
    void revokeAllTokens() { m_tokenExpiry.clear(); }

private:
    AuthCheckResult checkBearer(const QByteArray &token, const QDateTime &now);
    AuthCheckResult checkSignature(const HttpRequest &request, const QDateTime &now,
                                   bool rejectSignatures) const;

    MimecastSimulatorCredentials m_credentials;
    int m_tokenLifetimeSeconds = 1799;
    QHash<QString, QDateTime> m_tokenExpiry;
};

} // namespace bridge
