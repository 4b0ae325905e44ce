#include "keychainprobe.h"

#include "platformlogging.h"

#include <QMetaObject>

namespace bridge {

QString secretStoreStatusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return QStringLiteral("Ok");
    case SecretStore::Status::NotFound:
        return QStringLiteral("NotFound");
    case SecretStore::Status::NoBackend:
        return QStringLiteral("NoBackend");
    case SecretStore::Status::AccessDenied:
        return QStringLiteral("AccessDenied");
    case SecretStore::Status::TooLarge:
        return QStringLiteral("TooLarge");
    case SecretStore::Status::OtherError:
        break;
    }
    return QStringLiteral("OtherError");
}

KeychainProbe::KeychainProbe(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString KeychainProbe::sentinelKey()
{
    return QStringLiteral("mimecast-bridge/v1/_probe/sentinel");
}

bool KeychainProbe::isAvailableStatus(SecretStore::Status status)
{
    return status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound;
}

void KeychainProbe::start()
{
    if (m_running)
        return;
    m_running = true;

    if (!m_store) {
        KeychainProbeResult result;
        result.detail = QStringLiteral("No secret store was given to the keychain probe");
        QMetaObject::invokeMethod(
                this,
                [this, result]() {
                    m_running = false;
                    emit finished(result);
                },
                Qt::QueuedConnection);
        return;
    }

    m_store->read(sentinelKey(), this, [this](const SecretStore::Result &readResult) {
        KeychainProbeResult result;
        result.status = readResult.status;
        result.available = isAvailableStatus(readResult.status);
        if (!result.available)
            result.detail = readResult.detail;

        if (result.available) {
            qCInfo(lcPlatform) << "Keychain probe: a keychain backend is available";
        } else {
            qCWarning(lcPlatform).noquote()
                    << "Keychain probe: no usable keychain, status"
                    << secretStoreStatusName(result.status) << ":" << result.detail;
        }
        m_running = false;
        emit finished(result);
    });
}

} // namespace bridge
