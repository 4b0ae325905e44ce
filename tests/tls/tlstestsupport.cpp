#include "tlstestsupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>

namespace bridge::test {

namespace {

constexpr int opensslTimeoutMs = 60000;

QString describeCommand(const QStringList &arguments, const QString &output)
{
    return u"openssl " + arguments.join(u' ') + u": " + output;
}

} // namespace

int runOpenssl(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted()) {
        *output = process.errorString();
        return -1;
    }
    if (!process.waitForFinished(opensslTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("timed out");
        return -1;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString generateCertificates(const QString &directory, CaVariant variant, CertificateFiles *files)
{
    const QString name = variant == CaVariant::Critical ? QStringLiteral("critical")
                                                        : QStringLiteral("noncritical");
    const QString basicConstraints = variant == CaVariant::Critical
            ? QStringLiteral("basicConstraints=critical,CA:TRUE")
            : QStringLiteral("basicConstraints=CA:TRUE");
    const QDir dir(directory);
    files->caCertificate = dir.filePath(u"ca-" + name + u".pem");
    files->caKey = dir.filePath(u"ca-" + name + u".key");
    files->serverCertificate = dir.filePath(u"server-" + name + u".pem");
    files->serverKey = dir.filePath(u"server-" + name + u".key");
    const QString request = dir.filePath(u"server-" + name + u".csr");
    const QString extensions = dir.filePath(u"server-" + name + u".ext");

    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly))
        return extensionFile.errorString();
    extensionFile.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                        "extendedKeyUsage=serverAuth\n");
    extensionFile.close();

    const QList<QStringList> commands = {
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"),
             u"/CN=Test Inspection CA (" + name + u")", QStringLiteral("-addext"), basicConstraints,
             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
             QStringLiteral("-keyout"), files->caKey, QStringLiteral("-out"), files->caCertificate},
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-keyout"), files->serverKey, QStringLiteral("-out"), request},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
             QStringLiteral("-CA"), files->caCertificate, QStringLiteral("-CAkey"), files->caKey,
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-extfile"), extensions, QStringLiteral("-out"),
             files->serverCertificate},
    };
    for (const QStringList &arguments : commands) {
        QString output;
        if (runOpenssl(arguments, &output) != 0)
            return describeCommand(arguments, output);
    }
    return {};
}

QByteArray TlsTestServer::responseBody()
{
    return QByteArrayLiteral(R"({"meta":{"status":200},"data":[],"fail":[]})");
}

TlsTestServer::TlsTestServer(QObject *parent)
    : QTcpServer(parent)
{ }

QString TlsTestServer::loadIdentity(const QString &certificatePath, const QString &keyPath)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    if (certificates.isEmpty())
        return u"no certificate in " + certificatePath;
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return keyFile.errorString();
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (m_key.isNull())
        return u"no RSA key in " + keyPath;
    m_certificate = certificates.first();
    return {};
}

void TlsTestServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_encryptedConnections; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { readRequest(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    // The client rejects the certificate in most tests, so handshake errors are expected here.
    connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
}

void TlsTestServer::readRequest(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;

    const QByteArray head = buffer.left(headEnd);
    qsizetype contentLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            contentLength
                    = trimmed.mid(qsizetype(sizeof("content-length:")) - 1).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return;

    m_requestLines.append(QString::fromLatin1(head.left(head.indexOf("\r\n"))));
    const QByteArray body = responseBody();
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

Outcome getAndWait(QNetworkAccessManager *manager, const QUrl &url)
{
    QNetworkReply *reply = manager->get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(replyTimeoutMs))
        qWarning() << "no reply from" << url << "within" << replyTimeoutMs << "ms";
    Outcome outcome;
    outcome.error = reply->error();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.body = reply->readAll();
    outcome.failure = classifyTransportFailure(reply);
    outcome.message = describeTransportFailure(reply);
    delete reply;
    return outcome;
}

} // namespace bridge::test
