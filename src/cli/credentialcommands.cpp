#include "credentialcommands.h"

#include "connectioncheck.h"
#include "mimecastclient.h"
#include "sophoscentralclient.h"
#include "terminalinput.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <unistd.h>

namespace bridge {

void StoreCredentialsCommand::start()
{
    if (!resolveSettings())
        return;

    // Mimecast credentials already in the keychain need not be entered again, for example to
    // add the destination's secrets later. Reading them first also finds out whether a keychain
    // is usable before anything is tested over the network.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const CredentialField &field : mimecastCredentialFields(m_api)) {
        if (environment.value(field.environmentVariable).trimmed().isEmpty())
            m_storedToRead.append(field);
    }
    readStoredNext();
}

void StoreCredentialsCommand::readStoredNext()
{
    if (m_storedToRead.isEmpty()) {
        MimecastCredentials credentials;
        credentials.api = m_api;
        if (!readCredentials(&credentials))
            return;
        if (!checkCredentialFormat(credentials))
            return;
        verifyThenStore(credentials);
        return;
    }

    const CredentialField field = m_storedToRead.takeFirst();
    const QString key = secretKeyName(m_options.profile, field.connector, field.keychainField);
    secretStore()->read(key, this, [this, field](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok) {
            m_storedValues.insert(field.environmentVariable, result.value.trimmed());
        } else if (result.status != SecretStore::Status::NotFound) {
            reportKeychainFailure(result.status, field.connector + u'/' + field.keychainField, {});
            return;
        }
        readStoredNext();
    });
}

bool StoreCredentialsCommand::readCredentials(MimecastCredentials *credentials)
{
    // Destination secrets are required only when --destination names the destination now;
    // otherwise they are stored when given, so Mimecast credentials can be stored first.
    QList<CredentialField> mimecastFields = mimecastCredentialFields(m_api);
    // A proxy user in the profile means its password belongs in the keychain too.
    if (!m_settings.proxyUser.isEmpty())
        mimecastFields.append(proxyCredentialField());
    const QList<CredentialField> destinationFields
            = destinationCredentialFields(m_settings.destination);
    const bool destinationRequired = !m_options.destination.isEmpty();

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList required;
    QStringList optional;
    for (const CredentialField &field : mimecastFields + destinationFields) {
        const QString value = environment.value(field.environmentVariable).trimmed();
        const bool isDestination = destinationFields.contains(field);
        const bool stored = m_storedValues.contains(field.environmentVariable);
        if (!value.isEmpty())
            m_values.insert(field.environmentVariable, value);
        else if (stored)
            optional.append(field.environmentVariable); // standard input may replace it
        else if (!isDestination || destinationRequired)
            required.append(field.environmentVariable);
        else
            optional.append(field.environmentVariable);
    }

    if (!required.isEmpty() || (!optional.isEmpty() && !isatty(STDIN_FILENO))) {
        QString error;
        const QHash<QString, QString> values = readCredentialInput(required, optional, &error);
        if (!error.isEmpty()) {
            printError(error);
            finish(ExitUsageError);
            return false;
        }
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            m_values.insert(it.key(), it.value().trimmed());
    }
    for (auto it = m_storedValues.constBegin(); it != m_storedValues.constEnd(); ++it) {
        if (m_values.value(it.key()).isEmpty())
            m_values.insert(it.key(), it.value());
    }

    m_fields = mimecastFields;
    for (const CredentialField &field : destinationFields) {
        if (!m_values.value(field.environmentVariable).isEmpty())
            m_fields.append(field);
    }
    *credentials = mimecastCredentialsFrom(m_api, m_values);
    return true;
}

void StoreCredentialsCommand::verifyThenStore(const MimecastCredentials &credentials)
{
    MimecastClient *client = createClient(credentials);
    auto *check = new ConnectionCheck(client, {}, this);
    connect(check, &ConnectionCheck::stepFinished, this, [this](const ConnectionCheck::Step &step) {
        if (!step.passed) {
            printError(QCoreApplication::translate("StoreCredentials", "Nothing was stored: %1")
                               .arg(step.message));
            finish(step.error.exitCode());
            return;
        }
        out() << QCoreApplication::translate("StoreCredentials", "PASS %1: %2")
                         .arg(step.name, step.message)
              << Qt::endl;
    });
    connect(check, &ConnectionCheck::finished, this, [this](bool passed) {
        if (passed)
            verifySophosThenStore();
    });
    check->start();
}

