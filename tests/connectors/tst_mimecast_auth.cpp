// Authentication of the Mimecast connector against the simulator over HTTP on 127.0.0.1: API 2.0
// token caching, renewal and rejection, API 1.0 signing under a Portuguese locale, signature
// and clock errors, and the connection check.

#include "connectioncheck.h"
#include "connectortestsupport.h"
#include "mimecastsimulator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <clocale>
#include <memory>

using namespace bridge;
using namespace bridge::test;

namespace {

constexpr int fetchTimeoutMs = 10000;

const QString accountPath = QStringLiteral("/api/account/get-account");

QJsonObject accountBody()
{
    return QJsonObject {{QStringLiteral("data"), QJsonArray()}};
}

QJsonArray attachmentRecords(int count)
{
    QJsonArray records;
    for (int number = 1; number <= count; ++number)
        records.append(attachmentRecord(number));
    return records;
}

// Request log entries of get-logs calls, in order.
QList<QJsonObject> logCalls(const MimecastSimulator &simulator)
{
    QList<QJsonObject> calls;
    for (const QJsonValue &entry : simulator.requestLog()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("path")).toString().endsWith(u"/get-logs"))
            calls.append(object);
    }
    return calls;
}

int countDistinct(const QStringList &values)
{
    return int(QSet<QString>(values.cbegin(), values.cend()).size());
}

} // namespace

class MimecastAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenCachedAcrossPages();
    void tokenKeptOutsideMargin();
    void tokenRenewedInsideMargin();
    void tokenRevokedMidPaging();
    void tokenRefreshRejected();
    void signingUnderPortugueseLocale();
    void signingWrongSecretKey();
    void signingClockSkew();
    void checkForbiddenLogType_data();
    void checkForbiddenLogType();
    void checkWrongClientSecret();

private:
    std::unique_ptr<MimecastSimulator> m_simulator;
};

void MimecastAuthTest::init()
{
    m_simulator = std::make_unique<MimecastSimulator>();
    QVERIFY(m_simulator->listen());
    m_simulator->setRecords(LogType::Url, rawLines(urlRecords(1, 7)));
    m_simulator->setRecords(LogType::Attachment, rawLines(attachmentRecords(6)));
}

void MimecastAuthTest::cleanup()
{
    m_simulator.reset();
}

void MimecastAuthTest::tokenCachedAcrossPages()
{
    FetchRun run(m_simulator->baseUrl(), demoV2Credentials(), LogType::Url, fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(logCalls(*m_simulator).size(), 4);
    QCOMPARE(run.recorder->elements().size(), 7);
    QCOMPARE(run.setup.v2()->tokenRequestCount(), 1);
}

void MimecastAuthTest::tokenKeptOutsideMargin()
{
    // The simulator issues tokens for 1799 s. 61 s before expiry the token is still used.
    ClientSetup setup = makeClient(m_simulator->baseUrl(), demoV2Credentials());
    QDateTime now = QDateTime::currentDateTimeUtc();
    setup.v2()->setClock([&now] { return now; });

    MimecastReply reply;
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message));

    now = now.addSecs(1799 - 61);
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message));
    QCOMPARE(setup.v2()->tokenRequestCount(), 1);
}

void MimecastAuthTest::tokenRenewedInsideMargin()
{
    // 59 s before expiry the token is renewed before the call, without waiting for a 401.
    ClientSetup setup = makeClient(m_simulator->baseUrl(), demoV2Credentials());
    QDateTime now = QDateTime::currentDateTimeUtc();
    setup.v2()->setClock([&now] { return now; });

    MimecastReply reply;
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message));

    now = now.addSecs(1799 - 59);
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message));
    QCOMPARE(setup.v2()->tokenRequestCount(), 2);
    QCOMPARE(setup.network->bearerTokens().size(), 2);

    int unauthorized = 0;
    for (const QJsonValue &entry : m_simulator->requestLog())
        unauthorized += entry.toObject().value(QStringLiteral("status")).toInt() == 401 ? 1 : 0;
    QCOMPARE(unauthorized, 0);
}

