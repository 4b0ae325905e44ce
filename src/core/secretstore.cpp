#include "secretstore.h"

#include <QCoreApplication>

namespace bridge {

QString secretKeyName(const QString &profile, const QString &connector, const QString &field)
{
    return QStringLiteral("mimecast-bridge/v1/%1/%2/%3").arg(profile, connector, field);
}

QString describeSecretStoreStatus(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return QCoreApplication::translate("SecretStore", "The keychain operation succeeded.");
    case SecretStore::Status::NotFound:
        return QCoreApplication::translate(
                "SecretStore", "No credentials are stored for this profile. Store them first.");
    case SecretStore::Status::NoBackend:
        return QCoreApplication::translate(
                "SecretStore",
                "No keychain service is available. Install and start a Secret Service provider "
                "such as GNOME Keyring or KWallet, then try again.");
    case SecretStore::Status::AccessDenied:
        return QCoreApplication::translate(
                "SecretStore",
                "Access to the keychain was denied or the keyring is locked. Unlock the keyring "
                "and allow access, then try again.");
    case SecretStore::Status::TooLarge:
        return QCoreApplication::translate(
                "SecretStore",
                "The value is too large for the keychain. Check that the right value was pasted.");
    case SecretStore::Status::OtherError:
        break;
    }
    return QCoreApplication::translate("SecretStore",
                                       "The keychain reported an error. See the log for details.");
}

} // namespace bridge
