// Runs mimecast-bridge-cli sync and status against in-process Mimecast and Sophos Central
// simulators serving the demo data set, for each destination, and kills it at many points to
// prove that every alert reaches Sophos Central exactly once across crashes.

#include "clirunner.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"
#include "sophossimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bridge;

class CliSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void syncTenantCreatesOneCasePerAlert();
    void syncPartnerNeedsTenant();
    void syncWaitsOutSophosRateLimit();
    void syncJsonLinesFile();
    void syncHttpsIngestSplitsOn413();
    void syncParksRejectedCase();
    void syncAfterDamagedDatabase();
    void syncStopsOnSigterm();
    void syncSurvivesKillWhileFetching();
    void syncSurvivesKillWhileDelivering();
    void syncSurvivesRandomKills();

private:
    QStringList syncArguments(const QString &stateDir, const QStringList &extra = {}) const;
    QProcessEnvironment environment() const;
    // Writes the profile's backfill so the first poll reaches the demo data set's week.
    void prepareProfile(const QString &stateDir) const;
    // Keys of the demo alerts found in the tenant's cases; fails on a duplicate.
    QStringList caseKeys(const QString &tenantId) const;
    void verifyExactlyOnce(const QString &tenantId);

    MimecastSimulator m_mimecast;
    SophosSimulator m_sophos;
    QSet<QString> m_expectedKeys;
};

void CliSyncTest::initTestCase()
{
    QVERIFY2(m_mimecast.listen(), qPrintable(m_mimecast.errorString()));
    QVERIFY2(m_sophos.listen(), qPrintable(m_sophos.errorString()));
    QString error;
    QVERIFY2(m_mimecast.loadDataSet(QStringLiteral(MB_SOURCE_DIR "/resources/demo"), &error),
             qPrintable(error));

    QFile file(QStringLiteral(MB_SOURCE_DIR "/tests/data/demo-expectations.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject logs
            = QJsonDocument::fromJson(file.readAll()).object().value(u"logs").toObject();
    for (const QJsonValue &log : logs) {
        for (const QJsonValue &record : log.toObject().value(u"records").toArray()) {
            if (record.toObject().value(u"outcome").toString() == u"alert")
                m_expectedKeys.insert(record.toObject().value(u"key").toString());
        }
    }
    QVERIFY(m_expectedKeys.size() > 100);
}

void CliSyncTest::init()
{
    m_mimecast.setFaults(MimecastFaults());
    m_sophos.setFaults(SophosFaults());
    m_sophos.setIdType(SophosIdType::Tenant);
    m_sophos.clearReceived();
}

QStringList CliSyncTest::syncArguments(const QString &stateDir, const QStringList &extra) const
{
    QStringList arguments = {QStringLiteral("sync"),
                             QStringLiteral("--api"),
                             QStringLiteral("2"),
                             QStringLiteral("--base-url"),
                             m_mimecast.baseUrl().toString(),
                             QStringLiteral("--sophos-id-url"),
                             m_sophos.baseUrl().toString(),
                             QStringLiteral("--sophos-api-url"),
                             m_sophos.baseUrl().toString(),
                             QStringLiteral("--state-dir"),
                             stateDir};
    return arguments + extra;
}

QProcessEnvironment CliSyncTest::environment() const
{
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_CLIENT_ID"), demo::clientId());
    environment.insert(QStringLiteral("MIMECAST_CLIENT_SECRET"), demo::clientSecret());
    environment.insert(QStringLiteral("SOPHOS_CLIENT_ID"), demo::sophosClientId());
    environment.insert(QStringLiteral("SOPHOS_CLIENT_SECRET"), demo::sophosClientSecret());
    environment.insert(QStringLiteral("INGEST_KEY"), demo::ingestKey());
    return environment;
}

void CliSyncTest::prepareProfile(const QString &stateDir) const
{
    QDir().mkpath(stateDir + QStringLiteral("/config/profiles"));
    QSettings profile(stateDir + QStringLiteral("/config/profiles/default.ini"),
                      QSettings::IniFormat);
    // The demo week lies before today; a backfill of 30 days reaches it in 24-hour windows.
    profile.setValue(QStringLiteral("sync/backfillHours"), 720);
    profile.sync();
}

QStringList CliSyncTest::caseKeys(const QString &tenantId) const
{
    QStringList keys;
    for (const QJsonObject &sophosCase : m_sophos.cases(tenantId)) {
        const QString overview = sophosCase.value(u"overview").toString();
        const qsizetype at = overview.indexOf(u"Mimecast alert key: ");
        if (at >= 0)
            keys.append(overview.mid(at + 20, 40));
    }
    return keys;
}

void CliSyncTest::verifyExactlyOnce(const QString &tenantId)
{
    const QStringList keys = caseKeys(tenantId);
    const QSet<QString> unique(keys.cbegin(), keys.cend());
    QCOMPARE(keys.size(), unique.size());
    QCOMPARE(unique, m_expectedKeys);
}

void CliSyncTest::syncTenantCreatesOneCasePerAlert()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    const CliResult first
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(first.exitCode == 0, qPrintable(first.standardError));
    QVERIFY(first.standardError.contains(
            QStringLiteral("delivered=%1 ").arg(m_expectedKeys.size())));
    const QString tenant = demo::sophosTenantId(0);
    verifyExactlyOnce(tenant);

    const CliResult second
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(m_sophos.cases(tenant).size(), m_expectedKeys.size());

    const CliResult status
            = runCli({QStringLiteral("status"), QStringLiteral("--state-dir"), stateDir.path()},
                     environment());
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.standardOutput.contains(
                     QStringLiteral("delivered=%1 ").arg(m_expectedKeys.size())),
             qPrintable(status.standardOutput));
    QVERIFY(status.standardOutput.contains(u"checkpoint url: 2026-12"));
    QVERIFY(!status.standardOutput.contains(u"checkpoint url: none"));
}