void MimecastAuthTest::tokenRevokedMidPaging()
{
    // The simulator revokes the token after the first page, so page 2 gets 401 token_expired.
    m_simulator->faults().expireTokenAfterPages = 1;

    FetchRun run(m_simulator->baseUrl(), demoV2Credentials(), LogType::Attachment,
                 fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFinished());
    QCOMPARE(run.setup.v2()->tokenRequestCount(), 2);
    QCOMPARE(run.recorder->restartCount(), 0);

    const QList<QJsonObject> calls = logCalls(*m_simulator);
    QCOMPARE(calls.size(), 4);
    QCOMPARE(calls.at(0).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(calls.at(1).value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(calls.at(2).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(calls.at(3).value(QStringLiteral("status")).toInt(), 200);
    // The retry after the renewal requests page 2 (offset 2), not page 1 again.
    QCOMPARE(calls.at(2).value(QStringLiteral("pageOffset")).toInt(), 2);
    QCOMPARE(calls.at(3).value(QStringLiteral("pageOffset")).toInt(), 4);

    // The rejected call and its retry carry the same page token.
    const QStringList sent
            = run.setup.network->sentPageTokens(logEndpointPath(LogType::Attachment));
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(0), QStringLiteral("<none>"));
    QCOMPARE(sent.at(2), sent.at(1));
    QCOMPARE(calls.at(2).value(QStringLiteral("pageToken")).toString(), sent.at(1));

    const QStringList ids = messageIdsOf(run.recorder->elements());
    QCOMPARE(ids.size(), 6);
    QCOMPARE(countDistinct(ids), 6);
}

void MimecastAuthTest::tokenRefreshRejected()
{
    // After page 1 the token is revoked and the client credentials stop being accepted, so the
    // renewal after the 401 fails.
    m_simulator->faults().expireTokenAfterPages = 1;
    MimecastSimulator *simulator = m_simulator.get();
    connect(simulator, &MimecastSimulator::requestRecorded, simulator,
            [simulator](const QJsonObject &entry) {
                if (entry.value(QStringLiteral("path")).toString().endsWith(u"/get-logs"))
                    simulator->faults().rejectClientCredentials = true;
            });

    FetchRun run(m_simulator->baseUrl(), demoV2Credentials(), LogType::Attachment,
                 fetchOptions(2, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);

    QVERIFY(run.recorder->hasFailed());
    const MimecastError &error = run.recorder->error();
    QCOMPARE(error.kind, MimecastError::Kind::CredentialsRejected);
    QCOMPARE(error.exitCode(), 3);
    QCOMPARE(run.recorder->elements().size(), 2);

    // No loop of token requests, also not after a pause longer than any backoff of this test.
    QTest::qWait(500);
    QVERIFY(run.setup.v2()->tokenRequestCount() <= 2);

    QVERIFY2(!error.message.contains(demoV2Credentials().clientSecret), qPrintable(error.message));
    QVERIFY(!run.setup.network->bearerTokens().isEmpty());
    for (const QString &token : run.setup.network->bearerTokens())
        QVERIFY2(!error.message.contains(token), qPrintable(error.message));
}

void MimecastAuthTest::signingUnderPortugueseLocale()
{
    // main() makes pt_BR the process locale when the system has it, and always Qt's default.
    const QString dayName = QLocale().toString(QDate(2025, 3, 10), QStringLiteral("ddd"));
    QVERIFY2(dayName != u"Mon", qPrintable(dayName));

    ClientSetup setup = makeClient(m_simulator->baseUrl(), demoV1Credentials());
    MimecastReply reply;
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message));

    FetchRun run(m_simulator->baseUrl(), demoV1Credentials(), LogType::Url, fetchOptions(5, 3));
    run.fetcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(run.recorder->isDone(), fetchTimeoutMs);
    QVERIFY2(run.recorder->hasFinished(), qPrintable(run.recorder->error().message));
    QCOMPARE(run.recorder->elements().size(), 7);
    QCOMPARE(logCalls(*m_simulator).at(0).value(QStringLiteral("api")).toString(),
             QStringLiteral("1.0"));
}

void MimecastAuthTest::signingWrongSecretKey()
{
    MimecastCredentials credentials = demoV1Credentials();
    credentials.secretKey
            = QString::fromLatin1(QByteArrayLiteral("not the key the simulator has").toBase64());
    ClientSetup setup = makeClient(m_simulator->baseUrl(), credentials);

    MimecastReply reply;
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QCOMPARE(reply.error.kind, MimecastError::Kind::SignatureRejected);
    QCOMPARE(reply.error.exitCode(), 3);
    QVERIFY2(reply.error.message.contains(u"err_xdk_invalid_signature"),
             qPrintable(reply.error.message));
}

void MimecastAuthTest::signingClockSkew()
{
    // The simulator's clock runs 20 minutes ahead, beyond the 15 minutes it accepts.
    m_simulator->faults().clockSkewSeconds = 1200;
    ClientSetup setup = makeClient(m_simulator->baseUrl(), demoV1Credentials());

    MimecastReply reply;
    QVERIFY(postAndWait(setup.client.get(), accountPath, accountBody(), std::nullopt, &reply));
    QCOMPARE(reply.error.kind, MimecastError::Kind::SignatureRejected);
    QCOMPARE(reply.error.exitCode(), 3);
    QVERIFY2(reply.error.message.contains(u"20 minute"), qPrintable(reply.error.message));
}

void MimecastAuthTest::checkForbiddenLogType_data()
{
    QTest::addColumn<LogType>("forbidden");
    QTest::addColumn<QString>("permission");

    QTest::newRow("url") << LogType::Url << QStringLiteral("Monitoring | URL Protection | Read");
    QTest::newRow("attachment") << LogType::Attachment
                                << QStringLiteral("Monitoring | Attachment Protection | Read");
    QTest::newRow("impersonation")
            << LogType::Impersonation
            << QStringLiteral("Monitoring | Impersonation Protection | Read");
}

void MimecastAuthTest::checkForbiddenLogType()
{
    QFETCH(LogType, forbidden);
    QFETCH(QString, permission);

    m_simulator->faults().forbiddenTypes = {forbidden};
    ClientSetup setup = makeClient(m_simulator->baseUrl(), demoV2Credentials());
    const QList<LogType> types(allLogTypes.cbegin(), allLogTypes.cend());
    ConnectionCheck check(setup.client.get(), types);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, fetchTimeoutMs);

    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QList<ConnectionCheck::Step> &steps = check.steps();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).name, QStringLiteral("credentials"));
    QVERIFY(steps.at(0).passed);
    for (int i = 1; i < steps.size(); ++i) {
        const ConnectionCheck::Step &step = steps.at(i);
        const bool isForbidden = step.name == logTypeName(forbidden);
        QCOMPARE(step.passed, !isForbidden);
        if (!isForbidden)
            continue;
        QCOMPARE(step.error.kind, MimecastError::Kind::PermissionDenied);
        QVERIFY2(step.message.contains(permission), qPrintable(step.message));
    }
}

