#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace bridge::test {

// HTTP proxy on 127.0.0.1 that supports only CONNECT tunnels, to loopback targets only. It can
// require Basic proxy authentication, responding with 407 until a request carries the expected
// Proxy-Authorization header, and it keeps the client connection open after a 407.
class ConnectProxy : public QObject
{
    Q_OBJECT

public:
    explicit ConnectProxy(QObject *parent = nullptr);
    ~ConnectProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    // Requires "Proxy-Authorization: Basic base64(user:password)" on every CONNECT.
    void requireCredentials(const QString &user, const QString &password);

    // Every CONNECT target as received ("127.0.0.1:4433"), including rejected ones.
    QStringList connectTargets() const { return m_connectTargets; }
    // Targets rejected with 403 because they are not loopback hosts.
    QStringList rejectedTargets() const { return m_rejectedTargets; }
    int proxyAuthenticationChallenges() const { return m_challenges; }
    int establishedTunnels() const { return m_tunnels; }

private:
    struct Connection
    {
        QByteArray buffer;
        QPointer<QTcpSocket> upstream;
    };

    void acceptConnections();
    void readFromClient(QTcpSocket *client);
    void handleConnect(QTcpSocket *client, const QByteArray &head);
    void openTunnel(QTcpSocket *client, const QString &host, quint16 port);
    void closeConnection(QTcpSocket *client);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QByteArray m_expectedAuthorization; // empty when no authentication is required
    QStringList m_connectTargets;
    QStringList m_rejectedTargets;
    int m_challenges = 0;
    int m_tunnels = 0;
};

} // namespace bridge::test
