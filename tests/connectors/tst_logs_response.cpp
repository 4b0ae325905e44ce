// Tests of readLogsResponse: which get-logs bodies are read in one pass and which go through
// classifyResponse, and that both routes give the same page and the same errors.

#include "mimecastresponse.h"

#include <QJsonDocument>
#include <QTest>

using namespace bridge;

namespace {

const QByteArray recordA = R"({"date":"2026-12-04T10:00:00+0000","url":"https:\/\/a.example\/x",)"
                           R"("scanResult":"malicious","messageId":"<a@mail.test>"})";
const QByteArray recordB = R"({"date":"2026-12-04T10:01:00+0000","url":"https:\/\/b.example\/y",)"
                           R"("scanResult":"clean","messageId":"<b@mail.test>"})";

QByteArray urlPage(const QByteArray &meta, const QByteArray &fail = "[]")
{
    return R"({"meta":)" + meta + R"(,"data":[{"clickLogs":[)" + recordA + ',' + recordB
            + R"(]}],"fail":)" + fail + '}';
}

HttpResult response(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResult result;
    result.status = status;
    result.body = body;
    result.contentType = contentType;
    return result;
}

ResponseContext urlContext()
{
    ResponseContext context;
    context.api = MimecastApi::V2;
    context.logType = LogType::Url;
    context.path = logEndpointPath(LogType::Url);
    return context;
}

QStringList messageIds(const LogsPage &page)
{
    QStringList ids;
    for (const PageElement &element : page.elements)
        ids.append(element.text(RecordField::MessageId));
    return ids;
}

} // namespace

class TestLogsResponse : public QObject
{
    Q_OBJECT

private slots:
    void successRoutes_data();
    void successRoutes();
    void errorRoutes_data();
    void errorRoutes();
};

void TestLogsResponse::successRoutes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("onePass");
    QTest::addColumn<QString>("nextToken");

    QTest::newRow("plain") << urlPage(R"({"status":200,"pagination":{"next":"t2"}})") << true
                           << QStringLiteral("t2");
    QTest::newRow("spaces between tokens")
            << QByteArray(urlPage(R"({ "status" : 200 })").replace(",\"", ",\n  \"")) << true
            << QString();
    QTest::newRow("status written 200.0")
            << urlPage(R"({"status":200.0,"pagination":{"next":"t3"}})") << false
            << QStringLiteral("t3");
    QTest::newRow("fail is null") << urlPage(R"({"status":200})", "null") << false << QString();
    QTest::newRow("status as a string") << urlPage(R"({"status":"200"})") << false << QString();
}

void TestLogsResponse::successRoutes()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, onePass);
    QFETCH(QString, nextToken);

    QCOMPARE(scanLogsPage(LogType::Url, body).has_value(), onePass);

    LogsPage page;
    const MimecastError error
            = readLogsResponse(response(200, body, "application/json; charset=utf-8"), urlContext(),
                               LogType::Url, &page);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(messageIds(page),
             (QStringList {QStringLiteral("<a@mail.test>"), QStringLiteral("<b@mail.test>")}));
    QCOMPARE(page.nextToken, nextToken);

    // Both routes keep the record itself unchanged.
    QCOMPARE(page.elements.at(0).toJsonValue().toObject(),
             QJsonDocument::fromJson(recordA).object());
    QCOMPARE(page.elements.at(0).text(RecordField::Url), QStringLiteral("https://a.example/x"));
}

void TestLogsResponse::errorRoutes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MimecastError::Kind>("kind");

    const QByteArray json = "application/json";
    QTest::newRow("fail list in a 200")
            << 200 << json
            << urlPage(R"({"status":200})",
                       R"([{"errors":[{"code":"err_validation_blank","message":"x"}]}])")
            << MimecastError::Kind::RequestFailed;
    QTest::newRow("meta.status 403 in a 200")
            << 200 << json << urlPage(R"({"status":403})") << MimecastError::Kind::PermissionDenied;
    QTest::newRow("truncated body") << 200 << json << urlPage(R"({"status":200})").left(90)
                                    << MimecastError::Kind::InvalidResponse;
    QTest::newRow("valid page served as HTML")
            << 200 << QByteArray("text/html") << urlPage(R"({"status":200})")
            << MimecastError::Kind::InvalidResponse;
    QTest::newRow("server error with a page")
            << 500 << json << urlPage(R"({"status":200})") << MimecastError::Kind::ServerError;
}

void TestLogsResponse::errorRoutes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(MimecastError::Kind, kind);

    LogsPage page;
    page.nextToken = QStringLiteral("untouched");
    const MimecastError error = readLogsResponse(response(status, body, contentType), urlContext(),
                                                 LogType::Url, &page);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(page.elements.isEmpty());
    QCOMPARE(page.nextToken, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TestLogsResponse)
#include "tst_logs_response.moc"
