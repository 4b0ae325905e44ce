#include "destinationsetup.h"

#include "exitcodes.h"
#include "httpsingestsink.h"
#include "jsonlinessink.h"
#include "sophoscasesink.h"
#include "sophoscentralclient.h"
#include "workerlogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

namespace bridge {

namespace {

SophosEndpoints endpointsFor(const ProfileSettings &settings)
{
    SophosEndpoints endpoints;
    if (!settings.sophosIdentityUrl.isEmpty())
        endpoints.identityUrl = settings.sophosIdentityUrl;
    if (!settings.sophosApiUrl.isEmpty())
        endpoints.apiUrl = settings.sophosApiUrl;
    return endpoints;
}

int exitCodeFor(const SophosError &error)
{
    switch (error.kind) {
    case SophosError::Kind::Unauthorized:
    case SophosError::Kind::Forbidden:
        return ExitAuthenticationFailure;
    case SophosError::Kind::InvalidResponse:
        return ExitInvalidResponse;
    case SophosError::Kind::InvalidUrl:
        return ExitUsageError;
    default:
        return ExitRuntimeFailure;
    }
}

} // namespace

DestinationSetup::DestinationSetup(const ProfileSettings &settings,
                                   const QHash<QString, QString> &secrets,
                                   std::function<QNetworkAccessManager *(QObject *)> createNetwork,
                                   const BackoffPolicy &backoff, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_createNetwork(std::move(createNetwork))
    , m_backoff(backoff)
{ }

void DestinationSetup::start()
{
    if (m_settings.destination == u"jsonl") {
        const QString path = m_settings.outputFile;
        if (path.isEmpty()) {
            emit failed(QCoreApplication::translate("DestinationSetup",
                                                    "The jsonl destination needs --output-file."),
                        ExitUsageError);
            return;
        }
        emit ready([path](QNetworkAccessManager *, QObject *parent) -> AlertSink * {
            return new JsonLinesSink(path, parent);
        });
        return;
    }

    if (m_settings.destination == u"https") {
        if (m_settings.ingestUrl.isEmpty()) {
            emit failed(QCoreApplication::translate("DestinationSetup",
                                                    "The https destination needs --ingest-url."),
                        ExitUsageError);
            return;
        }
        HttpsIngestOptions options;
        options.url = m_settings.ingestUrl;
        options.bearerKey = m_secrets.value(QStringLiteral("INGEST_KEY"));
        emit ready([options](QNetworkAccessManager *network, QObject *parent) -> AlertSink * {
            return new HttpsIngestSink(network, options, parent);
        });
        return;
    }

    resolveSophosTenant();
}

void DestinationSetup::retryOrFail(const SophosError &error)
{
    // Sync must not give up at start-up on a rate limit or a passing outage of Sophos Central.
    ++m_attempts;
    if (!error.isRetryable() || m_attempts >= maxAttempts) {
        emit failed(error.message, exitCodeFor(error));
        return;
    }
    const qint64 delay
            = error.retryAfterMs >= 0 ? error.retryAfterMs : m_backoff.delayForAttempt(m_attempts);
    qCInfo(lcWorker) << "Sophos Central set-up failed:" << error.kindName() << "- retry"
                     << m_attempts << "in" << delay << "ms";
    QTimer::singleShot(int(std::min<qint64>(delay, 5 * 60 * 1000)), this,
                       &DestinationSetup::resolveSophosTenant);
}

void DestinationSetup::resolveSophosTenant()
{
    const SophosEndpoints endpoints = endpointsFor(m_settings);
    const SophosCredentials credentials {m_secrets.value(QStringLiteral("SOPHOS_CLIENT_ID")),
                                         m_secrets.value(QStringLiteral("SOPHOS_CLIENT_SECRET"))};

    QNetworkAccessManager *setupNetwork
            = m_createNetwork ? m_createNetwork(this) : new QNetworkAccessManager(this);
    auto *client = new SophosCentralClient(setupNetwork, endpoints, credentials, this);
    if (!client->configurationError().isEmpty()) {
        emit failed(client->configurationError(), ExitUsageError);
        return;
    }

    const QString chosenTenantId = m_settings.sophosTenant;
    client->whoami([this, client, endpoints, credentials,
                    chosenTenantId](const SophosError &error, const SophosIdentity &identity) {
        if (error.kind != SophosError::Kind::None) {
            retryOrFail(error);
            return;
        }
        client->listTenants(
                identity,
                [this, identity, endpoints, credentials, chosenTenantId](
                        const SophosError &listError, const QList<SophosTenantInfo> &tenants) {
                    if (listError.kind != SophosError::Kind::None) {
                        emit failed(listError.message, exitCodeFor(listError));
                        return;
                    }

                    std::optional<SophosTenantInfo> chosen;
                    if (identity.type == SophosIdentity::Type::Tenant && !tenants.isEmpty())
                        chosen = tenants.first();
                    for (const SophosTenantInfo &tenant : tenants) {
                        if (tenant.id == chosenTenantId)
                            chosen = tenant;
                    }
                    if (!chosen) {
                        QStringList choices;
                        for (const SophosTenantInfo &tenant : tenants)
                            choices.append(tenant.id + u" (" + tenant.name + u')');
                        const QString message = chosenTenantId.isEmpty()
                                ? QCoreApplication::translate(
                                          "DestinationSetup",
                                          "This Sophos Central %1 account manages "
                                          "several tenants. Choose the customer's "
                                          "tenant on the setup wizard's destination "
                                          "page or with --sophos-tenant: %2.")
                                          .arg(identity.typeName(),
                                               choices.join(QStringLiteral(", ")))
                                : QCoreApplication::translate(
                                          "DestinationSetup",
                                          "The tenant \"%1\" is not managed by this "
                                          "Sophos Central %2 account. Choose one "
                                          "of: %3.")
                                          .arg(chosenTenantId, identity.typeName(),
                                               choices.join(QStringLiteral(", ")));
                        emit failed(message, ExitUsageError);
                        return;
                    }

                    const SophosCaseTarget target {chosen->apiHost, chosen->id};
                    emit ready([endpoints, credentials,
                                target](QNetworkAccessManager *workerNetwork,
                                        QObject *parent) -> AlertSink * {
                        auto *workerClient = new SophosCentralClient(workerNetwork, endpoints,
                                                                     credentials, parent);
                        return new SophosCaseSink(workerClient, target, parent);
                    });
                });
    });
}

} // namespace bridge
