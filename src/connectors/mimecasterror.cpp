#include "mimecasterror.h"

namespace bridge {

int MimecastError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::SignatureRejected:
    case Kind::CredentialsRejected:
    case Kind::PermissionDenied:
    case Kind::KeyBindingExpired:
    case Kind::ProxyAuthentication:
        return 3;
    case Kind::InvalidResponse:
        return 4;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::EndpointNotFound:
    case Kind::RequestFailed:
    case Kind::BadRequest:
    case Kind::Cancelled:
        break;
    }
    return 1;
}

QString MimecastError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::ProxyAuthentication:
        return QStringLiteral("proxy-authentication");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::SignatureRejected:
        return QStringLiteral("signature-rejected");
    case Kind::CredentialsRejected:
        return QStringLiteral("credentials-rejected");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::EndpointNotFound:
        return QStringLiteral("endpoint-not-found");
    case Kind::KeyBindingExpired:
        return QStringLiteral("key-binding-expired");
    case Kind::RequestFailed:
        return QStringLiteral("request-failed");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace bridge