void CliSyncTest::syncPartnerNeedsTenant()
{
    m_sophos.setIdType(SophosIdType::Partner);
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    const CliResult withoutTenant
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QCOMPARE(withoutTenant.exitCode, 2);
    QVERIFY(withoutTenant.standardError.contains(demo::sophosTenantId(1)));
    QVERIFY(withoutTenant.standardError.contains(u"--sophos-tenant"));

    const QString tenant = demo::sophosTenantId(1);
    const CliResult withTenant = runCli(
            syncArguments(stateDir.path(),
                          {QStringLiteral("--once"), QStringLiteral("--sophos-tenant"), tenant}),
            environment());
    QVERIFY2(withTenant.exitCode == 0, qPrintable(withTenant.standardError));
    verifyExactlyOnce(tenant);
    QVERIFY(m_sophos.cases(demo::sophosTenantId(0)).isEmpty());
}

void CliSyncTest::syncWaitsOutSophosRateLimit()
{
    // The first Sophos Central call, who-am-I, is rate limited: sync waits for Retry-After
    // instead of giving up at start-up.
    m_sophos.faults().rateLimitCount = 1;
    m_sophos.faults().retryAfterSeconds = 1;
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    const CliResult result
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
    verifyExactlyOnce(demo::sophosTenantId(0));
}

void CliSyncTest::syncJsonLinesFile()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());
    const QString output = stateDir.filePath(QStringLiteral("alerts.jsonl"));

    const CliResult result = runCli(
            syncArguments(stateDir.path(),
                          {QStringLiteral("--once"), QStringLiteral("--destination"),
                           QStringLiteral("jsonl"), QStringLiteral("--output-file"), output}),
            environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> keys;
    int lines = 0;
    while (!file.atEnd()) {
        const QJsonObject alert = QJsonDocument::fromJson(file.readLine()).object();
        keys.insert(alert.value(u"key").toString());
        ++lines;
    }
    QCOMPARE(lines, m_expectedKeys.size());
    QCOMPARE(keys, m_expectedKeys);
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void CliSyncTest::syncHttpsIngestSplitsOn413()
{
    m_sophos.faults().ingestMaxItems = 10;
    m_sophos.faults().ingestMaxBytes = 8 * 1024;
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    const CliResult result
            = runCli(syncArguments(stateDir.path(),
                                   {QStringLiteral("--once"), QStringLiteral("--destination"),
                                    QStringLiteral("https"), QStringLiteral("--ingest-url"),
                                    m_sophos.baseUrl().toString() + QStringLiteral("/ingest")}),
                     environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));

    QSet<QString> keys;
    int items = 0;
    for (const QJsonValue &item : m_sophos.ingestedItems()) {
        keys.insert(item.toObject().value(u"key").toString());
        ++items;
    }
    QCOMPARE(items, m_expectedKeys.size());
    QCOMPARE(keys, m_expectedKeys);
    QVERIFY(m_sophos.ingestRequestCount() >= m_expectedKeys.size() / 10);
    QVERIFY(!result.standardError.contains(demo::ingestKey()));
}

void CliSyncTest::syncParksRejectedCase()
{
    m_sophos.faults().caseErrorCount = 1;
    m_sophos.faults().caseErrorStatus = 422;
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    const CliResult result
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.standardError.contains(u"failed=1 "));
    QCOMPARE(m_sophos.cases(demo::sophosTenantId(0)).size(), m_expectedKeys.size() - 1);

    const CliResult status
            = runCli({QStringLiteral("status"), QStringLiteral("--state-dir"), stateDir.path()},
                     environment());
    QVERIFY(status.standardOutput.contains(u"failed=1\n"));
    QVERIFY2(status.standardOutput.contains(u"\nfailed "), qPrintable(status.standardOutput));
    QVERIFY(status.standardOutput.contains(u"422") || status.standardOutput.contains(u"requestId")
            || status.standardOutput.contains(u"correlation"));
    // The reason is also printed when it happens, without --verbose.
    QVERIFY2(result.standardError.contains(u"parked"), qPrintable(result.standardError));

    // Once the cause is fixed, the parked alert is delivered on request, and only once.
    const CliResult retried
            = runCli(syncArguments(stateDir.path(),
                                   {QStringLiteral("--once"), QStringLiteral("--retry-failed")}),
                     environment());
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.standardError));
    verifyExactlyOnce(demo::sophosTenantId(0));
}

