#include "httpserver.h"

#include "simulatorlogging.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

namespace bridge {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;
constexpr qsizetype maxBodySize = 16 * 1024 * 1024;

enum class ParseResult { Incomplete, Complete, Invalid, HeadTooLarge, BodyTooLarge, Chunked };

// Splits the request head into request line and headers. Returns false on a malformed head.
bool parseHead(const QByteArray &head, HttpRequest *request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;

    request->method = requestLine.at(0);
    request->version = requestLine.at(2);
    const QByteArray target = requestLine.at(1);
    const qsizetype queryStart = target.indexOf('?');
    request->path = queryStart < 0 ? target : target.left(queryStart);
    request->query = queryStart < 0 ? QByteArray() : target.mid(queryStart + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request->headers.contains(name))
            request->headers[name] += ", " + value;
        else
            request->headers.insert(name, value);
    }
    return true;
}

// Takes one complete request off the front of the buffer when it is all there.
ParseResult takeRequest(QByteArray *buffer, HttpRequest *request)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer->size() > maxHeadSize ? ParseResult::HeadTooLarge : ParseResult::Incomplete;
    if (headEnd > maxHeadSize)
        return ParseResult::HeadTooLarge;

    if (!parseHead(buffer->left(headEnd), request))
        return ParseResult::Invalid;
    if (request->headers.contains("transfer-encoding"))
        return ParseResult::Chunked;

    qsizetype bodySize = 0;
    if (request->headers.contains("content-length")) {
        bool ok = false;
        bodySize = request->header("content-length").toLongLong(&ok);
        if (!ok || bodySize < 0)
            return ParseResult::Invalid;
    }
    if (bodySize > maxBodySize)
        return ParseResult::BodyTooLarge;

    const qsizetype bodyStart = headEnd + 4;
    if (buffer->size() < bodyStart + bodySize)
        return ParseResult::Incomplete;

    request->body = buffer->mid(bodyStart, bodySize);
    buffer->remove(0, bodyStart + bodySize);
    return ParseResult::Complete;
}

bool wantsKeepAlive(const HttpRequest &request)
{
    const QByteArray connection = request.header("connection").toLower();
    if (request.version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpResponse plainError(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = text + '\n';
    return response;
}

} // namespace

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = body;
    return response;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 407:
        return "Proxy Authentication Required";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 418:
        return "I'm a teapot";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray formatHttpDate(const QDateTime &instant)
{
    const QString text
            = QLocale::c().toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    return text.toLatin1() + " GMT";
}

HttpResponder::HttpResponder(HttpServer *server, QTcpSocket *socket, bool keepAlive)
    : m_server(server)
    , m_socket(socket)
    , m_keepAlive(keepAlive)
{ }

void HttpResponder::send(const HttpResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_server->writeResponse(m_socket, response, m_keepAlive);
}

void HttpResponder::sendAndClose(const HttpResponse &response)
{
    m_keepAlive = false;
    send(response);
}

void HttpResponder::hold()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_server->markHeld(m_socket);
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

int HttpServer::heldRequestCount() const
{
    int count = 0;
    for (const Connection &connection : m_connections) {
        if (connection.busy)
            ++count;
    }
    return count;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFromSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forgetSocket(socket); });
    }
}

void HttpServer::readFromSocket(QTcpSocket *socket)
{
    auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    connection->buffer += socket->readAll();
    processBuffer(socket);
}

void HttpServer::processBuffer(QTcpSocket *socket)
{
    while (true) {
        auto connection = m_connections.find(socket);
        if (connection == m_connections.end() || connection->busy)
            return;

        HttpRequest request;
        const ParseResult result = takeRequest(&connection->buffer, &request);

        if (result == ParseResult::Incomplete)
            return;

        if (result != ParseResult::Complete) {
            connection->buffer.clear();
            connection->busy = true;
            switch (result) {
            case ParseResult::HeadTooLarge:
                writeResponse(socket, plainError(431, "Request head too large"), false);
                break;
            case ParseResult::BodyTooLarge:
                writeResponse(socket, plainError(413, "Request body too large"), false);
                break;
            case ParseResult::Chunked:
                writeResponse(socket, plainError(501, "Chunked request bodies are not supported"),
                              false);
                break;
            default:
                writeResponse(socket, plainError(400, "Malformed HTTP request"), false);
                break;
            }
            return;
        }

        connection->busy = true;
        HttpResponder responder(this, socket, wantsKeepAlive(request));
        if (m_handler)
            m_handler(request, responder);
        if (!responder.isDone())
            responder.send(plainError(500, "The request handler sent no response"));

        // The handler may have closed the connection or marked it held.
        if (!m_connections.contains(socket) || m_connections.value(socket).busy)
            return;
    }
}

void HttpServer::forgetSocket(QTcpSocket *socket)
{
    if (m_connections.remove(socket) > 0)
        socket->deleteLater();
}

void HttpServer::writeResponse(QTcpSocket *socket, HttpResponse response, bool keepAlive)
{
    if (!response.hasHeader("Date"))
        response.setHeader("Date", formatHttpDate(QDateTime::currentDateTimeUtc()));
    response.setHeader("Content-Length", QByteArray::number(response.body.size()));
    response.setHeader("Connection", keepAlive ? "keep-alive" : "close");

    QByteArray data = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + httpReasonPhrase(response.status) + "\r\n";
    for (const auto &header : std::as_const(response.headers))
        data += header.first + ": " + header.second + "\r\n";
    data += "\r\n";
    data += response.body;
    socket->write(data);

    if (!keepAlive) {
        // Connected before disconnectFromHost(), which emits disconnected() at once when no
        // data is pending.
        m_connections.remove(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }

    auto connection = m_connections.find(socket);
    if (connection != m_connections.end())
        connection->busy = false;
}

void HttpServer::markHeld(QTcpSocket *socket)
{
    qCDebug(lcSimulator) << "Holding a request unanswered on port" << serverPort();
    auto connection = m_connections.find(socket);
    if (connection != m_connections.end())
        connection->busy = true;
}

} // namespace bridge
