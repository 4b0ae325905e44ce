// Runs mimecast-bridge-cli check and preview against an in-process simulator serving the demo
// data set, over API 1.0 and 2.0, and under the simulator's fault switches.

#include "clirunner.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

namespace {

// The demo data set covers 2026-11-23 to 2026-11-30 UTC; this window contains all of it. Preview
// cuts it into 24-hour windows whose edges are inclusive on both sides, so a record exactly on
// an edge is fetched twice (and deduplicated). The edges here fall at noon, where the data set
// has no record, so the fetched count equals the number of records.
const QString demoFrom = QStringLiteral("2026-11-22T12:00:00Z");
const QString demoTo = QStringLiteral("2026-12-01T12:00:00Z");

struct ExpectedAlert
{
    QString threatId;
    QString severity;
    QString eventTime;
};

} // namespace

class CliPreviewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewApi2JsonLines();
    void previewApi1PortugueseLocale();
    void previewTableFormat();
    void previewOneLogType();
    void previewMappingOverride();
    void previewInvalidMappingOverride();
    void checkAllPass();
    void checkForbiddenLogType();
    void checkWrongClientSecret();
    void checkWrongSignature();
    void rateLimitIsWaitedOut();
    void serverErrorIsRetried();
    void invalidResponseExitsFour();
    void endpointNotFoundExitsOne();
    void bindingExpiredExitsThree();
    void failInSuccessExitsOne();
    void usageErrors_data();
    void usageErrors();
    void extraArgumentIsNotEchoed();
    void missingCredentialsExitThree();

private:
    QStringList previewArguments(const QString &api) const;
    QProcessEnvironment api2Environment() const;
    QProcessEnvironment api1Environment() const;
    void verifyNoSecrets(const CliResult &result) const;

    MimecastSimulator m_simulator;
    QTemporaryDir m_stateDir;
    QHash<QString, ExpectedAlert> m_expectedAlerts;
    int m_expectedRejected = 0;
    int m_expectedClean = 0;
    int m_expectedRecords = 0;
};

void CliPreviewTest::initTestCase()
{
    QVERIFY(m_stateDir.isValid());
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));

    QString error;
    QVERIFY2(m_simulator.loadDataSet(QStringLiteral(MB_SOURCE_DIR "/resources/demo"), &error),
             qPrintable(error));

    QFile file(QStringLiteral(MB_SOURCE_DIR "/tests/data/demo-expectations.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expectations = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString &logType :
         {QStringLiteral("attachment"), QStringLiteral("impersonation"), QStringLiteral("url")}) {
        const QJsonArray records = expectations.value(u"logs")
                                           .toObject()
                                           .value(logType)
                                           .toObject()
                                           .value(u"records")
                                           .toArray();
        QVERIFY2(!records.isEmpty(), qPrintable(logType));
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const QString outcome = record.value(u"outcome").toString();
            ++m_expectedRecords;
            if (outcome == u"rejected") {
                ++m_expectedRejected;
            } else if (outcome == u"clean") {
                ++m_expectedClean;
            } else {
                m_expectedAlerts.insert(record.value(u"key").toString(),
                                        {record.value(u"threatId").toString(),
                                         record.value(u"severity").toString(),
                                         record.value(u"eventTime").toString()});
            }
        }
    }
    QVERIFY(m_expectedAlerts.size() > 100);
}

void CliPreviewTest::init()
{
    m_simulator.setFaults(MimecastFaults());
    m_simulator.clearRequestLog();
}

QStringList CliPreviewTest::previewArguments(const QString &api) const
{
    return {QStringLiteral("preview"),
            QStringLiteral("--api"),
            api,
            QStringLiteral("--base-url"),
            m_simulator.baseUrl().toString(),
            QStringLiteral("--from"),
            demoFrom,
            QStringLiteral("--to"),
            demoTo,
            QStringLiteral("--state-dir"),
            m_stateDir.path()};
}

QProcessEnvironment CliPreviewTest::api2Environment() const
{
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_CLIENT_ID"), demo::clientId());
    environment.insert(QStringLiteral("MIMECAST_CLIENT_SECRET"), demo::clientSecret());
    return environment;
}

QProcessEnvironment CliPreviewTest::api1Environment() const
{
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_APP_ID"), demo::appId());
    environment.insert(QStringLiteral("MIMECAST_APP_KEY"), demo::appKey());
    environment.insert(QStringLiteral("MIMECAST_ACCESS_KEY"), demo::accessKey());
    environment.insert(QStringLiteral("MIMECAST_SECRET_KEY"), demo::secretKey());
    return environment;
}

