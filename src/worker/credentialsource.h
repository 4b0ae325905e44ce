#pragma once

#include "mimecastauth.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace bridge {

// One secret of a profile: where it lives in the keychain and which environment variable
// overrides it.
struct CredentialField
{
    QString connector; // keychain connector: "mimecast", "sophos", "ingest"
    QString keychainField; // e.g. "client-secret"
    QString environmentVariable; // e.g. "MIMECAST_CLIENT_SECRET"

    bool operator==(const CredentialField &other) const
    {
        return environmentVariable == other.environmentVariable;
    }
};

QList<CredentialField> mimecastCredentialFields(MimecastApi api);
// The secrets a destination needs: Sophos client credentials, the ingest key, or none.
QList<CredentialField> destinationCredentialFields(const QString &destination);

// The proxy password, needed when the profile names a proxy user.
CredentialField proxyCredentialField();

// Builds Mimecast credentials from values keyed by environment variable name.
MimecastCredentials mimecastCredentialsFrom(MimecastApi api, const QHash<QString, QString> &values);

// Loads secrets: each from its environment variable when set, otherwise from the keychain.
// Reports the first keychain failure.
class CredentialLoader : public QObject
{
    Q_OBJECT

public:
    CredentialLoader(SecretStore *store, const QString &profile,
                     const QList<CredentialField> &fields, QObject *parent = nullptr);

    void start();

signals:
    // values are keyed by environment variable name. status is Ok when every field was found;
    // otherwise the status of the first failure and the keychain field it concerned.
    void finished(const QHash<QString, QString> &values, bridge::SecretStore::Status status,
                  const QString &failedField);

private:
    void readNext();

    QPointer<SecretStore> m_store;
    QString m_profile;
    QList<CredentialField> m_fields;
    QList<CredentialField> m_pending;
    QHash<QString, QString> m_values;
};

} // namespace bridge
