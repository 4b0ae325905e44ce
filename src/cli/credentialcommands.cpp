#include "credentialcommands.h"

#include "connectioncheck.h"
#include "mimecastclient.h"
#include "terminalinput.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace bridge {

namespace {

QString mimecastKey(const QString &profile, const QString &field)
{
    return secretKeyName(profile, QStringLiteral("mimecast"), field);
}

} // namespace

void StoreCredentialsCommand::start()
{
    if (!resolveSettings())
        return;

    MimecastCredentials credentials;
    credentials.api = m_api;
    if (!readCredentials(&credentials))
        return;
    if (!checkCredentialFormat(credentials))
        return;
    verifyThenStore(credentials);
}

bool StoreCredentialsCommand::readCredentials(MimecastCredentials *credentials)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QList<CredentialField> fields = credentialFields(m_api);

    QList<CredentialField> fromInput;
    for (const CredentialField &field : fields) {
        const QString value = environment.value(field.environmentVariable).trimmed();
        if (value.isEmpty())
            fromInput.append(field);
        else
            credentials->*field.member = value;
    }
    if (fromInput.isEmpty())
        return true;

    QStringList names;
    for (const CredentialField &field : std::as_const(fromInput))
        names.append(field.environmentVariable);

    QString error;
    const QHash<QString, QString> values = readCredentialInput(names, &error);
    if (!error.isEmpty()) {
        printError(error);
        finish(ExitUsageError);
        return false;
    }
    for (const CredentialField &field : std::as_const(fromInput))
        credentials->*field.member = values.value(field.environmentVariable).trimmed();
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
    connect(check, &ConnectionCheck::finished, this, [this, credentials](bool passed) {
        if (!passed)
            return;
        for (const CredentialField &field : credentialFields(m_api))
            m_toWrite.append({mimecastKey(m_options.profile, field.keychainField),
                              (credentials.*field.member).trimmed()});
        storeNext();
    });
    check->start();
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
                    reportKeychainFailure(old.status, key.section(u'/', -1));
                    return;
                }

                secretStore()->write(
                        key, value, this, [this, key](const SecretStore::Result &result) {
                            if (result.status != SecretStore::Status::Ok) {
                                restorePrevious(describeSecretStoreStatus(result.status));
                                reportKeychainFailure(result.status, key.section(u'/', -1));
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
    for (const MimecastApi api : {MimecastApi::V2, MimecastApi::V1}) {
        for (const CredentialField &field : credentialFields(api))
            m_keys.append(mimecastKey(m_options.profile, field.keychainField));
    }
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
            reportKeychainFailure(existing.status, key.section(u'/', -1));
            return;
        }
        secretStore()->remove(key, this, [this, key](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Ok)
                ++m_removed;
            else if (result.status != SecretStore::Status::NotFound) {
                reportKeychainFailure(result.status, key.section(u'/', -1));
                return;
            }
            removeNext();
        });
    });
}

} // namespace bridge