void CliPreviewTest::verifyNoSecrets(const CliResult &result) const
{
    for (const QString &secret :
         {demo::clientSecret(), demo::appKey(), demo::accessKey(), demo::secretKey()}) {
        QVERIFY2(!result.standardOutput.contains(secret), "a secret reached standard output");
        QVERIFY2(!result.standardError.contains(secret), "a secret reached standard error");
    }
}

void CliPreviewTest::previewApi2JsonLines()
{
    const CliResult result = runCli(previewArguments(QStringLiteral("2")), api2Environment());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    verifyNoSecrets(result);

    const QStringList lines = result.outputLines();
    QCOMPARE(lines.size(), m_expectedAlerts.size());

    QSet<QString> seenKeys;
    QString previousTime;
    for (const QString &line : lines) {
        const QJsonObject alert = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString key = alert.value(u"key").toString();
        QVERIFY2(m_expectedAlerts.contains(key), qPrintable(line.left(200)));
        QVERIFY2(!seenKeys.contains(key), qPrintable(key));
        seenKeys.insert(key);

        const ExpectedAlert &expected = m_expectedAlerts[key];
        QCOMPARE(alert.value(u"threatId").toString(), expected.threatId);
        QCOMPARE(alert.value(u"severity").toString(), expected.severity);
        QCOMPARE(alert.value(u"eventTime").toString(), expected.eventTime);
        QVERIFY(!alert.value(u"mappingRule").toString().isEmpty());
        QVERIFY(alert.value(u"record").isObject());

        // Oldest first; ISO 8601 UTC strings sort like the instants they name.
        const QString time = alert.value(u"eventTime").toString();
        QVERIFY2(previousTime <= time, qPrintable(time));
        previousTime = time;
    }

    static const QRegularExpression summary(QStringLiteral(
            R"(summary: pages=(\d+) calls=(\d+) fetched=(\d+) rejected=(\d+) clean=(\d+) alerts=(\d+))"));
    const QRegularExpressionMatch match = summary.match(result.standardError);
    QVERIFY2(match.hasMatch(), qPrintable(result.standardError));
    QCOMPARE(match.captured(3).toInt(), m_expectedRecords);
    QCOMPARE(match.captured(4).toInt(), m_expectedRejected);
    QCOMPARE(match.captured(5).toInt(), m_expectedClean);
    QCOMPARE(match.captured(6).toInt(), m_expectedAlerts.size());
    QCOMPARE(match.captured(1).toInt(), match.captured(2).toInt());
}

void CliPreviewTest::previewApi1PortugueseLocale()
{
    QProcessEnvironment environment = api1Environment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("pt_BR.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("pt_BR.UTF-8"));

    const CliResult result = runCli(previewArguments(QStringLiteral("1")), environment);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
    QCOMPARE(result.outputLines().size(), m_expectedAlerts.size());
    verifyNoSecrets(result);

    // Every call was signed and accepted, whatever the locale's day names are.
    for (const QJsonValue &entry : m_simulator.requestLog()) {
        const QJsonObject object = entry.toObject();
        QCOMPARE(object.value(u"status").toInt(), 200);
    }
}

void CliPreviewTest::previewTableFormat()
{
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--format") << QStringLiteral("table");
    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outputLines();
    QCOMPARE(lines.size(), m_expectedAlerts.size() + 1);
    QVERIFY(lines.first().startsWith(u"Time"));
    QVERIFY(lines.at(1).contains(u"T1598"));
}

void CliPreviewTest::previewOneLogType()
{
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("url") << QStringLiteral("--page-size")
              << QStringLiteral("7");
    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    for (const QString &line : result.outputLines()) {
        const QJsonObject alert = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(alert.value(u"category").toString(), QStringLiteral("url"));
    }
    for (const QJsonValue &entry : m_simulator.requestLog()) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"path").toString().contains(u"get-logs"))
            QCOMPARE(object.value(u"path").toString(), QStringLiteral("/api/ttp/url/get-logs"));
    }
}

void CliPreviewTest::previewMappingOverride()
{
    const QString profile = QStringLiteral("override-valid");
    QDir().mkpath(m_stateDir.filePath(QStringLiteral("config/profiles")));
    QFile table(
            m_stateDir.filePath(QStringLiteral("config/profiles/%1-mapping.jsonl").arg(profile)));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write(
            R"({"alertType":"Unsafe Email Attachment","threatId":"T1204.002","threatName":"Malicious File"})"
            "\n");
    table.close();

    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("attachment")
              << QStringLiteral("--profile") << profile;
    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.outputLines().isEmpty());
    for (const QString &line : result.outputLines()) {
        const QJsonObject alert = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(alert.value(u"threatId").toString(), QStringLiteral("T1204.002"));
        QCOMPARE(alert.value(u"threatName").toString(), QStringLiteral("Malicious File"));
    }
}

