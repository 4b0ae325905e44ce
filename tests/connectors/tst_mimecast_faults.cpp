// Fault handling of the Mimecast connector against the simulator over HTTP on 127.0.0.1. The
// simulator serves 25 URL records, fetched in pages of ten, and each test switches one of its
// faults on, mostly for page 2 so a wrong restart or a lost page shows in the records.

#include "connectortestsupport.h"
#include "mimecastfaults.h"
#include "mimecastsimulator.h"

#include <QMutex>
#include <QSet>
#include <QTest>

#include <memory>

using namespace bridge;
using namespace bridge::test;

namespace {

constexpr int fetchTimeoutMs = 15000;
constexpr int recordCount = 25;
constexpr int pageSize = 10;
constexpr int maxAttempts = 3;

const QString urlLogsPath = QStringLiteral("/api/ttp/url/get-logs");

// Request log entries of get-logs calls, in order.
QList<QJsonObject> logCalls(const MimecastSimulator &simulator)
{
    QList<QJsonObject> calls;
    for (const QJsonValue &entry : simulator.requestLog()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("path")).toString() == urlLogsPath)
            calls.append(object);
    }
    return calls;
}

QList<int> statusesOf(const QList<QJsonObject> &calls)
{
    QList<int> statuses;
    for (const QJsonObject &call : calls)
        statuses.append(call.value(QStringLiteral("status")).toInt());
    return statuses;
}

// Applies settings (fault switches by their control-endpoint names) once page 1 was served.
void applyAfterFirstPage(MimecastSimulator *simulator, const QJsonObject &settings)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
            = QObject::connect(simulator, &MimecastSimulator::requestRecorded, simulator,
                               [simulator, settings, connection](const QJsonObject &entry) {
                                   if (entry.value(QStringLiteral("path")).toString() != urlLogsPath
                                       || entry.value(QStringLiteral("status")).toInt() != 200) {
                                       return;
                                   }
                                   QObject::disconnect(*connection);
                                   QString error;
                                   if (!applyFaultSettings(&simulator->faults(), settings, &error))
                                       qFatal("Invalid fault settings: %s", qPrintable(error));
                               });
}

bool hasAllRecordsOnce(const QJsonArray &elements)
{
    const QStringList ids = messageIdsOf(elements);
    const QSet<QString> distinct(ids.cbegin(), ids.cend());
    if (ids.size() != recordCount || distinct.size() != recordCount)
        return false;
    for (int number = 1; number <= recordCount; ++number) {
        if (!distinct.contains(u"<url-" + QString::number(number) + u"@mail.test>"))
            return false;
    }
    return true;
}

// Everything written through Qt's message handlers while a MessageCapture is alive.
class MessageCapture
{
public:
    MessageCapture() { s_previous = qInstallMessageHandler(&MessageCapture::handle); }
    ~MessageCapture() { qInstallMessageHandler(s_previous); }

    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_messages.append(text);
        }
        if (s_previous)
            s_previous(type, context, text);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

} // namespace

class MimecastFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rateLimitRetriesSamePage();
    void serverErrorRestartsWindow_data();
    void serverErrorRestartsWindow();
    void hangTimesOut();
    void invalidResponseRetried_data();
    void invalidResponseRetried();
    void htmlPage502IsServerError();
    void notFoundFails();
    void bindingExpiredFails();
    void forbiddenTypeFails();
    void repeatedFaultGivesUp_data();
    void repeatedFaultGivesUp();
    void secretsNeverInOutput();

private:
    std::unique_ptr<FetchRun> startRun(const MimecastCredentials &credentials);

    std::unique_ptr<MimecastSimulator> m_simulator;
};

void MimecastFaultsTest::init()
{
    m_simulator = std::make_unique<MimecastSimulator>();
    QVERIFY(m_simulator->listen());
    m_simulator->setRecords(LogType::Url, rawLines(urlRecords(1, recordCount)));
}

void MimecastFaultsTest::cleanup()
{
    m_simulator.reset();
}

