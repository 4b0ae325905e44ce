#pragma once

#include <QString>

namespace bridge {

// Public demo credentials that the simulator accepts by default. They grant access to nothing
// but the local simulator, so the GUI's demo mode and the tests may use them freely. The
// simulator still never prints the secret ones, like a real service would not.
namespace demo {

// API 2.0 client credentials.
inline QString clientId()
{
    return QStringLiteral("demo-client-id");
}

inline QString clientSecret()
{
    return QStringLiteral("demo-client-secret");
}

// API 1.0 application and key pair.
inline QString appId()
{
    return QStringLiteral("demo-app-id");
}

inline QString appKey()
{
    return QStringLiteral("demo-app-key");
}

inline QString accessKey()
{
    return QStringLiteral("demo-access-key");
}

// Base64 of "demo-secret-key-for-the-simulator".
inline QString secretKey()
{
    return QStringLiteral("ZGVtby1zZWNyZXQta2V5LWZvci10aGUtc2ltdWxhdG9y");
}

// Sophos Central client credentials (OAuth2 client credentials grant).
inline QString sophosClientId()
{
    return QStringLiteral("demo-sophos-client-id");
}

inline QString sophosClientSecret()
{
    return QStringLiteral("demo-sophos-client-secret");
}

// Bearer key of the HTTPS ingest endpoint.
inline QString ingestKey()
{
    return QStringLiteral("demo-ingest-key");
}

// Id that the Sophos whoami call returns for the partner and organization variants.
inline QString sophosCallerId()
{
    return QStringLiteral("5b1c0d2e-8f3a-4c6b-9d7e-0a1b2c3d4e5f");
}

// Id of the demo tenant at a zero-based index: "7a3f6c10-5e2b-4d1a-9c00-000000000001" for 0.
// The tenant variant of whoami returns the id of tenant 0.
inline QString sophosTenantId(int index)
{
    return QStringLiteral("7a3f6c10-5e2b-4d1a-9c00-%1").arg(index + 1, 12, 10, QLatin1Char('0'));
}

} // namespace demo

// Credentials one Mimecast simulator accepts. Defaults are the demo values above.
struct MimecastSimulatorCredentials
{
    QString clientId = demo::clientId();
    QString clientSecret = demo::clientSecret();
    QString appId = demo::appId();
    QString appKey = demo::appKey();
    QString accessKey = demo::accessKey();
    QString secretKey = demo::secretKey();
};

// Credentials one Sophos simulator accepts. Defaults are the demo values above.
struct SophosSimulatorCredentials
{
    QString clientId = demo::sophosClientId();
    QString clientSecret = demo::sophosClientSecret();
    QString ingestKey = demo::ingestKey();
};

} // namespace bridge