void CliSyncTest::syncAfterDamagedDatabase()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());
    const CliResult first
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QCOMPARE(first.exitCode, 0);

    // A damaged state file is moved aside; the alerts look new again, but the cases that
    // already exist are found instead of being created twice.
    QFile database(stateDir.filePath(QStringLiteral("state/default.sqlite")));
    QVERIFY(database.open(QIODevice::WriteOnly | QIODevice::Truncate));
    database.write(QByteArray(4096, 'x'));
    database.close();

    const CliResult second
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(second.standardError.contains(u"damaged"), qPrintable(second.standardError));
    verifyExactlyOnce(demo::sophosTenantId(0));
    const QStringList aside = QDir(stateDir.filePath(QStringLiteral("state")))
                                      .entryList({QStringLiteral("default.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
}

void CliSyncTest::syncStopsOnSigterm()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());

    QProcess process;
    process.setProcessEnvironment(environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MB_CLI_PATH), syncArguments(stateDir.path()));
    QVERIFY(process.waitForStarted());

    // Wait until the first poll delivered everything, then ask it to stop.
    const QString tenant = demo::sophosTenantId(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sophos.cases(tenant).size(), m_expectedKeys.size(), 60000);
    ::kill(pid_t(process.processId()), SIGTERM);

    QVERIFY(finished.wait(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().contains("summary: "));
}

void CliSyncTest::syncSurvivesKillWhileFetching()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());
    const QString tenant = demo::sophosTenantId(0);

    // Each round lets a few more get-logs calls through before one hangs, then kills the
    // process while that call is in flight.
    for (int round = 0; round < 4; ++round) {
        m_mimecast.clearRequestLog();
        m_mimecast.faults().hangCount = 1;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(MB_CLI_PATH),
                      syncArguments(stateDir.path(),
                                    {QStringLiteral("--once"), QStringLiteral("--page-size"),
                                     QStringLiteral("%1").arg(3 + round * 7)}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_mimecast.heldRequestCount() > 0, 30000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        m_mimecast.setFaults(MimecastFaults());

        if (round == 0) {
            // The first call of the first window hung: nothing was committed, so no checkpoint
            // moved, whatever the process had received before it died.
            const CliResult status = runCli(
                    {QStringLiteral("status"), QStringLiteral("--state-dir"), stateDir.path()},
                    environment());
            QVERIFY2(status.standardOutput.contains(u"checkpoint attachment: none"),
                     qPrintable(status.standardOutput));
        }
    }

    const CliResult final
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(final.exitCode == 0, qPrintable(final.standardError));
    verifyExactlyOnce(tenant);
}

void CliSyncTest::syncSurvivesKillWhileDelivering()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());
    const QString tenant = demo::sophosTenantId(0);

    // The simulator stores a case and never responds: the process dies between the server
    // creating the case and the outbox recording it, the hardest moment for exactly-once.
    for (int round = 0; round < 3; ++round) {
        m_sophos.faults().holdAfterCreateCount = 1;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(MB_CLI_PATH),
                      syncArguments(stateDir.path(), {QStringLiteral("--once")}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sophos.heldRequestCount() > 0, 30000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        m_sophos.setFaults(SophosFaults());
    }

    const CliResult final
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(final.exitCode == 0, qPrintable(final.standardError));
    verifyExactlyOnce(tenant);
}

void CliSyncTest::syncSurvivesRandomKills()
{
    QTemporaryDir stateDir;
    prepareProfile(stateDir.path());
    const QString tenant = demo::sophosTenantId(0);

    // Kills at random moments land while fetching, between fetching and committing, during a
    // commit and while delivering. A fixed seed keeps failures reproducible.
    QRandomGenerator random(20261204);
    for (int round = 0; round < 12; ++round) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(MB_CLI_PATH),
                      syncArguments(stateDir.path(),
                                    {QStringLiteral("--once"), QStringLiteral("--page-size"),
                                     QStringLiteral("5")}));
        QVERIFY(process.waitForStarted());
        QTest::qWait(int(random.bounded(30, 400)));
        process.kill();
        QVERIFY(process.waitForFinished(10000));
    }

    const CliResult final
            = runCli(syncArguments(stateDir.path(), {QStringLiteral("--once")}), environment());
    QVERIFY2(final.exitCode == 0, qPrintable(final.standardError));
    verifyExactlyOnce(tenant);
}

QTEST_GUILESS_MAIN(CliSyncTest)
#include "tst_cli_sync.moc"
