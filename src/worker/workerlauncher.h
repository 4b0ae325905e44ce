#pragma once

#include "backoffpolicy.h"
#include "mimecastauth.h"
#include "profilesettings.h"
#include "secretstore.h"
#include "syncconfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace bridge {

class SyncWorker;

// Service URLs and secrets that replace a profile's saved ones, for demo profiles: the
// in-process simulators change ports at every start and accept the public demo credentials.
struct WorkerOverride
{
    QUrl mimecastBaseUrl;
    QUrl sophosIdentityUrl;
    QUrl sophosApiUrl;
    QUrl ingestUrl;
    MimecastCredentials mimecast;
    // Keyed by environment variable name: SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET, INGEST_KEY.
    QHash<QString, QString> destinationSecrets;
};

// Prepares one profile's background worker without blocking the caller's thread: it loads the
// Mimecast, destination and proxy secrets (environment variables first, then the keychain),
// resolves the destination with DestinationSetup and builds the SyncConfig the way the
// command-line "sync" does. It emits ready() or failed() once; the launcher may be deleted
// afterwards.
class WorkerLauncher : public QObject
{
    Q_OBJECT

public:
    // configFolder contains the profile's mapping override; stateFolder contains its database,
    // <stateFolder>/<profile>.sqlite.
    WorkerLauncher(const ProfileSettings &settings, const QString &configFolder,
                   const QString &stateFolder, SecretStore *secretStore, QObject *parent = nullptr);
    ~WorkerLauncher() override;

    // Skips the keychain for the Mimecast and destination secrets and uses these values.
    void setOverride(const WorkerOverride &override);
    // Parent of the worker emitted by ready(); the launcher's parent when not set.
    void setWorkerParent(QObject *parent);
    void setBackoff(const BackoffPolicy &backoff) { m_backoff = backoff; }
    void setTransferTimeoutMs(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    void start();

    // The profile's state database: <stateFolder>/<profile>.sqlite.
    static QString databasePath(const QString &stateFolder, const QString &profile);

signals:
    // worker is not started yet and is owned by the worker parent.
    void ready(bridge::SyncWorker *worker);
    // message is translated, names the value that failed and what to do next.
    void failed(const QString &message);
    // A problem that does not stop the worker, such as an invalid mapping override, which
    // leaves the built-in table in force.
    void warning(const QString &message);

private:
    void loadSecrets();
    void setUpDestination(const MimecastCredentials &credentials,
                          const QHash<QString, QString> &destinationSecrets);
    void createWorker(const MimecastCredentials &credentials,
                      const SyncConfig::SinkFactory &createSink);
    QString keychainFailureMessage(SecretStore::Status status, const QString &field) const;
    QString checkCredentials(const MimecastCredentials &credentials) const;
    void fail(const QString &message);

    ProfileSettings m_settings;
    QString m_configFolder;
    QString m_stateFolder;
    QPointer<SecretStore> m_secretStore;
    std::optional<WorkerOverride> m_override;
    QPointer<QObject> m_workerParent;
    BackoffPolicy m_backoff;
    int m_transferTimeoutMs = 30000;
    QUrl m_baseUrl;
    std::function<QNetworkAccessManager *(QObject *)> m_createNetwork;
    bool m_finished = false;
};

} // namespace bridge
