#pragma once

#include "backoffpolicy.h"
#include "clioptions.h"
#include "credentialsource.h"
#include "exitcodes.h"
#include "mimecastauth.h"
#include "profilesettings.h"
#include "secretstore.h"
#include "threatmapping.h"

#include <QObject>
#include <QTextStream>

class QNetworkAccessManager;

namespace bridge {

class MimecastClient;

// Shared set-up of the commands: the effective profile settings, the keychain, credentials and
// a Mimecast client. A command emits finished() once with its exit status.
class CommandBase : public QObject
{
    Q_OBJECT

public:
    explicit CommandBase(const CliOptions &options, QObject *parent = nullptr);

    virtual void start() = 0;

    // Retry timing, adjustable for slow links and for tests through the environment variables
    // MIMECAST_BRIDGE_INITIAL_BACKOFF_MS (first retry delay, default 2000) and
    // MIMECAST_BRIDGE_TIMEOUT_MS (transfer timeout of one call, default 30000).
    static BackoffPolicy backoffPolicy();
    static int transferTimeoutMs();

signals:
    void finished(int exitCode);

protected:
    // Merges the command line over the saved profile. Returns false after reporting a usage
    // error.
    bool resolveSettings();
    QUrl resolveBaseUrl(QString *error) const;
    QString configFolder() const;
    // The profile's state database: <state folder>/<profile>.sqlite.
    QString databasePath() const;

    // The profile's mapping override table, when its file exists and is valid. An invalid file
    // is reported and std::nullopt returned, so the built-in table stays in force.
    std::optional<ThreatMappingTable> loadMappingOverride();

    // Reads the credentials (environment first, then keychain) and calls onLoaded, or reports
    // the failure and finishes.
    void loadCredentials(const std::function<void(const MimecastCredentials &)> &onLoaded);
    // Reads any set of secrets the same way; values are keyed by environment variable name.
    void loadSecrets(const QList<CredentialField> &fields,
                     const std::function<void(const QHash<QString, QString> &)> &onLoaded);

    // Validates credentials locally: every field present, API 1.0 secret key valid base64.
    bool checkCredentialFormat(const MimecastCredentials &credentials);

    MimecastClient *createClient(const MimecastCredentials &credentials);
    // The command's network manager, configured with the profile's CA bundle and proxy.
    QNetworkAccessManager *networkManager();

    SecretStore *secretStore();
    void reportKeychainFailure(SecretStore::Status status, const QString &field,
                               const QList<CredentialField> &fields);

    void printError(const QString &message);
    void finish(int exitCode);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Creates network managers with the profile's CA bundle and proxy; set by loadCredentials().
    std::function<QNetworkAccessManager *(QObject *)> m_networkFactory;

    CliOptions m_options;
    ProfileSettings m_settings;
    MimecastApi m_api = MimecastApi::V2;

private:
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_store = nullptr;
    bool m_finished = false;
};

} // namespace bridge
