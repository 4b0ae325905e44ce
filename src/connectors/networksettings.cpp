#include "networksettings.h"

#include "secretstore.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bridge {

namespace {

Q_LOGGING_CATEGORY(lcNetwork, "mimecast-bridge.connectors.network", QtInfoMsg)

// Reply property that stores the QList<QSslError> Qt reported during the handshake.
constexpr char sslErrorsProperty[] = "mimecastBridgeSslErrors";

QString proxyLabel(const QNetworkProxy &proxy)
{
    if (proxy.hostName().isEmpty())
        return QCoreApplication::translate("NetworkSettings", "(unknown proxy)");
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

QList<QSslError> recordedSslErrors(const QNetworkReply *reply)
{
    return reply->property(sslErrorsProperty).value<QList<QSslError>>();
}

bool isProxy(const QNetworkProxy &proxy)
{
    return proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy;
}

QNetworkProxy proxyUsedBy(const QNetworkReply *reply)
{
    if (const auto *configured
        = qobject_cast<const ConfiguredNetworkAccessManager *>(reply->manager())) {
        return configured->proxyFor(reply->url());
    }
    if (reply->manager() && reply->manager()->proxy().type() != QNetworkProxy::DefaultProxy)
        return reply->manager()->proxy();
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(reply->url())).value(0);
}

enum class CertificateProblem { Untrusted, InvalidCa, Validity, HostName, Other };

CertificateProblem problemOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return CertificateProblem::Untrusted;
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::CertificateRejected:
        return CertificateProblem::InvalidCa;
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateExpired:
        return CertificateProblem::Validity;
    case QSslError::HostNameMismatch:
        return CertificateProblem::HostName;
    default:
        return CertificateProblem::Other;
    }
}

} // namespace

QString proxyPasswordKey(const QString &profile)
{
    return secretKeyName(profile, QStringLiteral("proxy"), QStringLiteral("password"));
}

QList<QSslCertificate> loadCaBundle(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate(
                         "NetworkSettings",
                         "The CA bundle file %1 does not exist. Choose the PEM file with the "
                         "CA certificate of the proxy that inspects TLS traffic.")
                         .arg(shownPath);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
                         "NetworkSettings",
                         "The CA bundle file %1 cannot be read: %2. Check the file "
                         "permissions.")
                         .arg(shownPath, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates
            = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate(
                         "NetworkSettings",
                         "The CA bundle file %1 contains no PEM certificate. Export the CA "
                         "certificate in PEM format, the text that starts with "
                         "\"-----BEGIN CERTIFICATE-----\".")
                         .arg(shownPath);
        return {};
    }
    error->clear();
    return certificates;
}

QSslConfiguration sslConfigurationWithExtraCas(const QList<QSslCertificate> &extraCas)
{
    // On Linux the default configuration has an empty CA list and Qt loads the system CAs on
    // demand during the handshake (Debian's Qt 6.4.2: caCertificates() is empty while
    // systemCaCertificates() returns 288). Qt turns that on-demand loading off for a
    // configuration whose CA list was set (QSslSocket::setSslConfiguration), so the system CAs
    // are copied in explicitly to keep them trusted.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCas);
    return configuration;
}

QString describeSslErrors(const QString &host, const QList<QSslError> &errors)
{
    QStringList texts;
    QString issuer;
    CertificateProblem problem = CertificateProblem::Other;
    for (const QSslError &error : errors) {
        if (!texts.contains(error.errorString()))
            texts.append(error.errorString());
        if (issuer.isEmpty() && !error.certificate().isNull())
            issuer = error.certificate().issuerDisplayName();
        const CertificateProblem current = problemOf(error.error());
        // The enum lists problems in the order the message prefers them.
        if (current < problem)
            problem = current;
    }
    const QString details = texts.join(u"; ");

    switch (problem) {
    case CertificateProblem::Untrusted:
        if (!issuer.isEmpty()) {
            return QCoreApplication::translate(
                           "NetworkSettings",
                           "The certificate of %1, issued by \"%2\", is not trusted: %3. If a "
                           "proxy inspects TLS traffic, add its CA certificate with the CA "
                           "bundle setting.")
                    .arg(host, issuer, details);
        }
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The certificate of %1 is not trusted: %2. If a proxy inspects TLS "
                       "traffic, add its CA certificate with the CA bundle setting.")
                .arg(host, details);
    case CertificateProblem::InvalidCa:
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The certificate chain of %1 contains a CA certificate that is not "
                       "valid for this purpose: %2. If a proxy inspects TLS traffic, ask its "
                       "administrator for a CA certificate marked as a CA for server "
                       "certificates.")
                .arg(host, details);
    case CertificateProblem::Validity:
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The certificate of %1 is outside its validity period: %2. Check the "
                       "date and time of this computer.")
                .arg(host, details);
    case CertificateProblem::HostName:
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The certificate of %1 is issued for another host name: %2. Check the "
                       "base URL.")
                .arg(host, details);
    case CertificateProblem::Other:
        break;
    }
    return QCoreApplication::translate(
                   "NetworkSettings",
                   "The certificate of %1 was rejected: %2. The connection is not made while "
                   "the certificate check fails.")
            .arg(host, details);
}

