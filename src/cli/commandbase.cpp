#include "commandbase.h"

#include "apppaths.h"
#include "credentialsource.h"
#include "desktopremedy.h"
#include "mimecastclient.h"
#include "mimecastsigning.h"
#include "networksetup.h"
#include "qtkeychainsecretstore.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace bridge {

CommandBase::CommandBase(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

QString CommandBase::configFolder() const
{
    return AppPaths(m_options.stateDir).configFolder();
}

QString CommandBase::databasePath() const
{
    return QDir(AppPaths(m_options.stateDir).stateFolder())
            .filePath(m_options.profile + QStringLiteral(".sqlite"));
}

std::optional<ThreatMappingTable> CommandBase::loadMappingOverride()
{
    const QString path = ProfileSettings::mappingOverridePath(configFolder(), m_options.profile);
    if (!QFileInfo::exists(path))
        return std::nullopt;

    QString error;
    std::optional<ThreatMappingTable> table = ThreatMappingTable::fromFile(path, &error);
    if (!table)
        printError(error);
    return table;
}

bool CommandBase::resolveSettings()
{
    QStringList warnings;
    m_settings = ProfileSettings::load(configFolder(), m_options.profile, &warnings)
                         .value_or(ProfileSettings());
    m_settings.name = m_options.profile;
    for (const QString &warning : std::as_const(warnings)) {
        printError(QCoreApplication::translate("CommandBase",
                                               "Ignoring the invalid saved setting %1 of profile "
                                               "\"%2\".")
                           .arg(warning, m_options.profile));
    }

    if (m_options.api)
        m_settings.apiVersion = int(*m_options.api);
    m_api = m_settings.apiVersion == 1 ? MimecastApi::V1 : MimecastApi::V2;
    if (m_options.logTypes)
        m_settings.logTypes = *m_options.logTypes;
    if (m_options.pageSize)
        m_settings.pageSize = *m_options.pageSize;
    if (!m_options.destination.isEmpty())
        m_settings.destination = m_options.destination;
    if (!m_options.sophosIdentityUrl.isEmpty())
        m_settings.sophosIdentityUrl = m_options.sophosIdentityUrl;
    if (!m_options.sophosApiUrl.isEmpty())
        m_settings.sophosApiUrl = m_options.sophosApiUrl;
    if (!m_options.sophosTenant.isEmpty())
        m_settings.sophosTenant = m_options.sophosTenant;
    if (!m_options.ingestUrl.isEmpty())
        m_settings.ingestUrl = m_options.ingestUrl;
    if (!m_options.outputFile.isEmpty())
        m_settings.outputFile = m_options.outputFile;
    if (!m_options.caBundle.isEmpty())
        m_settings.caBundle = m_options.caBundle;
    if (!m_options.region.isEmpty()) {
        m_settings.region = m_options.region;
        m_settings.baseUrl.clear();
    } else if (!m_options.baseUrl.isEmpty()) {
        m_settings.baseUrl = m_options.baseUrl;
        m_settings.region.clear();
    }

    QString error;
    resolveBaseUrl(&error);
    if (!error.isEmpty()) {
        printError(error);
        finish(ExitUsageError);
        return false;
    }
    return true;
}

QUrl CommandBase::resolveBaseUrl(QString *error) const
{
    if (!m_settings.baseUrl.isEmpty()) {
        *error = validateServiceUrl(m_settings.baseUrl);
        return m_settings.baseUrl;
    }

    QString region = m_settings.region;
    if (region.isEmpty() && m_api == MimecastApi::V2)
        region = QStringLiteral("global");
    if (region.isEmpty()) {
        *error = QCoreApplication::translate("CommandBase",
                                             "API 1.0 needs the account's region: give --region "
                                             "(eu, de, us, usb, uspcom, ca, za, au, jer, je) or "
                                             "--base-url.");
        return {};
    }

    const std::optional<QUrl> url = regionBaseUrl(m_api, region);
    if (!url) {
        QStringList codes;
        for (const RegionPreset &preset : regionPresets(m_api))
            codes.append(preset.code);
        *error = QCoreApplication::translate("CommandBase",
                                             "The region \"%1\" is unknown for API %2. Use one "
                                             "of: %3, or give --base-url.")
                         .arg(region)
                         .arg(int(m_api))
                         .arg(codes.join(QStringLiteral(", ")));
        return {};
    }
    return *url;
}

SecretStore *CommandBase::secretStore()
{
    if (!m_store)
        m_store = new QtKeychainSecretStore(this);
    return m_store;
}

void CommandBase::loadSecrets(const QList<CredentialField> &fields,
                              const std::function<void(const QHash<QString, QString> &)> &onLoaded)
{
    auto *loader = new CredentialLoader(secretStore(), m_options.profile, fields, this);
    connect(loader, &CredentialLoader::finished, this,
            [this, loader, fields, onLoaded](const QHash<QString, QString> &values,
                                             SecretStore::Status status, const QString &field) {
                loader->deleteLater();
                if (status != SecretStore::Status::Ok) {
                    reportKeychainFailure(status, field, fields);
                    return;
                }
                onLoaded(values);
            });
    loader->start();
}

void CommandBase::loadCredentials(const std::function<void(const MimecastCredentials &)> &onLoaded)
{
    const NetworkSettings network = networkSettingsFor(m_settings);
    const QString networkError = validateNetworkSettings(network);
    if (!networkError.isEmpty()) {
        printError(networkError);
        finish(ExitUsageError);
        return;
    }

    QList<CredentialField> fields = mimecastCredentialFields(m_api);
    if (!network.proxyUser.isEmpty())
        fields.append(proxyCredentialField());

    loadSecrets(fields, [this, network, onLoaded](const QHash<QString, QString> &values) {
        m_networkFactory = networkManagerFactory(
                network, values.value(proxyCredentialField().environmentVariable));
        const MimecastCredentials credentials = mimecastCredentialsFrom(m_api, values);
        if (checkCredentialFormat(credentials))
            onLoaded(credentials);
    });
}

bool CommandBase::checkCredentialFormat(const MimecastCredentials &credentials)
{
    const QString missing = credentials.missingField();
    if (!missing.isEmpty()) {
        printError(QCoreApplication::translate("CommandBase",
                                               "The credential \"%1\" is empty. Store the "
                                               "profile's credentials again.")
                           .arg(missing));
        finish(ExitAuthenticationFailure);
        return false;
    }
    if (credentials.api == MimecastApi::V1 && !decodeSecretKey(credentials.secretKey)) {
        printError(QCoreApplication::translate("CommandBase",
                                               "The API 1.0 secret key is not valid base64. "
                                               "Copy it again from the Mimecast administration "
                                               "console, without extra characters."));
        finish(ExitAuthenticationFailure);
        return false;
    }
    return true;
}

void CommandBase::reportKeychainFailure(SecretStore::Status status, const QString &field,
                                        const QList<CredentialField> &fields)
{
    if (status == SecretStore::Status::NotFound) {
        QStringList variables;
        for (const CredentialField &credentialField : fields)
            variables.append(credentialField.environmentVariable);
        printError(QCoreApplication::translate("CommandBase",
                                               "No credential \"%1\" is stored for the profile "
                                               "\"%2\". Run store-credentials, or set %3.")
                           .arg(field, m_options.profile, variables.join(QStringLiteral(", "))));
        finish(ExitAuthenticationFailure);
        return;
    }

    QString message = describeSecretStoreStatus(status);
    for (const CredentialField &credentialField : fields) {
        if (field == credentialField.connector + u'/' + credentialField.keychainField) {
            message = QCoreApplication::translate("CommandBase",
                                                  "%1 is not set in the environment, so it is "
                                                  "looked up in the keychain. %2")
                              .arg(credentialField.environmentVariable, message);
        }
    }
    if (status == SecretStore::Status::NoBackend || status == SecretStore::Status::AccessDenied)
        message += u'\n' + keychainRemedyForCurrentDesktop();
    printError(message);
    finish(ExitKeychainUnavailable);
}

QNetworkAccessManager *CommandBase::networkManager()
{
    if (!m_network)
        m_network = m_networkFactory ? m_networkFactory(this) : new QNetworkAccessManager(this);
    return m_network;
}

MimecastClient *CommandBase::createClient(const MimecastCredentials &credentials)
{
    QNetworkAccessManager *network = networkManager();

    QString error;
    const QUrl baseUrl = resolveBaseUrl(&error);
    MimecastAuthenticator *authenticator = nullptr;
    if (credentials.api == MimecastApi::V2)
        authenticator = new ApiV2Authenticator(network, baseUrl, credentials, this);
    else
        authenticator = new ApiV1Authenticator(credentials, this);
    if (auto *v2 = qobject_cast<ApiV2Authenticator *>(authenticator))
        v2->setTransferTimeout(transferTimeoutMs());
    auto *client = new MimecastClient(network, baseUrl, authenticator, this);
    client->setTransferTimeout(transferTimeoutMs());
    return client;
}

BackoffPolicy CommandBase::backoffPolicy()
{
    BackoffPolicy policy;
    bool ok = false;
    const int initial = qEnvironmentVariableIntValue("MIMECAST_BRIDGE_INITIAL_BACKOFF_MS", &ok);
    if (ok && initial > 0)
        policy.initialDelayMs = initial;
    return policy;
}

int CommandBase::transferTimeoutMs()
{
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("MIMECAST_BRIDGE_TIMEOUT_MS", &ok);
    return ok && timeout > 0 ? timeout : 30000;
}

void CommandBase::printError(const QString &message)
{
    m_err << message << Qt::endl;
}

void CommandBase::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    // Queued so that callers still on the stack unwind before the event loop quits.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace bridge
