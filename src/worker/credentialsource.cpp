#include "credentialsource.h"

#include <QProcessEnvironment>

namespace bridge {

namespace {

CredentialField field(const char *connector, const char *keychainField, const char *variable)
{
    return {QString::fromLatin1(connector), QString::fromLatin1(keychainField),
            QString::fromLatin1(variable)};
}

} // namespace

QList<CredentialField> mimecastCredentialFields(MimecastApi api)
{
    if (api == MimecastApi::V2) {
        return {field("mimecast", "client-id", "MIMECAST_CLIENT_ID"),
                field("mimecast", "client-secret", "MIMECAST_CLIENT_SECRET")};
    }
    return {field("mimecast", "app-id", "MIMECAST_APP_ID"),
            field("mimecast", "app-key", "MIMECAST_APP_KEY"),
            field("mimecast", "access-key", "MIMECAST_ACCESS_KEY"),
            field("mimecast", "secret-key", "MIMECAST_SECRET_KEY")};
}

QList<CredentialField> destinationCredentialFields(const QString &destination)
{
    if (destination == u"sophos-case") {
        return {field("sophos", "client-id", "SOPHOS_CLIENT_ID"),
                field("sophos", "client-secret", "SOPHOS_CLIENT_SECRET")};
    }
    if (destination == u"https")
        return {field("ingest", "key", "INGEST_KEY")};
    return {};
}

CredentialField proxyCredentialField()
{
    return field("proxy", "password", "MIMECAST_BRIDGE_PROXY_PASSWORD");
}

MimecastCredentials mimecastCredentialsFrom(MimecastApi api, const QHash<QString, QString> &values)
{
    MimecastCredentials credentials;
    credentials.api = api;
    credentials.clientId = values.value(QStringLiteral("MIMECAST_CLIENT_ID"));
    credentials.clientSecret = values.value(QStringLiteral("MIMECAST_CLIENT_SECRET"));
    credentials.appId = values.value(QStringLiteral("MIMECAST_APP_ID"));
    credentials.appKey = values.value(QStringLiteral("MIMECAST_APP_KEY"));
    credentials.accessKey = values.value(QStringLiteral("MIMECAST_ACCESS_KEY"));
    credentials.secretKey = values.value(QStringLiteral("MIMECAST_SECRET_KEY"));
    return credentials;
}

CredentialLoader::CredentialLoader(SecretStore *store, const QString &profile,
                                   const QList<CredentialField> &fields, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_fields(fields)
{ }

void CredentialLoader::start()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_pending.clear();
    m_values.clear();
    for (const CredentialField &credentialField : std::as_const(m_fields)) {
        const QString value = environment.value(credentialField.environmentVariable).trimmed();
        if (value.isEmpty())
            m_pending.append(credentialField);
        else
            m_values.insert(credentialField.environmentVariable, value);
    }
    readNext();
}

void CredentialLoader::readNext()
{
    if (m_pending.isEmpty()) {
        emit finished(m_values, SecretStore::Status::Ok, {});
        return;
    }
    if (!m_store) {
        emit finished(m_values, SecretStore::Status::NoBackend, m_pending.first().keychainField);
        return;
    }

    const CredentialField next = m_pending.takeFirst();
    const QString key = secretKeyName(m_profile, next.connector, next.keychainField);
    m_store->read(key, this, [this, next](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok) {
            emit finished(m_values, result.status, next.connector + u'/' + next.keychainField);
            return;
        }
        m_values.insert(next.environmentVariable, result.value.trimmed());
        readNext();
    });
}

} // namespace bridge
