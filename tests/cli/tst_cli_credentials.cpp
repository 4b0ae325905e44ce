// Stores, uses and removes credentials through mimecast-bridge-cli and the real keychain of the
// test command's private D-Bus session (gnome-keyring's Secret Service).

#include "clirunner.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"
#include "sophossimulator.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

class CliCredentialsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void storeUseAndForgetApi2();
    void storeApi1FromEnvironment();
    void storeRejectsBadSecretKey();
    void storeRejectsWrongCredentials();
    void storeRejectsMalformedInput();
    void storeDestinationLater();

private:
    QStringList commonArguments(const QString &command, const QString &api,
                                const QString &profile) const;
    bool stateContains(const QString &text) const;

    MimecastSimulator m_simulator;
    SophosSimulator m_sophos;
    QTemporaryDir m_stateDir;
};

void CliCredentialsTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL("No D-Bus session bus: run the tests through tools/run-tests.sh.");
        QSKIP("No D-Bus session bus with a keyring; run the tests through tools/run-tests.sh.");
    }
    QVERIFY(m_stateDir.isValid());
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
    QVERIFY2(m_sophos.listen(), qPrintable(m_sophos.errorString()));
    QString error;
    QVERIFY2(m_simulator.loadDataSet(QStringLiteral(MB_SOURCE_DIR "/resources/demo"), &error),
             qPrintable(error));
}

QStringList CliCredentialsTest::commonArguments(const QString &command, const QString &api,
                                                const QString &profile) const
{
    return {command,
            QStringLiteral("--api"),
            api,
            QStringLiteral("--base-url"),
            m_simulator.baseUrl().toString(),
            QStringLiteral("--profile"),
            profile,
            QStringLiteral("--state-dir"),
            m_stateDir.path()};
}

bool CliCredentialsTest::stateContains(const QString &text) const
{
    QDirIterator files(m_stateDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

void CliCredentialsTest::storeUseAndForgetApi2()
{
    const QString profile = QStringLiteral("customer-a");
    const QByteArray input = "MIMECAST_CLIENT_ID=" + demo::clientId().toUtf8()
            + "\nMIMECAST_CLIENT_SECRET=" + demo::clientSecret().toUtf8() + "\n";

    const CliResult stored = runCli(
            commonArguments(QStringLiteral("store-credentials"), QStringLiteral("2"), profile),
            cliEnvironment(), input);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.standardError));
    QVERIFY(stored.standardOutput.contains(u"Stored 2 credential"));
    QVERIFY(!stored.standardOutput.contains(demo::clientSecret()));

    // The profile file keeps the API version and URL, never a secret.
    QVERIFY(QFile::exists(m_stateDir.filePath(QStringLiteral("config/profiles/customer-a.ini"))));
    QVERIFY(!stateContains(demo::clientSecret()));

    // Later commands find the credentials in the keychain and the settings in the profile.
    const CliResult checked = runCli({QStringLiteral("check"), QStringLiteral("--profile"), profile,
                                      QStringLiteral("--state-dir"), m_stateDir.path()},
                                     cliEnvironment());
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.standardError + checked.standardOutput));
    QCOMPARE(checked.outputLines().size(), 4);

    const CliResult forgotten
            = runCli({QStringLiteral("forget-credentials"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--state-dir"), m_stateDir.path()},
                     cliEnvironment());
    QCOMPARE(forgotten.exitCode, 0);
    QVERIFY(forgotten.standardOutput.contains(u"Removed 2 credential"));

    const CliResult afterForget
            = runCli({QStringLiteral("check"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--state-dir"), m_stateDir.path()},
                     cliEnvironment());
    QCOMPARE(afterForget.exitCode, 3);
    QVERIFY(afterForget.standardError.contains(u"store-credentials"));
}

void CliCredentialsTest::storeApi1FromEnvironment()
{
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_APP_ID"), demo::appId());
    environment.insert(QStringLiteral("MIMECAST_APP_KEY"), demo::appKey());
    environment.insert(QStringLiteral("MIMECAST_ACCESS_KEY"), demo::accessKey());
    // Pasted with a line break and spaces around it: stored trimmed.
    environment.insert(QStringLiteral("MIMECAST_SECRET_KEY"), u"  " + demo::secretKey() + u"\n");

    const QString profile = QStringLiteral("customer-b");
    const CliResult stored = runCli(
            commonArguments(QStringLiteral("store-credentials"), QStringLiteral("1"), profile),
            environment);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.standardError));
    QVERIFY(stored.standardOutput.contains(u"Stored 4 credential"));

    const CliResult preview
            = runCli({QStringLiteral("preview"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--state-dir"), m_stateDir.path(), QStringLiteral("--from"),
                      QStringLiteral("2026-11-23T00:00:00Z"), QStringLiteral("--to"),
                      QStringLiteral("2026-11-24T00:00:00Z")},
                     cliEnvironment());
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.standardError));
    QVERIFY(!preview.outputLines().isEmpty());
    QVERIFY(!stateContains(demo::secretKey()));
    QVERIFY(!stateContains(demo::appKey()));
}

