#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace bridge {

class HttpServer;

// One parsed HTTP/1.x request.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // request target without the query string
    QByteArray query;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QHash<QByteArray, QByteArray> headers; // lower-case names; repeated headers joined by ", "
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Replaces every header of that name (compared case-insensitively).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;

    static HttpResponse json(int status, const QByteArray &body);
};

// Standard reason phrase of a status code, or "Unknown" for codes it does not list.
QByteArray httpReasonPhrase(int status);

// Formats an instant as an RFC 1123 Date header value ("Tue, 24 Nov 2015 12:50:11 GMT") with
// English names whatever the process locale is.
QByteArray formatHttpDate(const QDateTime &instant);

// Sends the response to one request. The handler calls exactly one of send(), sendAndClose() or
// hold(); when it calls none of them the server sends 500.
class HttpResponder
{
public:
    void send(const HttpResponse &response);
    // Sends the response with "Connection: close" and closes the connection afterwards.
    void sendAndClose(const HttpResponse &response);
    // Leaves the request unanswered. The connection stays open until the client gives up or
    // the server closes.
    void hold();
    bool isDone() const { return m_done; }

private:
    friend class HttpServer;
    HttpResponder(HttpServer *server, QTcpSocket *socket, bool keepAlive);

    HttpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive;
    bool m_done = false;
};

// A small HTTP/1.1 server for the simulators. It supports keep-alive, Content-Length request
// bodies and Connection: close. It rejects chunked request bodies (501), request heads over
// 64 KiB (431) and bodies over 16 MiB (413). One request per connection is handled at a time.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler);

    // Listens on the address and port; port 0 picks a free port.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;

    // Number of requests left unanswered by HttpResponder::hold() on open connections.
    int heldRequestCount() const;

private:
    friend class HttpResponder;

    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being handled or held
    };

    void acceptConnections();
    void readFromSocket(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void forgetSocket(QTcpSocket *socket);
    void writeResponse(QTcpSocket *socket, HttpResponse response, bool keepAlive);
    void markHeld(QTcpSocket *socket);

    QTcpServer *m_server;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace bridge
