// Proxy handling of ConfiguredNetworkAccessManager with a CONNECT proxy and an HTTPS server, both
// on 127.0.0.1: manual and system proxies, and Basic proxy authentication that must never loop
// on HTTP 407 or leak the password.

#include "connectproxy.h"
#include "networksettings.h"
#include "tlstestsupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

// Long enough for a client that loops on 407 to send several more CONNECT requests.
constexpr int loopDetectionMs = 500;

const QString proxyUser = QStringLiteral("proxy-user");
const QString proxyPassword = QStringLiteral("Proxy-Secret-7731");

// Everything written through Qt's message handler while a MessageCapture is alive.
class MessageCapture
{
public:
    MessageCapture() { s_previous = qInstallMessageHandler(&MessageCapture::handle); }
    ~MessageCapture() { qInstallMessageHandler(s_previous); }

    static QString text()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages.join(u'\n');
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_messages.append(message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

} // namespace

class TlsProxyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void manualProxyNeedsHostAndPort();
    void manualProxyTunnelsRequest();
    void systemProxyReadsEnvironment();
    void systemProxyCarriesTraffic();
    void systemProxySkipsLoopback();
    void proxyAuthenticationSucceeds();
    void proxyAuthenticationRejected();
    void proxyAuthenticationWithoutCredentials();
    void proxyPasswordNeverLogged();

private:
    NetworkSettings manualSettings(const ConnectProxy &proxy, const QString &user = {}) const;
    QUrl serverUrl(const QString &host = QStringLiteral("127.0.0.1")) const;

    QTemporaryDir m_directory;
    CertificateFiles m_certificates;
    TlsTestServer m_server;
};

void TlsProxyTest::initTestCase()
{
    // The proxy variables of the environment that runs the tests must not leak into them.
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        qunsetenv(name);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("mimecast-bridge.*=true"));

    QVERIFY(m_directory.isValid());
    const QString error
            = generateCertificates(m_directory.path(), CaVariant::Critical, &m_certificates);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString identityError
            = m_server.loadIdentity(m_certificates.serverCertificate, m_certificates.serverKey);
    QVERIFY2(identityError.isEmpty(), qPrintable(identityError));
    QVERIFY(m_server.listenOnLoopback());
}

void TlsProxyTest::cleanup()
{
    qunsetenv("HTTPS_PROXY");
    qunsetenv("NO_PROXY");
}

NetworkSettings TlsProxyTest::manualSettings(const ConnectProxy &proxy, const QString &user) const
{
    NetworkSettings settings;
    settings.caBundlePath = m_certificates.caCertificate;
    settings.proxyMode = NetworkSettings::ProxyMode::Manual;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    settings.proxyPort = proxy.port();
    settings.proxyUser = user;
    return settings;
}

QUrl TlsProxyTest::serverUrl(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/api/ttp/url/get-logs"));
    return url;
}

void TlsProxyTest::manualProxyNeedsHostAndPort()
{
    ConfiguredNetworkAccessManager manager;
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Manual;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    const QString error = manager.applySettings(settings, {});
    QVERIFY2(error.contains(u"host name and a port"), qPrintable(error));
    QCOMPARE(manager.settings().proxyMode, NetworkSettings::ProxyMode::System);
}

void TlsProxyTest::manualProxyTunnelsRequest()
{
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(manualSettings(proxy), {}).isEmpty());

    const Outcome outcome = getAndWait(&manager, serverUrl());

    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.body, TlsTestServer::responseBody());
    const QString target = u"127.0.0.1:" + QString::number(m_server.serverPort());
    QCOMPARE(proxy.connectTargets(), QStringList {target});
    QCOMPARE(proxy.establishedTunnels(), 1);
}

void TlsProxyTest::systemProxyReadsEnvironment()
{
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(NetworkSettings(), {}).isEmpty());

    const QNetworkProxy remote
            = manager.proxyFor(QUrl(QStringLiteral("https://mimecast.invalid/")));
    QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(remote.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(remote.port(), proxy.port());

    qputenv("NO_PROXY", "mimecast.invalid");
    const QNetworkProxy excluded
            = manager.proxyFor(QUrl(QStringLiteral("https://mimecast.invalid/")));
    QCOMPARE(excluded.type(), QNetworkProxy::NoProxy);
}

void TlsProxyTest::systemProxyCarriesTraffic()
{
    // Qt never sends loopback URLs through the system proxy, so the request names a host under
    // the reserved .invalid domain. The client leaves name resolution to the HTTP proxy, and the
    // test proxy rejects every target that is not loopback, so nothing leaves this machine.
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(NetworkSettings(), {}).isEmpty());

    const Outcome outcome = getAndWait(&manager, serverUrl(QStringLiteral("mimecast-api.invalid")));

    const QString target = u"mimecast-api.invalid:" + QString::number(m_server.serverPort());
    QCOMPARE(proxy.connectTargets(), QStringList {target});
    QCOMPARE(proxy.rejectedTargets(), QStringList {target});
    QCOMPARE(outcome.failure, TransportFailure::Proxy);
    QVERIFY2(outcome.message.contains(u"mimecast-api.invalid"), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"127.0.0.1:" + QString::number(proxy.port())),
             qPrintable(outcome.message));
}