std::unique_ptr<FetchRun> MimecastFaultsTest::startRun(const MimecastCredentials &credentials)
{
    auto run = std::make_unique<FetchRun>(m_simulator->baseUrl(), credentials, LogType::Url,
                                          fetchOptions(pageSize, maxAttempts));
    run->setup.client->setTransferTimeout(300);
    run->fetcher->start();
    return run;
}

void MimecastFaultsTest::rateLimitRetriesSamePage()
{
    applyAfterFirstPage(
            m_simulator.get(),
            {{QStringLiteral("rate-limit"), 1}, {QStringLiteral("rate-limit-reset-ms"), 300}});
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFinished());
    QCOMPARE(statusesOf(logCalls(*m_simulator)), QList<int>({200, 429, 200, 200}));
    QCOMPARE(run->recorder->restartCount(), 0);
    QCOMPARE(run->recorder->waits().size(), 1);
    QCOMPARE(run->recorder->waits().at(0).cause.kind, MimecastError::Kind::RateLimited);

    const QStringList sent = run->setup.network->sentPageTokens(urlLogsPath);
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(2), sent.at(1));
    QVERIFY(hasAllRecordsOnce(run->recorder->elements()));
}

void MimecastFaultsTest::serverErrorRestartsWindow_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {500, 502, 503, 504})
        QTest::addRow("%d", status) << status;
}

void MimecastFaultsTest::serverErrorRestartsWindow()
{
    QFETCH(int, status);

    applyAfterFirstPage(
            m_simulator.get(),
            {{QStringLiteral("server-error"), 1}, {QStringLiteral("server-error-status"), status}});
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFinished());
    QCOMPARE(run->recorder->restartCount(), 1);
    QCOMPARE(run->recorder->waits().size(), 1);
    QCOMPARE(run->recorder->waits().at(0).cause.kind, MimecastError::Kind::ServerError);
    QCOMPARE(run->recorder->waits().at(0).cause.httpStatus, status);
    QCOMPARE(statusesOf(logCalls(*m_simulator)), QList<int>({200, status, 200, 200, 200}));
    // After the failure paging starts again without a page token.
    const QStringList sent = run->setup.network->sentPageTokens(urlLogsPath);
    QCOMPARE(sent.at(2), QStringLiteral("<none>"));
    QVERIFY(hasAllRecordsOnce(run->recorder->elements()));
}

void MimecastFaultsTest::hangTimesOut()
{
    applyAfterFirstPage(m_simulator.get(), {{QStringLiteral("hang"), 1}});
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFinished());
    QCOMPARE(run->recorder->waits().size(), 1);
    QCOMPARE(run->recorder->waits().at(0).cause.kind, MimecastError::Kind::Timeout);
    QCOMPARE(run->recorder->restartCount(), 1);
    QVERIFY(hasAllRecordsOnce(run->recorder->elements()));
}

void MimecastFaultsTest::invalidResponseRetried_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("bodyStart");

    QTest::newRow("truncated json")
            << QJsonObject {{QStringLiteral("truncated-json"), 1}}
            << QStringLiteral("application/json") << QStringLiteral(R"({"meta":{"status":200)");
    QTest::newRow("html with 200")
            << QJsonObject {{QStringLiteral("html-error"), 1},
                            {QStringLiteral("html-error-status"), 200}}
            << QStringLiteral("text/html") << QStringLiteral("<!DOCTYPE html>");
}

void MimecastFaultsTest::invalidResponseRetried()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, contentType);
    QFETCH(QString, bodyStart);

    applyAfterFirstPage(m_simulator.get(), settings);
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFinished());
    QCOMPARE(run->recorder->waits().size(), 1);
    const MimecastError cause = run->recorder->waits().at(0).cause;
    QCOMPARE(cause.kind, MimecastError::Kind::InvalidResponse);
    QCOMPARE(cause.exitCode(), 4);
    QVERIFY2(cause.message.contains(u"HTTP 200"), qPrintable(cause.message));
    QVERIFY2(cause.message.contains(contentType), qPrintable(cause.message));
    QVERIFY2(cause.message.contains(bodyStart), qPrintable(cause.message));
    QVERIFY(hasAllRecordsOnce(run->recorder->elements()));
}