TransportFailure classifyTransportFailure(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return TransportFailure::None;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::Tls;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return TransportFailure::ProxyAuthentication;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return TransportFailure::Proxy;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return TransportFailure::Network;
    default:
        break;
    }
    if (!recordedSslErrors(reply).isEmpty())
        return TransportFailure::Tls;
    // Qt reports some proxy responses, such as a CONNECT rejected with 403, as
    // UnknownNetworkError. Through a proxy the client cannot tell which hop failed, so such
    // failures name the proxy.
    return isProxy(proxyUsedBy(reply)) ? TransportFailure::Proxy : TransportFailure::Network;
}

QString describeTransportFailure(const QNetworkReply *reply)
{
    const QString host = reply->url().host();
    const auto *manager = qobject_cast<const ConfiguredNetworkAccessManager *>(reply->manager());

    switch (classifyTransportFailure(reply)) {
    case TransportFailure::None:
        return {};
    case TransportFailure::Tls: {
        const QList<QSslError> errors = recordedSslErrors(reply);
        if (!errors.isEmpty())
            return describeSslErrors(host, errors);
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The secure connection to %1 failed: %2. If a proxy inspects TLS "
                       "traffic, add its CA certificate with the CA bundle setting.")
                .arg(host, reply->errorString());
    }
    case TransportFailure::ProxyAuthentication: {
        const QNetworkProxy proxy = manager ? manager->authenticatingProxy() : QNetworkProxy();
        using State = ConfiguredNetworkAccessManager::ProxyAuthentication;
        const State state = manager ? manager->proxyAuthentication() : State::NotRequested;
        if (state == State::CredentialsRejected || state == State::CredentialsSent) {
            return QCoreApplication::translate(
                           "NetworkSettings",
                           "The proxy %1 rejected the credentials (HTTP 407) of user %2. "
                           "Correct the proxy user name and password in the network "
                           "settings.")
                    .arg(proxyLabel(proxy), manager->settings().proxyUser);
        }
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The proxy %1 requires authentication (HTTP 407), but no proxy "
                       "credentials are configured. Configure the proxy user name and "
                       "password in the network settings.")
                .arg(proxyLabel(proxy));
    }
    case TransportFailure::Proxy: {
        const QNetworkProxy proxy = proxyUsedBy(reply);
        return QCoreApplication::translate(
                       "NetworkSettings",
                       "The connection to %1 through the proxy %2 failed: %3. Check the proxy "
                       "settings.")
                .arg(host, proxyLabel(proxy), reply->errorString());
    }
    case TransportFailure::Network:
        break;
    }
    return QCoreApplication::translate(
                   "NetworkSettings",
                   "The connection to %1 failed: %2. Check the network connection, the proxy "
                   "settings and the base URL.")
            .arg(host, reply->errorString());
}

ConfiguredNetworkAccessManager::ConfiguredNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    connect(this, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ConfiguredNetworkAccessManager::provideProxyCredentials);
    connect(this, &QNetworkAccessManager::sslErrors, this,
            &ConfiguredNetworkAccessManager::recordSslErrors);
    connect(this, &QNetworkAccessManager::finished, this,
            &ConfiguredNetworkAccessManager::forgetRejectedCredentials);
    [[maybe_unused]] const QString error = applySettings(NetworkSettings(), QString());
    Q_ASSERT(error.isEmpty());
}

