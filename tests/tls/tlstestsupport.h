#pragma once

#include "networksettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

// Helpers of the TLS and proxy tests: throw-away certificates made with the openssl command and
// an HTTPS server on 127.0.0.1 that responds to every request with one JSON document.
namespace bridge::test {

// CA variants. Strict verifiers such as "openssl verify -x509_strict" reject a CA whose
// basicConstraints extension is not marked critical; the critical variant is well-formed.
enum class CaVariant { Critical, NonCritical };

// Paths of one CA and of a server certificate it signed for localhost and 127.0.0.1.
struct CertificateFiles
{
    QString caCertificate;
    QString caKey;
    QString serverCertificate;
    QString serverKey;
};

// Runs openssl to create a CA of the variant and a server certificate in directory. Returns an
// empty string on success, else the failing command and its output.
QString generateCertificates(const QString &directory, CaVariant variant, CertificateFiles *files);

// Runs the openssl command with arguments. Returns its exit code, or -1 when it did not start;
// output receives stdout and stderr.
int runOpenssl(const QStringList &arguments, QString *output);

// HTTPS server on 127.0.0.1 that presents one certificate and responds to every request with
// HTTP 200 and a fixed JSON body, then closes the connection.
class TlsTestServer : public QTcpServer
{
    Q_OBJECT

public:
    static QByteArray responseBody();

    explicit TlsTestServer(QObject *parent = nullptr);

    // Loads the PEM certificate and key; returns an empty string or the error.
    QString loadIdentity(const QString &certificatePath, const QString &keyPath);
    bool listenOnLoopback() { return listen(QHostAddress::LocalHost, 0); }

    int encryptedConnections() const { return m_encryptedConnections; }
    // Request lines ("GET /path HTTP/1.1") received over encrypted connections.
    QStringList requestLines() const { return m_requestLines; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void readRequest(QSslSocket *socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QSslSocket *, QByteArray> m_buffers;
    int m_encryptedConnections = 0;
    QStringList m_requestLines;
};

// Time a test waits for one reply before it reports the request as unanswered.
constexpr int replyTimeoutMs = 15000;

// What one GET produced: the Qt error, status, body and the transport classification.
struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    TransportFailure failure = TransportFailure::None;
    QString message;
};

// Sends a GET and waits up to replyTimeoutMs for the reply.
Outcome getAndWait(QNetworkAccessManager *manager, const QUrl &url);

} // namespace bridge::test