void CliCredentialsTest::storeRejectsBadSecretKey()
{
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("MIMECAST_APP_ID"), demo::appId());
    environment.insert(QStringLiteral("MIMECAST_APP_KEY"), demo::appKey());
    environment.insert(QStringLiteral("MIMECAST_ACCESS_KEY"), demo::accessKey());
    environment.insert(QStringLiteral("MIMECAST_SECRET_KEY"),
                       QStringLiteral("this is not base64!"));

    const CliResult result
            = runCli(commonArguments(QStringLiteral("store-credentials"), QStringLiteral("1"),
                                     QStringLiteral("customer-c")),
                     environment);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardError.contains(u"not valid base64"));
    QVERIFY(!QFile::exists(m_stateDir.filePath(QStringLiteral("config/profiles/customer-c.ini"))));
}

void CliCredentialsTest::storeRejectsWrongCredentials()
{
    const QByteArray input = "MIMECAST_CLIENT_ID=" + demo::clientId().toUtf8()
            + "\nMIMECAST_CLIENT_SECRET=wrong-secret\n";
    const CliResult result
            = runCli(commonArguments(QStringLiteral("store-credentials"), QStringLiteral("2"),
                                     QStringLiteral("customer-d")),
                     cliEnvironment(), input);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.standardError.contains(u"Nothing was stored"));
    QVERIFY(!result.standardError.contains(u"wrong-secret"));
    QVERIFY(!QFile::exists(m_stateDir.filePath(QStringLiteral("config/profiles/customer-d.ini"))));

    // Nothing reached the keychain either: the profile still has no credentials.
    const CliResult check
            = runCli({QStringLiteral("check"), QStringLiteral("--api"), QStringLiteral("2"),
                      QStringLiteral("--base-url"), m_simulator.baseUrl().toString(),
                      QStringLiteral("--profile"), QStringLiteral("customer-d")},
                     cliEnvironment());
    QCOMPARE(check.exitCode, 3);
}

void CliCredentialsTest::storeRejectsMalformedInput()
{
    const CliResult result
            = runCli(commonArguments(QStringLiteral("store-credentials"), QStringLiteral("2"),
                                     QStringLiteral("customer-e")),
                     cliEnvironment(), "just-a-secret-without-a-name\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.standardError.contains(u"Line 1"));
    QVERIFY(!result.standardError.contains(u"just-a-secret"));
}

void CliCredentialsTest::storeDestinationLater()
{
    const QString profile = QStringLiteral("customer-g");
    const QByteArray input = "MIMECAST_CLIENT_ID=" + demo::clientId().toUtf8()
            + "\nMIMECAST_CLIENT_SECRET=" + demo::clientSecret().toUtf8() + "\n";
    const CliResult mimecast = runCli(
            commonArguments(QStringLiteral("store-credentials"), QStringLiteral("2"), profile),
            cliEnvironment(), input);
    QVERIFY2(mimecast.exitCode == 0, qPrintable(mimecast.standardError));

    // Later the Sophos Central credentials are added without entering Mimecast's again.
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("SOPHOS_CLIENT_ID"), demo::sophosClientId());
    environment.insert(QStringLiteral("SOPHOS_CLIENT_SECRET"), demo::sophosClientSecret());
    QStringList arguments
            = commonArguments(QStringLiteral("store-credentials"), QStringLiteral("2"), profile);
    arguments << QStringLiteral("--destination") << QStringLiteral("sophos-case")
              << QStringLiteral("--sophos-id-url") << m_sophos.baseUrl().toString()
              << QStringLiteral("--sophos-api-url") << m_sophos.baseUrl().toString();
    const CliResult sophos = runCli(arguments, environment);
    QVERIFY2(sophos.exitCode == 0, qPrintable(sophos.standardError));
    QVERIFY(sophos.standardOutput.contains(u"PASS sophos"));
    QVERIFY(sophos.standardOutput.contains(u"Stored 4 credential"));
    QVERIFY(!sophos.standardOutput.contains(demo::sophosClientSecret()));

    const CliResult forgotten
            = runCli({QStringLiteral("forget-credentials"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--state-dir"), m_stateDir.path()},
                     cliEnvironment());
    QVERIFY(forgotten.standardOutput.contains(u"Removed 4 credential"));
}

QTEST_GUILESS_MAIN(CliCredentialsTest)
#include "tst_cli_credentials.moc"
