#include "credentialsource.h"

#include <QProcessEnvironment>

namespace bridge {

QList<CredentialField> credentialFields(MimecastApi api)
{
    if (api == MimecastApi::V2) {
        return {
                {QStringLiteral("client-id"), QStringLiteral("MIMECAST_CLIENT_ID"),
                 &MimecastCredentials::clientId},
                {QStringLiteral("client-secret"), QStringLiteral("MIMECAST_CLIENT_SECRET"),
                 &MimecastCredentials::clientSecret},
        };
    }
    return {
            {QStringLiteral("app-id"), QStringLiteral("MIMECAST_APP_ID"),
             &MimecastCredentials::appId},
            {QStringLiteral("app-key"), QStringLiteral("MIMECAST_APP_KEY"),
             &MimecastCredentials::appKey},
            {QStringLiteral("access-key"), QStringLiteral("MIMECAST_ACCESS_KEY"),
             &MimecastCredentials::accessKey},
            {QStringLiteral("secret-key"), QStringLiteral("MIMECAST_SECRET_KEY"),
             &MimecastCredentials::secretKey},
    };
}

CredentialLoader::CredentialLoader(SecretStore *store, const QString &profile, MimecastApi api,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
{
    m_credentials.api = api;
}

void CredentialLoader::start()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_pending.clear();
    for (const CredentialField &field : credentialFields(m_credentials.api)) {
        const QString value = environment.value(field.environmentVariable).trimmed();
        if (value.isEmpty())
            m_pending.append(field);
        else
            m_credentials.*field.member = value;
    }
    readNext();
}

void CredentialLoader::readNext()
{
    if (m_pending.isEmpty()) {
        emit finished(m_credentials, SecretStore::Status::Ok, {});
        return;
    }
    if (!m_store) {
        emit finished(m_credentials, SecretStore::Status::NoBackend,
                      m_pending.first().keychainField);
        return;
    }

    const CredentialField field = m_pending.takeFirst();
    const QString key = secretKeyName(m_profile, QStringLiteral("mimecast"), field.keychainField);
    m_store->read(key, this, [this, field](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok) {
            emit finished(m_credentials, result.status, field.keychainField);
            return;
        }
        m_credentials.*field.member = result.value;
        readNext();
    });
}

} // namespace bridge
