#pragma once

#include "commandbase.h"
#include "credentialsource.h"

namespace bridge {

// "store-credentials": reads each field from its environment variable or, failing that, from
// standard input, checks the credentials against Mimecast, and only then writes them to the
// keychain together with the profile's non-secret settings.
class StoreCredentialsCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    void start() override;

private:
    void readStoredNext();
    bool readCredentials(MimecastCredentials *credentials);
    void verifyThenStore(const MimecastCredentials &credentials);
    void verifySophosThenStore();
    void storeNext();
    void restorePrevious(const QString &failure);

    QList<CredentialField> m_fields;
    QHash<QString, QString> m_values; // by environment variable name
    QList<CredentialField> m_storedToRead;
    QHash<QString, QString> m_storedValues; // already in the keychain
    QList<std::pair<QString, QString>> m_toWrite; // keychain key, value
    QList<std::pair<QString, QString>> m_previous; // values found before writing
    QList<QString> m_written;
};

// "forget-credentials": removes every credential of the profile from the keychain.
class ForgetCredentialsCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    void start() override;

private:
    void removeNext();

    QStringList m_keys;
    int m_removed = 0;
};

} // namespace bridge
