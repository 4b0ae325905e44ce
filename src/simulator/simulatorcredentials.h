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

} // namespace bridge
