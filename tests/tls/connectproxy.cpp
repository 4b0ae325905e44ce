#include "connectproxy.h"

#include <QHostAddress>

namespace bridge::test {

namespace {

bool isLoopbackTarget(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Header value of name (lower case) in an HTTP head, or an empty array.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void sendStatus(QTcpSocket *client, const QByteArray &statusLine, const QByteArray &headers = {})
{
    client->write("HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: 0\r\n\r\n");
}

} // namespace

ConnectProxy::ConnectProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::acceptConnections);
}

ConnectProxy::~ConnectProxy()
{
    const QList<QTcpSocket *> clients = m_connections.keys();
    for (QTcpSocket *client : clients)
        closeConnection(client);
}

bool ConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ConnectProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

void ConnectProxy::acceptConnections()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        m_connections.insert(client, Connection());
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readFromClient(client); });
        connect(client, &QTcpSocket::disconnected, this,
                [this, client] { closeConnection(client); });
    }
}

void ConnectProxy::readFromClient(QTcpSocket *client)
{
    auto it = m_connections.find(client);
    if (it == m_connections.end())
        return;
    if (it->upstream) {
        it->upstream->write(client->readAll());
        return;
    }
    it->buffer += client->readAll();
    const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = it->buffer.left(headEnd);
    it->buffer.remove(0, headEnd + 4);
    handleConnect(client, head);
}

void ConnectProxy::handleConnect(QTcpSocket *client, const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "CONNECT") {
        sendStatus(client, "405 Method Not Allowed", "Connection: close\r\n");
        client->disconnectFromHost();
        return;
    }

    const QString target = QString::fromLatin1(requestLine.at(1));
    m_connectTargets.append(target);
    const qsizetype colon = target.lastIndexOf(u':');
    QString host = target.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const quint16 port = colon > 0 ? target.mid(colon + 1).toUShort() : 0;

    if (!m_expectedAuthorization.isEmpty()
        && headerValue(head, "proxy-authorization") != m_expectedAuthorization) {
        ++m_challenges;
        sendStatus(client, "407 Proxy Authentication Required",
                   "Proxy-Authenticate: Basic realm=\"bridge test proxy\"\r\n"
                   "Proxy-Connection: keep-alive\r\n");
        return;
    }
    // The tests must never reach beyond this machine, so only loopback targets are opened.
    if (port == 0 || !isLoopbackTarget(host)) {
        m_rejectedTargets.append(target);
        sendStatus(client, "403 Forbidden", "Connection: close\r\n");
        client->disconnectFromHost();
        return;
    }
    openTunnel(client, host, port);
}

void ConnectProxy::openTunnel(QTcpSocket *client, const QString &host, quint16 port)
{
    auto *upstream = new QTcpSocket(this);
    Connection &connection = m_connections[client];
    connection.upstream = upstream;
    connect(upstream, &QTcpSocket::connected, this, [this, client] {
        ++m_tunnels;
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client,
            [client] { client->disconnectFromHost(); });
    const QHostAddress address
            = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    upstream->connectToHost(address, port);
    // QTcpSocket buffers what is written while it connects.
    if (!connection.buffer.isEmpty())
        upstream->write(connection.buffer);
    connection.buffer.clear();
}

void ConnectProxy::closeConnection(QTcpSocket *client)
{
    const auto it = m_connections.find(client);
    if (it == m_connections.end())
        return;
    if (it->upstream) {
        it->upstream->disconnect(this);
        it->upstream->abort();
        it->upstream->deleteLater();
    }
    m_connections.erase(it);
    client->disconnect(this);
    client->abort();
    client->deleteLater();
}

} // namespace bridge::test
