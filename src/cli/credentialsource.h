#pragma once

#include "mimecastauth.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>

namespace bridge {

// One credential field: its keychain field name and its environment variable.
struct CredentialField
{
    QString keychainField; // e.g. "client-secret"
    QString environmentVariable; // e.g. "MIMECAST_CLIENT_SECRET"
    QString MimecastCredentials::*member;
};

QList<CredentialField> credentialFields(MimecastApi api);

// Loads a profile's Mimecast credentials: each field from its environment variable when set,
// otherwise from the keychain. Reports the first keychain failure.
class CredentialLoader : public QObject
{
    Q_OBJECT

public:
    CredentialLoader(SecretStore *store, const QString &profile, MimecastApi api,
                     QObject *parent = nullptr);

    void start();

signals:
    // status is Ok when every field was found; otherwise the status of the first failure and
    // the keychain field it concerned.
    void finished(const bridge::MimecastCredentials &credentials,
                  bridge::SecretStore::Status status, const QString &failedField);

private:
    void readNext();

    QPointer<SecretStore> m_store;
    QString m_profile;
    MimecastCredentials m_credentials;
    QList<CredentialField> m_pending;
};

} // namespace bridge
