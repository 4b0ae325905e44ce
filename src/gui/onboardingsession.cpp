#include "onboardingsession.h"

#include "demoservices.h"
#include "mimecastclient.h"
#include "mimecastregions.h"
#include "secretstore.h"
#include "simulatorcredentials.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace bridge {

OnboardingSession::OnboardingSession(const AppPaths &paths, SecretStore *secretStore,
                                     DemoServices *demoServices, QObject *parent)
    : QObject(parent)
    , discoveryUrl(regionDiscoveryUrl())
    , m_paths(paths)
    , m_secretStore(secretStore)
    , m_demo(demoServices)
{ }

OnboardingSession::~OnboardingSession() = default;

bool OnboardingSession::startDemo(QString *error)
{
    if (!m_demo || !m_demo->start(error))
        return false;

    settings.name = QStringLiteral("demo");
    settings.demo = true;
    settings.region.clear();
    settings.baseUrl = m_demo->mimecastUrl();
    settings.destination = QStringLiteral("sophos-case");
    settings.sophosIdentityUrl = m_demo->sophosUrl();
    settings.sophosApiUrl = m_demo->sophosUrl();
    settings.ingestUrl = m_demo->ingestUrl();
    // The simulated Sophos account is a partner; its first tenant is the demo customer.
    settings.sophosTenant = demo::sophosTenantId(0);
    sophosTenantName.clear();
    discoveryUrl = m_demo->mimecastUrl();

    mimecast.clientId = demo::clientId();
    mimecast.clientSecret = demo::clientSecret();
    mimecast.appId = demo::appId();
    mimecast.appKey = demo::appKey();
    mimecast.accessKey = demo::accessKey();
    mimecast.secretKey = demo::secretKey();
    destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_ID"), demo::sophosClientId());
    destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_SECRET"), demo::sophosClientSecret());
    destinationSecrets.insert(QStringLiteral("INGEST_KEY"), demo::ingestKey());

    emit demoStarted();
    return true;
}

QUrl OnboardingSession::mimecastBaseUrl(QString *error) const
{
    QString problem;
    QUrl url;
    if (!settings.baseUrl.isEmpty()) {
        url = settings.baseUrl;
        problem = validateServiceUrl(url);
    } else if (const std::optional<QUrl> preset
               = regionBaseUrl(MimecastApi(settings.apiVersion), settings.region)) {
        url = *preset;
    } else {
        problem = QCoreApplication::translate("OnboardingSession",
                                              "Choose the account's region or enter its base "
                                              "URL.");
    }

    if (error)
        *error = problem;
    return problem.isEmpty() ? url : QUrl();
}

MimecastClient *OnboardingSession::createMimecastClient(QObject *parent, QString *error)
{
    const QUrl baseUrl = mimecastBaseUrl(error);
    if (baseUrl.isEmpty())
        return nullptr;

    MimecastCredentials credentials = mimecast;
    credentials.api = MimecastApi(settings.apiVersion);
    const QString missing = credentials.missingField();
    if (!missing.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("OnboardingSession", "Enter the %1.").arg(missing);
        }
        return nullptr;
    }

    MimecastAuthenticator *authenticator = nullptr;
    if (credentials.api == MimecastApi::V2) {
        auto *v2 = new ApiV2Authenticator(network(), baseUrl, credentials);
        v2->setTransferTimeout(m_transferTimeoutMs);
        authenticator = v2;
    } else {
        authenticator = new ApiV1Authenticator(credentials);
    }
    auto *client = new MimecastClient(network(), baseUrl, authenticator, parent);
    authenticator->setParent(client);
    client->setTransferTimeout(m_transferTimeoutMs);
    return client;
}

QNetworkAccessManager *OnboardingSession::network()
{
    // NOTE: the pages' calls use the system proxy and trust store; a profile's CA bundle and
    // manual proxy apply to the worker only.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

} // namespace bridge