void StoreCredentialsCommand::verifySophosThenStore()
{
    const auto queueWrites = [this] {
        for (const CredentialField &field : std::as_const(m_fields)) {
            m_toWrite.append(
                    {secretKeyName(m_options.profile, field.connector, field.keychainField),
                     m_values.value(field.environmentVariable)});
        }
        storeNext();
    };

    const QString clientId = m_values.value(QStringLiteral("SOPHOS_CLIENT_ID"));
    const QString clientSecret = m_values.value(QStringLiteral("SOPHOS_CLIENT_SECRET"));
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        queueWrites();
        return;
    }

    SophosEndpoints endpoints;
    if (!m_settings.sophosIdentityUrl.isEmpty())
        endpoints.identityUrl = m_settings.sophosIdentityUrl;
    if (!m_settings.sophosApiUrl.isEmpty())
        endpoints.apiUrl = m_settings.sophosApiUrl;
    auto *client = new SophosCentralClient(networkManager(), endpoints,
                                           SophosCredentials {clientId, clientSecret}, this);
    client->whoami([this, queueWrites](const SophosError &error, const SophosIdentity &identity) {
        if (error.kind != SophosError::Kind::None) {
            printError(QCoreApplication::translate("StoreCredentials", "Nothing was stored: %1")
                               .arg(error.message));
            finish(error.kind == SophosError::Kind::Unauthorized
                                   || error.kind == SophosError::Kind::Forbidden
                           ? ExitAuthenticationFailure
                           : ExitRuntimeFailure);
            return;
        }
        out() << QCoreApplication::translate("StoreCredentials",
                                             "PASS sophos: The Sophos Central credentials belong "
                                             "to a %1 account.")
                         .arg(identity.typeName())
              << Qt::endl;
        queueWrites();
    });
}

void StoreCredentialsCommand::storeNext()
{
    if (m_toWrite.isEmpty()) {
        QString error;
        if (!m_settings.save(configFolder(), &error)) {
            printError(error);
            finish(ExitRuntimeFailure);
            return;
        }
        out() << QCoreApplication::translate("StoreCredentials",
                                             "Stored %n credential(s) of profile \"%1\" in the "
                                             "keychain.",
                                             nullptr, int(m_written.size()))
                         .arg(m_options.profile)
              << Qt::endl;
        finish(ExitSuccess);
        return;
    }

    const auto [key, value] = m_toWrite.first();
    // Remember the old value first, so a failed write can put it back.
    secretStore()->read(
            key, this, [this, key = key, value = value](const SecretStore::Result &old) {
                if (old.status == SecretStore::Status::Ok)
                    m_previous.append({key, old.value});
                else if (old.status != SecretStore::Status::NotFound) {
                    reportKeychainFailure(old.status, key.section(u'/', -2), m_fields);
                    return;
                }

                secretStore()->write(
                        key, value, this, [this, key](const SecretStore::Result &result) {
                            if (result.status != SecretStore::Status::Ok) {
                                restorePrevious(describeSecretStoreStatus(result.status));
                                reportKeychainFailure(result.status, key.section(u'/', -2), {});
                                return;
                            }
                            m_written.append(key);
                            m_toWrite.removeFirst();
                            storeNext();
                        });
            });
}

void StoreCredentialsCommand::restorePrevious(const QString &failure)
{
    printError(QCoreApplication::translate("StoreCredentials",
                                           "Writing to the keychain failed (%1); restoring the "
                                           "previous values.")
                       .arg(failure));
    for (const auto &[key, value] : std::as_const(m_previous))
        secretStore()->write(key, value, this, [](const SecretStore::Result &) {});
}

void ForgetCredentialsCommand::start()
{
    QList<CredentialField> fields
            = mimecastCredentialFields(MimecastApi::V2) + mimecastCredentialFields(MimecastApi::V1);
    for (const QString &destination : ProfileSettings::destinations())
        fields += destinationCredentialFields(destination);
    for (const CredentialField &field : std::as_const(fields))
        m_keys.append(secretKeyName(m_options.profile, field.connector, field.keychainField));
    removeNext();
}

void ForgetCredentialsCommand::removeNext()
{
    if (m_keys.isEmpty()) {
        out() << QCoreApplication::translate("ForgetCredentials",
                                             "Removed %n credential(s) of profile \"%1\" from "
                                             "the keychain.",
                                             nullptr, m_removed)
                         .arg(m_options.profile)
              << Qt::endl;
        finish(ExitSuccess);
        return;
    }

    // The Secret Service reports success for deleting an absent entry, so each entry is read
    // first and only existing ones are removed and counted.
    const QString key = m_keys.takeFirst();
    secretStore()->read(key, this, [this, key](const SecretStore::Result &existing) {
        if (existing.status == SecretStore::Status::NotFound) {
            removeNext();
            return;
        }
        if (existing.status != SecretStore::Status::Ok) {
            reportKeychainFailure(existing.status, key.section(u'/', -2), {});
            return;
        }
        secretStore()->remove(key, this, [this, key](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Ok)
                ++m_removed;
            else if (result.status != SecretStore::Status::NotFound) {
                reportKeychainFailure(result.status, key.section(u'/', -2), {});
                return;
            }
            removeNext();
        });
    });
}

} // namespace bridge
