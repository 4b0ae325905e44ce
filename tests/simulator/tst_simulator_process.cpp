#include "tst_simulator.h"

#include "testrecords.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace bridge::test;

void SimulatorTest::processPrintsServiceLine()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QFile urls(data.filePath(QStringLiteral("ttp-url.ndjson")));
    QVERIFY(urls.open(QIODevice::WriteOnly));
    urls.write(urlRecord(1, minuteTime(1)) + '\n' + urlRecord(2, minuteTime(2)) + '\n');
    urls.close();

    QProcess process;
    process.start(QStringLiteral(MB_SIMULATOR_EXECUTABLE),
                  {QStringLiteral("--data"), data.path(), QStringLiteral("--time-shift"),
                   QStringLiteral("none"), QStringLiteral("--rate-limit"), QStringLiteral("1"),
                   QStringLiteral("--sophos-id-type"), QStringLiteral("tenant"),
                   QStringLiteral("--sophos-rate-limit"), QStringLiteral("1"),
                   QStringLiteral("--ingest-max-items"), QStringLiteral("2")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);

    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"mimecast http://127.0.0.1:"), qPrintable(line));
    SimulatorClient client(QUrl(line.section(u' ', 1)));

    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString sophosLine = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(sophosLine.startsWith(u"sophos http://127.0.0.1:"), qPrintable(sophosLine));
    QVERIFY(sophosLine.section(u' ', 1) != line.section(u' ', 1));
    SimulatorClient sophos(QUrl(sophosLine.section(u' ', 1)));

    const QByteArray form = "grant_type=client_credentials&scope=token&client_id="
            + demo::sophosClientId().toUtf8()
            + "&client_secret=" + demo::sophosClientSecret().toUtf8();
    const QByteArray sophosToken
            = sophos.request("POST", QStringLiteral("/api/v2/oauth2/token"), form,
                             {{"Content-Type", "application/x-www-form-urlencoded"}})
                      .json()
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toLatin1();
    QVERIFY(!sophosToken.isEmpty());
    const QList<QPair<QByteArray, QByteArray>> bearer
            = {{"Authorization", "Bearer " + sophosToken}};
    QCOMPARE(sophos.request("GET", QStringLiteral("/whoami/v1"), QByteArray(), bearer).status, 429);
    const HttpResult whoami
            = sophos.request("GET", QStringLiteral("/whoami/v1"), QByteArray(), bearer);
    QCOMPARE(whoami.json().value(QStringLiteral("idType")).toString(), QStringLiteral("tenant"));
    QCOMPARE(sophos.request("POST", QStringLiteral("/ingest"), "[{},{},{}]",
                            {{"Authorization", "Bearer " + demo::ingestKey().toUtf8()}})
                     .status,
             413);

    const QString token = client.fetchToken();
    const QByteArray body = logsRequestBody(10, QString(), minuteTime(0), minuteTime(10), true);
    QCOMPARE(client.postWithToken(logEndpointPath(LogType::Url), body, token).status, 429);
    const HttpResult page = client.postWithToken(logEndpointPath(LogType::Url), body, token);
    QCOMPARE(recordNumbers(page.records(QStringLiteral("clickLogs"))), QList<int>({1, 2}));

    QCOMPARE(client.request("POST", QStringLiteral("/_simulator/faults"), R"({"server-error":1})")
                     .status,
             200);
    QCOMPARE(client.postWithToken(logEndpointPath(LogType::Url), body, token).status, 503);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const QByteArray rest = process.readAllStandardOutput();
    QVERIFY2(rest.trimmed().isEmpty(), rest.constData());
    const QByteArray errorOutput = process.readAllStandardError();
    QVERIFY(!errorOutput.contains(demo::clientSecret().toLatin1()));
    QVERIFY(!errorOutput.contains(demo::sophosClientSecret().toLatin1()));
    QVERIFY(!errorOutput.contains(demo::ingestKey().toLatin1()));
    QVERIFY(!errorOutput.contains(sophosToken));
}

void SimulatorTest::processRejectsBadOption()
{
    const QList<QStringList> invalidArguments = {
            {QStringLiteral("--port"), QStringLiteral("http")},
            {QStringLiteral("--server-error-status"), QStringLiteral("501")},
            {QStringLiteral("--time-shift"), QStringLiteral("later")},
            {QStringLiteral("--no-such-option")},
            {QStringLiteral("--sophos-port"), QStringLiteral("http")},
            {QStringLiteral("--sophos-id-type"), QStringLiteral("reseller")},
            {QStringLiteral("--sophos-token-lifetime"), QStringLiteral("0")},
            {QStringLiteral("--sophos-case-error-status"), QStringLiteral("500")},
            {QStringLiteral("--ingest-max-items"), QStringLiteral("0")},
    };
    for (const QStringList &arguments : invalidArguments) {
        QProcess process;
        process.start(QStringLiteral(MB_SIMULATOR_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
}