void TlsProxyTest::systemProxySkipsLoopback()
{
    ConnectProxy proxy;
    QVERIFY(proxy.listen());
    qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    ConfiguredNetworkAccessManager manager;
    NetworkSettings settings;
    settings.caBundlePath = m_certificates.caCertificate;
    QVERIFY(manager.applySettings(settings, {}).isEmpty());

    QCOMPARE(manager.proxyFor(serverUrl()).type(), QNetworkProxy::NoProxy);
    const Outcome outcome = getAndWait(&manager, serverUrl());

    QCOMPARE(outcome.httpStatus, 200);
    QVERIFY(proxy.connectTargets().isEmpty());
}

void TlsProxyTest::proxyAuthenticationSucceeds()
{
    ConnectProxy proxy;
    proxy.requireCredentials(proxyUser, proxyPassword);
    QVERIFY(proxy.listen());
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(manualSettings(proxy, proxyUser), proxyPassword).isEmpty());

    const Outcome outcome = getAndWait(&manager, serverUrl());

    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(proxy.proxyAuthenticationChallenges(), 1);
    QCOMPARE(proxy.establishedTunnels(), 1);
    QCOMPARE(manager.proxyAuthentication(),
             ConfiguredNetworkAccessManager::ProxyAuthentication::CredentialsSent);
}

void TlsProxyTest::proxyAuthenticationRejected()
{
    ConnectProxy proxy;
    proxy.requireCredentials(proxyUser, proxyPassword);
    QVERIFY(proxy.listen());
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(manualSettings(proxy, proxyUser), QStringLiteral("wrong"))
                    .isEmpty());

    const Outcome outcome = getAndWait(&manager, serverUrl());
    QTest::qWait(loopDetectionMs);

    QCOMPARE(outcome.error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(outcome.failure, TransportFailure::ProxyAuthentication);
    QVERIFY2(outcome.message.contains(u"rejected the credentials (HTTP 407)"),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(proxyUser), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"127.0.0.1:" + QString::number(proxy.port())),
             qPrintable(outcome.message));
    // One challenge for the request without credentials, one for the rejected credentials.
    QCOMPARE(proxy.proxyAuthenticationChallenges(), 2);
    QCOMPARE(proxy.establishedTunnels(), 0);
    QCOMPARE(manager.proxyAuthentication(),
             ConfiguredNetworkAccessManager::ProxyAuthentication::CredentialsRejected);

    // A later request of the same manager does not send the rejected credentials again.
    const Outcome second = getAndWait(&manager, serverUrl());
    QTest::qWait(loopDetectionMs);
    QCOMPARE(second.failure, TransportFailure::ProxyAuthentication);
    QVERIFY2(second.message.contains(u"rejected the credentials (HTTP 407)"),
             qPrintable(second.message));
    // The request goes out without credentials and the manager declines the challenge.
    QCOMPARE(proxy.proxyAuthenticationChallenges(), 3);
    QCOMPARE(proxy.establishedTunnels(), 0);
}

void TlsProxyTest::proxyAuthenticationWithoutCredentials()
{
    ConnectProxy proxy;
    proxy.requireCredentials(proxyUser, proxyPassword);
    QVERIFY(proxy.listen());
    ConfiguredNetworkAccessManager manager;
    QVERIFY(manager.applySettings(manualSettings(proxy), {}).isEmpty());

    const Outcome outcome = getAndWait(&manager, serverUrl());
    QTest::qWait(loopDetectionMs);

    QCOMPARE(outcome.error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(outcome.failure, TransportFailure::ProxyAuthentication);
    QVERIFY2(outcome.message.contains(u"no proxy credentials are configured"),
             qPrintable(outcome.message));
    QCOMPARE(proxy.proxyAuthenticationChallenges(), 1);
    QCOMPARE(manager.proxyAuthentication(),
             ConfiguredNetworkAccessManager::ProxyAuthentication::CredentialsMissing);
}

void TlsProxyTest::proxyPasswordNeverLogged()
{
    const MessageCapture capture;
    QStringList messages;
    for (const QString &password : {proxyPassword, QStringLiteral("Wrong-Secret-4412")}) {
        ConnectProxy proxy;
        proxy.requireCredentials(proxyUser, proxyPassword);
        QVERIFY(proxy.listen());
        ConfiguredNetworkAccessManager manager;
        QVERIFY(manager.applySettings(manualSettings(proxy, proxyUser), password).isEmpty());
        messages.append(getAndWait(&manager, serverUrl()).message);
    }

    const QString logged = MessageCapture::text() + u'\n' + messages.join(u'\n');
    QVERIFY2(logged.contains(proxyUser), "the proxy log lines were not captured");
    for (const QString &password : {proxyPassword, QStringLiteral("Wrong-Secret-4412")}) {
        QVERIFY2(!logged.contains(password), qPrintable(logged));
        const QString basic
                = QString::fromLatin1((proxyUser + u':' + password).toUtf8().toBase64());
        QVERIFY2(!logged.contains(basic), qPrintable(logged));
    }
}

QTEST_GUILESS_MAIN(TlsProxyTest)
#include "tst_tls_proxy.moc"