void MimecastFaultsTest::htmlPage502IsServerError()
{
    applyAfterFirstPage(
            m_simulator.get(),
            {{QStringLiteral("html-error"), 1}, {QStringLiteral("html-error-status"), 502}});
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFinished());
    QCOMPARE(run->recorder->waits().size(), 1);
    QCOMPARE(run->recorder->waits().at(0).cause.kind, MimecastError::Kind::ServerError);
    QCOMPARE(run->recorder->waits().at(0).cause.httpStatus, 502);
    QVERIFY(hasAllRecordsOnce(run->recorder->elements()));
}

void MimecastFaultsTest::notFoundFails()
{
    m_simulator->faults().notFoundCount = 1;
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFailed());
    const MimecastError &error = run->recorder->error();
    QCOMPARE(error.kind, MimecastError::Kind::EndpointNotFound);
    QCOMPARE(error.exitCode(), 1);
    QVERIFY2(error.message.contains(u"region or base URL"), qPrintable(error.message));
    QCOMPARE(logCalls(*m_simulator).size(), 1);
}

void MimecastFaultsTest::bindingExpiredFails()
{
    // HTTP 418 with err_xdk_binding_expired is an API 1.0 error.
    m_simulator->faults().bindingExpiredCount = 1;
    const auto run = startRun(demoV1Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFailed());
    const MimecastError &error = run->recorder->error();
    QCOMPARE(error.kind, MimecastError::Kind::KeyBindingExpired);
    QCOMPARE(error.exitCode(), 3);
    QVERIFY2(error.message.contains(u"err_xdk_binding_expired"), qPrintable(error.message));
    QCOMPARE(logCalls(*m_simulator).size(), 1);
}

void MimecastFaultsTest::forbiddenTypeFails()
{
    m_simulator->faults().forbiddenTypes = {LogType::Url};
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFailed());
    const MimecastError &error = run->recorder->error();
    QCOMPARE(error.kind, MimecastError::Kind::PermissionDenied);
    QCOMPARE(error.exitCode(), 3);
    QVERIFY2(error.message.contains(u"Monitoring | URL Protection | Read"),
             qPrintable(error.message));
    QCOMPARE(logCalls(*m_simulator).size(), 1);
}

void MimecastFaultsTest::repeatedFaultGivesUp_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<MimecastError::Kind>("kind");
    QTest::addColumn<int>("exitCode");

    const auto fault = [](const QString &name, const QJsonValue &value) {
        return QJsonObject {{name, 1000}, {name + u"-status", value}};
    };
    QTest::newRow("rate limit") << QJsonObject {{QStringLiteral("rate-limit"), 1000},
                                                {QStringLiteral("rate-limit-reset-ms"), 100}}
                                << MimecastError::Kind::RateLimited << 1;
    QTest::newRow("server error") << fault(QStringLiteral("server-error"), 503)
                                  << MimecastError::Kind::ServerError << 1;
    QTest::newRow("hang") << QJsonObject {{QStringLiteral("hang"), 1000}}
                          << MimecastError::Kind::Timeout << 1;
    QTest::newRow("truncated json") << QJsonObject {{QStringLiteral("truncated-json"), 1000}}
                                    << MimecastError::Kind::InvalidResponse << 4;
    QTest::newRow("html with 200") << fault(QStringLiteral("html-error"), 200)
                                   << MimecastError::Kind::InvalidResponse << 4;
    QTest::newRow("html with 502")
            << fault(QStringLiteral("html-error"), 502) << MimecastError::Kind::ServerError << 1;
    QTest::newRow("meta status 500") << QJsonObject {{QStringLiteral("meta-status"), 1000},
                                                     {QStringLiteral("meta-status-code"), 500}}
                                     << MimecastError::Kind::ServerError << 1;
}

void MimecastFaultsTest::repeatedFaultGivesUp()
{
    QFETCH(QJsonObject, settings);
    QFETCH(MimecastError::Kind, kind);
    QFETCH(int, exitCode);

    QString settingsError;
    QVERIFY2(applyFaultSettings(&m_simulator->faults(), settings, &settingsError),
             qPrintable(settingsError));
    const auto run = startRun(demoV2Credentials());
    QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run->recorder->hasFailed());
    QCOMPARE(run->recorder->error().kind, kind);
    QCOMPARE(run->recorder->error().exitCode(), exitCode);
    QVERIFY(run->recorder->elements().isEmpty());
    const qsizetype calls = logCalls(*m_simulator).size();
    QVERIFY2(calls >= maxAttempts, qPrintable(QString::number(calls)));
    QVERIFY2(calls <= maxAttempts + 1, qPrintable(QString::number(calls)));
}

