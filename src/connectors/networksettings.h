#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QAuthenticator;
class QNetworkReply;
class QNetworkRequest;

namespace bridge {

// Connection settings shared by the connectors of one profile: the proxy and extra trusted CA
// certificates. The proxy password is not part of it because it lives in the keychain under
// proxyPasswordKey(profile) and is handed to ConfiguredNetworkAccessManager at run time.
struct NetworkSettings
{
    enum class ProxyMode {
        System, // the proxy of the desktop or of the environment, as Qt resolves it
        None, // direct connections
        Manual, // the HTTP proxy at proxyHost:proxyPort
    };

    QString caBundlePath; // PEM file with CA certificates added to the system CAs; empty for none
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // Manual only
    quint16 proxyPort = 0; // Manual only
    // User name sent when a proxy, manual or system, requests authentication (HTTP 407). Empty
    // when the proxy needs none.
    QString proxyUser;
};

// Keychain key of the proxy password of a profile.
QString proxyPasswordKey(const QString &profile);

// Reads every PEM certificate of a CA bundle file. On failure returns an empty list and sets
// *error to a translated message that names the file: missing, unreadable or without any
// certificate.
[[nodiscard]] QList<QSslCertificate> loadCaBundle(const QString &path, QString *error);

// Qt's default TLS configuration whose CA list is the system CAs plus extraCas.
QSslConfiguration sslConfigurationWithExtraCas(const QList<QSslCertificate> &extraCas);

// Translated message for a failed certificate check of host: the certificate problem in Qt's
// words, the issuer when known, and what to do.
QString describeSslErrors(const QString &host, const QList<QSslError> &errors);

// Transport failures that need different remedies.
enum class TransportFailure {
    None,
    Tls, // certificate or handshake problem
    ProxyAuthentication, // HTTP 407 from the proxy
    // A proxy error, or a connection failure of a request sent through a proxy: the proxy was
    // unreachable, closed the connection or rejected the tunnel.
    Proxy,
    Network, // anything else without an HTTP status: refused, reset, DNS, timeout, cancelled
};

// Classifies a finished reply that has no HTTP status. TLS errors are read from the reply
// itself when a ConfiguredNetworkAccessManager recorded them.
TransportFailure classifyTransportFailure(const QNetworkReply *reply);

// Translated message for a reply classified by classifyTransportFailure(): which host or proxy
// failed, why, and what to do. Never contains the proxy password.
QString describeTransportFailure(const QNetworkReply *reply);

// A QNetworkAccessManager configured by NetworkSettings. It sets the proxy, responds to a proxy's
// authentication request once with the configured credentials, and gives every request it
// sends the system CAs plus the CA bundle. It never ignores TLS errors: it records them on the
// reply so that describeTransportFailure() can name the certificate problem.
class ConfiguredNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfiguredNetworkAccessManager)

public:
    enum class ProxyAuthentication {
        NotRequested,
        CredentialsSent, // sent once, and the proxy has not requested them again
        CredentialsMissing, // the proxy requested credentials but none are configured
        CredentialsRejected, // the proxy requested credentials again after they were sent
    };

    explicit ConfiguredNetworkAccessManager(QObject *parent = nullptr);

    // Applies settings and the proxy password read from the keychain. Returns a translated
    // error and keeps the previous configuration when the CA bundle cannot be loaded.
    [[nodiscard]] QString applySettings(const NetworkSettings &settings,
                                        const QString &proxyPassword);

    NetworkSettings settings() const { return m_settings; }
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }
    ProxyAuthentication proxyAuthentication() const { return m_proxyAuthentication; }
    // Proxy of the last authentication request, or a default-constructed one before any.
    QNetworkProxy authenticatingProxy() const { return m_authenticatingProxy; }

    // Sets the TLS configuration of this manager on request. createRequest() calls it for every
    // request, so callers only need it for requests sent through another manager.
    void configureRequest(QNetworkRequest &request) const;

    // Proxy that a request to url uses: the manual proxy, none, or Qt's result for the system
    // configuration, which is no proxy for loopback hosts.
    QNetworkProxy proxyFor(const QUrl &url) const;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    void provideProxyCredentials(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void forgetRejectedCredentials(QNetworkReply *reply);
    void recordSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    NetworkSettings m_settings;
    QString m_proxyPassword;
    QSslConfiguration m_sslConfiguration;
    ProxyAuthentication m_proxyAuthentication = ProxyAuthentication::NotRequested;
    QNetworkProxy m_authenticatingProxy;
};

} // namespace bridge
