#include "credentialeraser.h"

#include "credentialsource.h"
#include "guilogging.h"
#include "profilesettings.h"

namespace bridge {

CredentialEraser::CredentialEraser(SecretStore *store, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pending(keysOf(profile))
{ }

QStringList CredentialEraser::keysOf(const QString &profile)
{
    QList<CredentialField> fields = mimecastCredentialFields(MimecastApi::V2);
    fields += mimecastCredentialFields(MimecastApi::V1);
    for (const QString &destination : ProfileSettings::destinations())
        fields += destinationCredentialFields(destination);
    fields.append(proxyCredentialField());

    QStringList keys;
    for (const CredentialField &field : std::as_const(fields)) {
        const QString key = secretKeyName(profile, field.connector, field.keychainField);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

void CredentialEraser::start()
{
    removeNext();
}

void CredentialEraser::removeNext()
{
    if (m_pending.isEmpty()) {
        emit finished(m_failures);
        return;
    }
    const QString key = m_pending.takeFirst();
    if (!m_store) {
        m_failures.append(
                tr("%1: %2").arg(key, describeSecretStoreStatus(SecretStore::Status::NoBackend)));
        removeNext();
        return;
    }
    m_store->remove(key, this, [this, key](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok
            && result.status != SecretStore::Status::NotFound) {
            qCWarning(lcGui) << "removing keychain entry" << key << "failed:" << result.detail;
            //: %1 is a keychain entry name, %2 the reason removing it failed.
            m_failures.append(tr("%1: %2").arg(key, describeSecretStoreStatus(result.status)));
        }
        removeNext();
    });
}

} // namespace bridge
