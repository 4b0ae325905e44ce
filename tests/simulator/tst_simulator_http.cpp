#include "tst_simulator.h"

#include "httpserver.h"

#include <QJsonArray>
#include <QLocale>
#include <QTcpSocket>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

namespace {

// Handler that responds to every request with its path as the body.
void echoPath(const HttpRequest &request, HttpResponder &responder)
{
    HttpResponse response;
    response.body = request.path;
    responder.send(response);
}

QByteArray getRequest(const QByteArray &path, const QByteArray &connection)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: " + connection + "\r\n\r\n";
}

} // namespace

void SimulatorTest::httpKeepAliveAnswersTwoRequests()
{
    HttpServer server;
    server.setHandler(echoPath);
    QVERIFY(server.listen());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(getRequest("/first", "keep-alive") + getRequest("/second", "keep-alive"));

    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("/second"), 5000);
    QVERIFY(received.contains("/first"));
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void SimulatorTest::httpConnectionCloseClosesSocket()
{
    HttpServer server;
    server.setHandler(echoPath);
    QVERIFY(server.listen());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(getRequest("/only", "close"));

    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    const QByteArray received = socket.readAll();
    QVERIFY(received.contains("Connection: close"));
    QVERIFY(received.endsWith("/only"));
}

void SimulatorTest::httpChunkedBodyRejected()
{
    HttpServer server;
    server.setHandler(echoPath);
    QVERIFY(server.listen());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "2\r\n{}\r\n0\r\n\r\n");

    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY(received.startsWith("HTTP/1.1 501 "));
}

void SimulatorTest::unknownPathGets404()
{
    const HttpResult result = m_client->request("POST", QStringLiteral("/api/no/such-call"), "{}");
    QCOMPARE(result.status, 404);
    QVERIFY(result.header("content-type").startsWith("text/html"));
}

void SimulatorTest::wrongMethodGets405()
{
    const HttpResult result
            = m_client->request("GET", QStringLiteral("/api/account/get-account"), QByteArray());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("allow"), QByteArray("POST"));
}

void SimulatorTest::responseHeadersPresent()
{
    const HttpResult result = m_client->postWithToken(QStringLiteral("/api/account/get-account"),
                                                      "{\"data\":[]}", m_client->fetchToken());
    QCOMPARE(result.status, 200);

    const QString date = QString::fromLatin1(result.header("date"));
    QVERIFY2(date.endsWith(u" GMT"), qPrintable(date));
    const QDateTime parsed
            = QLocale::c().toDateTime(date.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    QVERIFY2(parsed.isValid(), qPrintable(date));

    bool ok = false;
    QCOMPARE(result.header("x-ratelimit-limit"), QByteArray("1000"));
    result.header("x-ratelimit-remaining").toInt(&ok);
    QVERIFY(ok);
    result.header("x-ratelimit-reset").toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(!result.header("x-request-id").isEmpty());
}

void SimulatorTest::discoveryReturnsOwnBaseUrl()
{
    const HttpResult result = m_client->request(
            "POST", QStringLiteral("/api/login/discover-authentication"),
            R"({"data":[{"emailAddress":"admin@example.com"}]})",
            {{"x-mc-app-id", "demo-app-id"}, {"x-mc-req-id", "1"}, {"x-mc-date", "now"}});
    QCOMPARE(result.status, 200);

    const QJsonObject entry
            = result.json().value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("region"))
                     .toObject()
                     .value(QStringLiteral("api"))
                     .toString(),
             m_simulator->baseUrl().toString());
    QCOMPARE(entry.value(QStringLiteral("emailAddress")).toString(),
             QStringLiteral("admin@example.com"));
}

void SimulatorTest::discoveryWithoutEmailFails()
{
    const HttpResult result = m_client->request(
            "POST", QStringLiteral("/api/login/discover-authentication"), R"({"data":[{}]})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.failCode(), QStringLiteral("err_validation_blank"));
}
