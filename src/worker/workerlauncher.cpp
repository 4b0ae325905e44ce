#include "workerlauncher.h"

#include "credentialsource.h"
#include "destinationsetup.h"
#include "mimecastregions.h"
#include "mimecastsigning.h"
#include "networksetup.h"
#include "syncworker.h"
#include "urlpolicy.h"
#include "workerlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace bridge {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("WorkerLauncher", text);
}

} // namespace

WorkerLauncher::WorkerLauncher(const ProfileSettings &settings, const QString &configFolder,
                               const QString &stateFolder, SecretStore *secretStore,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_configFolder(configFolder)
    , m_stateFolder(stateFolder)
    , m_secretStore(secretStore)
{ }

WorkerLauncher::~WorkerLauncher() = default;

void WorkerLauncher::setOverride(const WorkerOverride &override)
{
    m_override = override;
}

void WorkerLauncher::setWorkerParent(QObject *parent)
{
    m_workerParent = parent;
}

QString WorkerLauncher::databasePath(const QString &stateFolder, const QString &profile)
{
    return QDir(stateFolder).filePath(profile + QStringLiteral(".sqlite"));
}

void WorkerLauncher::start()
{
    // Queued, so that ready() and failed() never arrive before start() returns, even when no
    // keychain read or network call is needed.
    QTimer::singleShot(0, this, &WorkerLauncher::loadSecrets);
}

void WorkerLauncher::loadSecrets()
{
    const MimecastApi api = m_settings.apiVersion == 1 ? MimecastApi::V1 : MimecastApi::V2;
    if (m_override) {
        m_baseUrl = m_override->mimecastBaseUrl;
        m_settings.sophosIdentityUrl = m_override->sophosIdentityUrl;
        m_settings.sophosApiUrl = m_override->sophosApiUrl;
        m_settings.ingestUrl = m_override->ingestUrl;
    } else if (!m_settings.baseUrl.isEmpty()) {
        m_baseUrl = m_settings.baseUrl;
    } else {
        const QString region = m_settings.region.isEmpty() && api == MimecastApi::V2
                ? QStringLiteral("global")
                : m_settings.region;
        m_baseUrl = regionBaseUrl(api, region).value_or(QUrl());
        if (m_baseUrl.isEmpty()) {
            fail(translate("The profile \"%1\" has no usable Mimecast region (\"%2\"). Run the "
                           "wizard again and choose the account's region.")
                         .arg(m_settings.name, region));
            return;
        }
    }
    const QString urlError = validateServiceUrl(m_baseUrl);
    if (!urlError.isEmpty()) {
        fail(urlError);
        return;
    }

    const NetworkSettings network = networkSettingsFor(m_settings);
    const QString networkError = validateNetworkSettings(network);
    if (!networkError.isEmpty()) {
        fail(networkError);
        return;
    }

    QList<CredentialField> fields;
    if (!m_override) {
        fields = mimecastCredentialFields(api);
        fields += destinationCredentialFields(m_settings.destination);
    }
    if (!network.proxyUser.isEmpty())
        fields.append(proxyCredentialField());

    auto *loader = new CredentialLoader(m_secretStore, m_settings.name, fields, this);
    connect(loader, &CredentialLoader::finished, this,
            [this, loader, api, network](const QHash<QString, QString> &values,
                                         SecretStore::Status status, const QString &field) {
                loader->deleteLater();
                if (status != SecretStore::Status::Ok) {
                    fail(keychainFailureMessage(status, field));
                    return;
                }
                m_createNetwork = networkManagerFactory(
                        network, values.value(proxyCredentialField().environmentVariable));

                MimecastCredentials credentials
                        = m_override ? m_override->mimecast : mimecastCredentialsFrom(api, values);
                credentials.api = api;
                const QString problem = checkCredentials(credentials);
                if (!problem.isEmpty()) {
                    fail(problem);
                    return;
                }
                setUpDestination(credentials, m_override ? m_override->destinationSecrets : values);
            });
    loader->start();
}

void WorkerLauncher::setUpDestination(const MimecastCredentials &credentials,
                                      const QHash<QString, QString> &destinationSecrets)
{
    auto *setup = new DestinationSetup(m_settings, destinationSecrets, m_createNetwork, m_backoff,
                                       this);
    connect(setup, &DestinationSetup::failed, this, [this, setup](const QString &message, int) {
        setup->deleteLater();
        fail(message);
    });
    connect(setup, &DestinationSetup::ready, this,
            [this, setup, credentials](const SyncConfig::SinkFactory &createSink) {
                setup->deleteLater();
                createWorker(credentials, createSink);
            });
    setup->start();
}

void WorkerLauncher::createWorker(const MimecastCredentials &credentials,
                                  const SyncConfig::SinkFactory &createSink)
{
    SyncConfig config;
    config.profile = m_settings.name;
    config.mimecastBaseUrl = m_baseUrl;
    config.mimecast = credentials;
    config.logTypes = m_settings.logTypes;
    config.pageSize = m_settings.pageSize;

    const QString mappingPath
            = ProfileSettings::mappingOverridePath(m_configFolder, m_settings.name);
    if (QFileInfo::exists(mappingPath)) {
        QString error;
        config.mappingTable = ThreatMappingTable::fromFile(mappingPath, &error);
        // An invalid override leaves the built-in table in force, as in the command line.
        if (!config.mappingTable)
            emit warning(error);
    }

    config.databasePath = databasePath(m_stateFolder, m_settings.name);
    config.pollIntervalSeconds = qint64(m_settings.pollIntervalMinutes) * 60;
    config.backfillSeconds = qint64(m_settings.backfillHours) * 60 * 60;
    config.backoff = m_backoff;
    config.transferTimeoutMs = m_transferTimeoutMs;
    config.createNetwork = m_createNetwork;
    config.createSink = createSink;

    QObject *parent = m_workerParent ? m_workerParent.data() : this->parent();
    auto *worker = new SyncWorker(config, parent);
    m_finished = true;
    qCInfo(lcWorker) << "worker of profile" << m_settings.name << "is ready";
    emit ready(worker);
}

QString WorkerLauncher::checkCredentials(const MimecastCredentials &credentials) const
{
    const QString missing = credentials.missingField();
    if (!missing.isEmpty()) {
        return translate("The Mimecast credential \"%1\" of the profile \"%2\" is empty. Run "
                         "the wizard again to enter it.")
                .arg(missing, m_settings.name);
    }
    if (credentials.api == MimecastApi::V1 && !decodeSecretKey(credentials.secretKey)) {
        return translate("The API 1.0 secret key of the profile \"%1\" is not valid base64. Run "
                         "the wizard again and copy the key from the Mimecast administration "
                         "console.")
                .arg(m_settings.name);
    }
    return {};
}

QString WorkerLauncher::keychainFailureMessage(SecretStore::Status status,
                                               const QString &field) const
{
    // field is "<connector>/<field>", as CredentialLoader reports it.
    const QString connector = field.section(u'/', 0, 0);
    const QString name = field.section(u'/', 1);
    const QString key = secretKeyName(m_settings.name, connector, name);
    if (status == SecretStore::Status::NotFound) {
        return translate("The keychain has no entry \"%1\", so the worker of the profile \"%2\" "
                         "cannot start. Run the wizard again to store the credentials.")
                .arg(key, m_settings.name);
    }
    return translate("Reading the keychain entry \"%1\" failed: %2")
            .arg(key, describeSecretStoreStatus(status));
}

void WorkerLauncher::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    qCWarning(lcWorker) << "worker of profile" << m_settings.name << "cannot start:" << message;
    emit failed(message);
}

} // namespace bridge