void MimecastFaultsTest::secretsNeverInOutput()
{
    MessageCapture capture;
    QStringList errorMessages;
    QStringList tokens;
    const auto collect = [&errorMessages, &tokens](const FetchRun &run) {
        errorMessages.append(run.recorder->error().message);
        for (const FetchRecorder::Wait &wait : run.recorder->waits())
            errorMessages.append(wait.cause.message);
        tokens.append(run.setup.network->bearerTokens());
    };

    // API 2.0: an invalid response, then a revoked token whose renewal is rejected.
    {
        applyAfterFirstPage(m_simulator.get(),
                            {{QStringLiteral("truncated-json"), 1},
                             {QStringLiteral("expire-token-after-pages"), 1},
                             {QStringLiteral("reject-client-credentials"), true}});
        const auto run = startRun(demoV2Credentials());
        QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);
        QVERIFY(run->recorder->hasFailed());
        collect(*run);
    }

    // API 1.0: an HTML page with 200 that is retried, then a rejected signature.
    {
        m_simulator->setFaults(MimecastFaults());
        applyAfterFirstPage(
                m_simulator.get(),
                {{QStringLiteral("html-error"), 1}, {QStringLiteral("html-error-status"), 200}});
        const auto run = startRun(demoV1Credentials());
        QTRY_VERIFY_WITH_TIMEOUT(run->recorder->isDone(), fetchTimeoutMs);
        QVERIFY(run->recorder->hasFinished());
        collect(*run);

        m_simulator->faults().rejectSignatures = true;
        MimecastReply reply;
        QVERIFY(postAndWait(run->setup.client.get(), QStringLiteral("/api/account/get-account"),
                            QJsonObject {{QStringLiteral("data"), QJsonArray()}}, std::nullopt,
                            &reply));
        QCOMPARE(reply.error.kind, MimecastError::Kind::SignatureRejected);
        errorMessages.append(reply.error.message);
    }

    // A server that echoes the bearer token and the request in an HTML page sent with 200.
    {
        ScriptedServer echo;
        QVERIFY(echo.listen());
        echo.setRoute([](const RecordedRequest &request, int) {
            if (request.path == u"/oauth/token") {
                return jsonResponse(
                        200,
                        QJsonObject {{QStringLiteral("access_token"),
                                      QStringLiteral("echo-access-token-4f1c9a")},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), 1799}});
            }
            HttpResponse response;
            response.setHeader("Content-Type", "text/html");
            response.body = "<html><body>Rejected: " + request.authorization
                    + " for client demo-client-secret</body></html>";
            return response;
        });
        FetchRun run(echo.baseUrl(), demoV2Credentials(), LogType::Url, fetchOptions(pageSize, 1));
        run.fetcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);
        QCOMPARE(run.recorder->error().kind, MimecastError::Kind::InvalidResponse);
        collect(run);
    }

    const MimecastCredentials v1 = demoV1Credentials();
    const QStringList secrets
            = QStringList {demoV2Credentials().clientSecret, v1.appKey, v1.accessKey, v1.secretKey,
                           QString::fromLatin1(QByteArray::fromBase64(v1.secretKey.toLatin1()))}
            + tokens;
    QVERIFY(tokens.contains(u"echo-access-token-4f1c9a"));
    // One token from the simulator run, whose renewal was rejected, and one from the echo server.
    QVERIFY(tokens.size() >= 2);

    const QStringList output = capture.messages() + errorMessages;
    QVERIFY(!output.isEmpty());
    for (const QString &secret : secrets) {
        for (const QString &text : output) {
            QVERIFY2(!text.contains(secret), qPrintable(u"secret found in: " + text.left(300)));
        }
    }
}

QTEST_GUILESS_MAIN(MimecastFaultsTest)

#include "tst_mimecast_faults.moc"