void CliPreviewTest::previewInvalidMappingOverride()
{
    const QString profile = QStringLiteral("override-broken");
    QDir().mkpath(m_stateDir.filePath(QStringLiteral("config/profiles")));
    QFile table(
            m_stateDir.filePath(QStringLiteral("config/profiles/%1-mapping.jsonl").arg(profile)));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write(
            R"({"alertType":"Unsafe Email Attachment","threatId":"T1204.002","threatName":"Malicious File"})"
            "\n{\"alertType\": \"URL Protection\"\n");
    table.close();

    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("attachment")
              << QStringLiteral("--profile") << profile;
    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.standardError.contains(u"Line 2"), qPrintable(result.standardError));
    QVERIFY(!result.outputLines().isEmpty());
    // The built-in table stays in force.
    const QJsonObject first
            = QJsonDocument::fromJson(result.outputLines().first().toUtf8()).object();
    QCOMPARE(first.value(u"threatId").toString(), QStringLiteral("T1598.002"));
}

void CliPreviewTest::checkAllPass()
{
    const CliResult result
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("2"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString(),
                      QStringLiteral("--state-dir"), m_stateDir.path()},
                     api2Environment());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outputLines();
    QCOMPARE(lines.size(), 4);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"PASS "), qPrintable(line));
}

void CliPreviewTest::checkForbiddenLogType()
{
    m_simulator.faults().forbiddenTypes = {LogType::Url};
    const CliResult result
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("2"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString(),
                      QStringLiteral("--state-dir"), m_stateDir.path()},
                     api2Environment());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardOutput.contains(u"PASS attachment"));
    QVERIFY(result.standardOutput.contains(u"FAIL url"));
    QVERIFY(result.standardOutput.contains(u"Monitoring | URL Protection | Read"));
}

void CliPreviewTest::checkWrongClientSecret()
{
    QProcessEnvironment environment = api2Environment();
    environment.insert(QStringLiteral("MIMECAST_CLIENT_SECRET"), QStringLiteral("not-the-secret"));
    const CliResult result
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("2"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString()},
                     environment);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardOutput.contains(u"FAIL credentials"));
    QVERIFY(result.standardOutput.contains(u"client ID or client secret"));
    QVERIFY(!result.standardOutput.contains(u"not-the-secret"));
    QCOMPARE(result.outputLines().size(), 1);
}

void CliPreviewTest::checkWrongSignature()
{
    QProcessEnvironment environment = api1Environment();
    environment.insert(QStringLiteral("MIMECAST_SECRET_KEY"),
                       QStringLiteral("d3Jvbmctc2VjcmV0LWtleQ=="));
    const CliResult result
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("1"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString()},
                     environment);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardOutput.contains(u"err_xdk_invalid_signature"));
}

void CliPreviewTest::rateLimitIsWaitedOut()
{
    m_simulator.faults().rateLimitCount = 1;
    m_simulator.faults().rateLimitResetMs = 1500;
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("attachment");

    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.standardError.contains(u"rate limited until"),
             qPrintable(result.standardError));
}

void CliPreviewTest::serverErrorIsRetried()
{
    m_simulator.faults().serverErrorCount = 2;
    m_simulator.faults().serverErrorStatus = 502;
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("impersonation");

    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardError.contains(u"server error"));
    QVERIFY(!result.outputLines().isEmpty());
}

void CliPreviewTest::invalidResponseExitsFour()
{
    m_simulator.faults().truncatedJsonCount = 1000;
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("url");

    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.standardError.contains(u"Invalid response from Mimecast"));
    QVERIFY(result.standardError.contains(u"application/json"));
    verifyNoSecrets(result);
}

void CliPreviewTest::endpointNotFoundExitsOne()
{
    m_simulator.faults().notFoundCount = 1;
    const CliResult result = runCli(previewArguments(QStringLiteral("2")), api2Environment());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.standardError.contains(u"Check the region or base URL"));
}

void CliPreviewTest::bindingExpiredExitsThree()
{
    m_simulator.faults().bindingExpiredCount = 1;
    const CliResult result = runCli(previewArguments(QStringLiteral("1")), api1Environment());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardError.contains(u"binding has expired"));
}

void CliPreviewTest::failInSuccessExitsOne()
{
    m_simulator.faults().failPage = 2;
    m_simulator.faults().failRetryable = false;
    QStringList arguments = previewArguments(QStringLiteral("2"));
    arguments << QStringLiteral("--types") << QStringLiteral("url") << QStringLiteral("--page-size")
              << QStringLiteral("5");

    const CliResult result = runCli(arguments, api2Environment());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.standardError.contains(m_simulator.faults().failCode));
}

void CliPreviewTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList() << QStringLiteral("No command");
    QTest::newRow("unknown command")
            << QStringList {QStringLiteral("fetch")} << QStringLiteral("Unknown command");
    QTest::newRow("preview without to")
            << QStringList {QStringLiteral("preview"), QStringLiteral("--from"), demoFrom}
            << QStringLiteral("--to");
    QTest::newRow("bad time") << QStringList {QStringLiteral("preview"), QStringLiteral("--from"),
                                              QStringLiteral("yesterday"), QStringLiteral("--to"),
                                              demoTo}
                              << QStringLiteral("yesterday");
    QTest::newRow("from after to")
            << QStringList {QStringLiteral("preview"), QStringLiteral("--from"), demoTo,
                            QStringLiteral("--to"), demoFrom}
            << QStringLiteral("earlier");
    QTest::newRow("page size zero")
            << QStringList {QStringLiteral("check"), QStringLiteral("--page-size"),
                            QStringLiteral("0")}
            << QStringLiteral("--page-size");
    QTest::newRow("page size 501")
            << QStringList {QStringLiteral("check"), QStringLiteral("--page-size"),
                            QStringLiteral("501")}
            << QStringLiteral("1 to 500");
    QTest::newRow("unknown type") << QStringList {QStringLiteral("check"),
                                                  QStringLiteral("--types"),
                                                  QStringLiteral("url,dlp")}
                                  << QStringLiteral("dlp");
    QTest::newRow("plain http elsewhere")
            << QStringList {QStringLiteral("check"), QStringLiteral("--base-url"),
                            QStringLiteral("http://192.0.2.10")}
            << QStringLiteral("http://192.0.2.10");
    QTest::newRow("region and base url")
            << QStringList {QStringLiteral("check"), QStringLiteral("--region"),
                            QStringLiteral("uk"), QStringLiteral("--base-url"),
                            QStringLiteral("https://example.com")}
            << QStringLiteral("together");
    QTest::newRow("unknown region")
            << QStringList {QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("1"),
                            QStringLiteral("--region"), QStringLiteral("mars")}
            << QStringLiteral("mars");
    QTest::newRow("api 1 without region")
            << QStringList {QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("1")}
            << QStringLiteral("--region");
    QTest::newRow("api 3") << QStringList {QStringLiteral("check"), QStringLiteral("--api"),
                                           QStringLiteral("3")}
                           << QStringLiteral("--api");
    QTest::newRow("missing CA bundle")
            << QStringList {QStringLiteral("check"), QStringLiteral("--ca-bundle"),
                            QStringLiteral("/nonexistent/inspection-ca.pem")}
            << QStringLiteral("/nonexistent/inspection-ca.pem");
    QTest::newRow("once without sync")
            << QStringList {QStringLiteral("check"), QStringLiteral("--once")}
            << QStringLiteral("--once");
    QTest::newRow("unknown destination")
            << QStringList {QStringLiteral("sync"), QStringLiteral("--destination"),
                            QStringLiteral("email")}
            << QStringLiteral("email");
    QTest::newRow("bad profile") << QStringList {QStringLiteral("check"),
                                                 QStringLiteral("--profile"),
                                                 QStringLiteral("../etc")}
                                 << QStringLiteral("../etc");
}

void CliPreviewTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    arguments << QStringLiteral("--state-dir") << m_stateDir.path();
    const CliResult result = runCli(arguments, cliEnvironment());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
    QVERIFY(result.standardOutput.isEmpty());
}

void CliPreviewTest::extraArgumentIsNotEchoed()
{
    const QString pasted = QStringLiteral("pasted-secret-value");
    const CliResult result = runCli({QStringLiteral("check"), pasted}, cliEnvironment());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.standardError.contains(pasted));
    QVERIFY(result.standardError.contains(u"never accepted as arguments"));
}

void CliPreviewTest::missingCredentialsExitThree()
{
    // Only the client id is set: the secret must come from the keychain, where it is absent.
    // Without a reachable keychain the command exits 5 instead.
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_CLIENT_ID"), demo::clientId());
    const CliResult result
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("2"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString(),
                      QStringLiteral("--profile"), QStringLiteral("never-stored")},
                     environment);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 3 || result.exitCode == 5, qPrintable(result.standardError));
    if (result.exitCode == 3)
        QVERIFY(result.standardError.contains(u"MIMECAST_CLIENT_SECRET"));
}

QTEST_GUILESS_MAIN(CliPreviewTest)
#include "tst_cli_preview.moc"