QString ConfiguredNetworkAccessManager::applySettings(const NetworkSettings &settings,
                                                      const QString &proxyPassword)
{
    if (settings.proxyMode == NetworkSettings::ProxyMode::Manual
        && (settings.proxyHost.isEmpty() || settings.proxyPort == 0)) {
        return QCoreApplication::translate(
                "NetworkSettings",
                "The manual proxy needs a host name and a port. Enter both or choose "
                "the system proxy.");
    }

    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!settings.caBundlePath.isEmpty()) {
        QString error;
        const QList<QSslCertificate> extraCas = loadCaBundle(settings.caBundlePath, &error);
        if (extraCas.isEmpty())
            return error;
        sslConfiguration = sslConfigurationWithExtraCas(extraCas);
        qCInfo(lcNetwork) << "trusting" << extraCas.size() << "extra CA certificates from"
                          << settings.caBundlePath;
    }

    switch (settings.proxyMode) {
    case NetworkSettings::ProxyMode::System:
        // How Qt 6.4 resolves the system proxy on Linux, read in the qtbase and libproxy sources
        // and checked with Debian 12's Qt 6.4.2, which is built with libproxy 0.4.18:
        // - With setUseSystemConfiguration(true), a manager whose proxy is DefaultProxy queries
        //   QNetworkProxyFactory::systemProxyForQuery(). Qt builds with the "libproxy" feature
        //   pass the URL to libproxy (qtbase src/network/kernel/qnetworkproxy_libproxy.cpp).
        // - libproxy queries its desktop plugins first, when installed, and its environment module
        //   last (libproxy/modules/config_envvar.cpp). That module uses https_proxy, then
        //   HTTPS_PROXY, for https URLs, falls back to http_proxy and HTTP_PROXY, and skips the
        //   hosts in no_proxy or NO_PROXY. It does not read ALL_PROXY.
        // - Qt's global lookup returns no proxy for "localhost", "localhost.*" and loopback
        //   addresses before it asks any factory (QGlobalNetworkProxy::proxyForQuery in
        //   qtbase src/network/kernel/qnetworkproxy.cpp), so the simulator is reached directly.
        // NOTE: setUseSystemConfiguration() is process-wide. This manager only switches it on,
        // so other managers configured with None or Manual are unaffected.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        break;
    case NetworkSettings::ProxyMode::None:
        setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case NetworkSettings::ProxyMode::Manual:
        // The credentials stay out of QNetworkProxy so that Qt requests them through
        // proxyAuthenticationRequired, where provideProxyCredentials() supplies them once.
        setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort));
        break;
    }

    m_settings = settings;
    m_proxyPassword = proxyPassword;
    m_sslConfiguration = sslConfiguration;
    m_proxyAuthentication = ProxyAuthentication::NotRequested;
    m_authenticatingProxy = QNetworkProxy();
    // Drops open connections and the credentials Qt cached for the previous settings.
    clearAccessCache();
    return {};
}

void ConfiguredNetworkAccessManager::configureRequest(QNetworkRequest &request) const
{
    if (m_settings.caBundlePath.isEmpty())
        return; // the request keeps Qt's on-demand loading of the system CAs
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.setCaCertificates(m_sslConfiguration.caCertificates());
    request.setSslConfiguration(configuration);
}

QNetworkProxy ConfiguredNetworkAccessManager::proxyFor(const QUrl &url) const
{
    if (proxy().type() != QNetworkProxy::DefaultProxy)
        return proxy();
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
}

QNetworkReply *ConfiguredNetworkAccessManager::createRequest(Operation operation,
                                                             const QNetworkRequest &request,
                                                             QIODevice *outgoingData)
{
    QNetworkRequest configured = request;
    configureRequest(configured);
    return QNetworkAccessManager::createRequest(operation, configured, outgoingData);
}

void ConfiguredNetworkAccessManager::provideProxyCredentials(const QNetworkProxy &proxy,
                                                             QAuthenticator *authenticator)
{
    m_authenticatingProxy = proxy;
    const QString proxyName = proxyLabel(proxy);

    if (m_settings.proxyUser.isEmpty() || m_proxyPassword.isEmpty()) {
        m_proxyAuthentication = ProxyAuthentication::CredentialsMissing;
        qCWarning(lcNetwork) << "proxy" << proxyName
                             << "requires authentication but no proxy credentials are configured";
        return;
    }
    if (m_proxyAuthentication == ProxyAuthentication::CredentialsSent
        || m_proxyAuthentication == ProxyAuthentication::CredentialsRejected) {
        // Qt emits the signal again only after the proxy rejected the credentials with 407.
        // Leaving the authenticator empty makes the request fail instead of repeating the 407.
        m_proxyAuthentication = ProxyAuthentication::CredentialsRejected;
        qCWarning(lcNetwork) << "proxy" << proxyName << "rejected the credentials of user"
                             << m_settings.proxyUser << "- not sending them again";
        return;
    }

    m_proxyAuthentication = ProxyAuthentication::CredentialsSent;
    qCInfo(lcNetwork) << "sending the credentials of user" << m_settings.proxyUser << "to proxy"
                      << proxyName;
    authenticator->setUser(m_settings.proxyUser);
    authenticator->setPassword(m_proxyPassword);
}

void ConfiguredNetworkAccessManager::forgetRejectedCredentials(QNetworkReply *reply)
{
    // Qt caches the credentials given through proxyAuthenticationRequired and would send the
    // rejected ones once more with every later request. Clearing the cache while the failing
    // reply is still in flight leaves that reply unfinished, so it waits until the reply ends.
    if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError
        && m_proxyAuthentication == ProxyAuthentication::CredentialsRejected) {
        QMetaObject::invokeMethod(this, &QNetworkAccessManager::clearAccessCache,
                                  Qt::QueuedConnection);
    }
}

void ConfiguredNetworkAccessManager::recordSslErrors(QNetworkReply *reply,
                                                     const QList<QSslError> &errors)
{
    reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    qCWarning(lcNetwork).nospace()
            << "certificate check of " << reply->url().host() << " failed: " << texts.join(u"; ");
}

} // namespace bridge