void MimecastAuthTest::checkWrongClientSecret()
{
    MimecastCredentials credentials = demoV2Credentials();
    credentials.clientSecret = QStringLiteral("wrong-client-secret-value");
    ClientSetup setup = makeClient(m_simulator->baseUrl(), credentials);
    const QList<LogType> types(allLogTypes.cbegin(), allLogTypes.cend());
    ConnectionCheck check(setup.client.get(), types);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, fetchTimeoutMs);

    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(check.steps().size(), 1);
    QVERIFY(!check.steps().at(0).passed);
    QCOMPARE(check.steps().at(0).error.kind, MimecastError::Kind::CredentialsRejected);
    QVERIFY2(!check.steps().at(0).message.contains(credentials.clientSecret),
             qPrintable(check.steps().at(0).message));
    QVERIFY(logCalls(*m_simulator).isEmpty());
    QCOMPARE(setup.v2()->tokenRequestCount(), 1);
}

// The signing date must be English whatever the locale, so the whole test runs under pt_BR:
// the C library locale through the environment before QCoreApplication reads it, and Qt's
// default locale.
int main(int argc, char **argv)
{
    const char *portuguese = "pt_BR.UTF-8";
    if (std::setlocale(LC_ALL, portuguese)) {
        qputenv("LC_ALL", portuguese);
        qputenv("LANG", portuguese);
    }
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    MimecastAuthTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mimecast_auth.moc"
