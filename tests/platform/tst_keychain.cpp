// Integration test of QtKeychainSecretStore against a real Secret Service provider.
//
// tools/run-tests.sh runs it inside a private D-Bus session with a throw-away, unlocked
// gnome-keyring, a temporary HOME, MB_TEST_PRIVATE_KEYRING=1 and MB_TEST_KEYRING_PID. Without
// MB_TEST_PRIVATE_KEYRING the test never touches a keyring, because it could be the developer's
// own: it skips, or fails when the CI variable is set. Secret values are random and never
// printed; failure messages show statuses, keys and backend texts only.

#include "keychainprobe.h"
#include "qtkeychainsecretstore.h"
#include "secretresultreceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <signal.h>
#endif

#include <functional>

namespace bridge {

char *toString(SecretStore::Status status)
{
    return QTest::toString(secretStoreStatusName(status));
}

} // namespace bridge

using namespace bridge;
using Status = SecretStore::Status;
using namespace std::chrono_literals;

namespace {

constexpr int callbackWaitMs = 30000;
constexpr int processWaitMs = 20000;

QByteArray describe(const SecretStore::Result &result)
{
    return (secretStoreStatusName(result.status) + QStringLiteral(": ") + result.detail).toUtf8();
}

// Output of one secret-tool run. stdOut may contain a secret and must never be printed.
struct SecretToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
};

// secret-tool prints item attributes ("attribute.user = …") on stderr and the label and the
// secret on stdout. Only lines without the secret are kept for failure messages.
QByteArray printableSecretToolLines(const SecretToolRun &run)
{
    QByteArrayList printableLines;
    const QByteArray output = run.stdOut + '\n' + run.stdErr;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("attribute.") || line.startsWith("label") || line.startsWith("["))
            printableLines.append(line);
    }
    return printableLines.join("; ");
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writeReadOverwriteDelete();
    void entryVisibleToSecretTool();
    void tooLargeValueKeepsPrevious();
    void maximumSizeValueRoundTrips();
    void timeoutReportsOtherError();
    // Runs last, after every other test has written its secrets.
    void secretsAbsentFromSettingsFiles();

private:
    QString unavailableReason();
    QString newKey(const QString &field);
    QString newSecret(int length);

    SecretStore::Result runOperation(const std::function<void(SecretResultReceiver &)> &start);
    SecretStore::Result read(const QString &key);
    SecretStore::Result write(const QString &key, const QString &value);
    SecretStore::Result remove(const QString &key);
    SecretToolRun runSecretTool(const QStringList &arguments);

    QtKeychainSecretStore m_store;
    QString m_profile;
    QStringList m_keysToRemove;
    QStringList m_writtenSecrets;
    bool m_keychainReady = false;
};

void KeychainTest::initTestCase()
{
    // Any settings file QtKeychain or the app could write would be under these names.
    QCoreApplication::setOrganizationName(QStringLiteral("mimecast-bridge"));
    QCoreApplication::setApplicationName(QStringLiteral("mimecast-bridge"));
    m_profile = QStringLiteral("keychain-test-%1").arg(QRandomGenerator::global()->generate());

    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI")) {
            const QString message
                    = reason
                    + QStringLiteral(
                              " The CI variable is set, so a missing keychain is a failure.");
            QFAIL(qPrintable(message));
        }
        QSKIP(qPrintable(reason));
    }
    m_keychainReady = true;
}

void KeychainTest::cleanupTestCase()
{
    if (!m_keychainReady)
        return;
    for (const QString &key : std::as_const(m_keysToRemove))
        remove(key);
}

QString KeychainTest::unavailableReason()
{
    if (!qEnvironmentVariableIsSet("MB_TEST_PRIVATE_KEYRING")) {
        return QStringLiteral(
                "MB_TEST_PRIVATE_KEYRING is not set. Run tools/run-tests.sh, which starts a "
                "private D-Bus session with a throw-away gnome-keyring, so that this test never "
                "touches your own keyring.");
    }
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        return QStringLiteral("No D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set.");
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return QStringLiteral("secret-tool was not found in PATH. Install libsecret-tools.");

    KeychainProbe probe(&m_store);
    QSignalSpy finishedSpy(&probe, &KeychainProbe::finished);
    probe.start();
    if (!finishedSpy.wait(callbackWaitMs))
        return QStringLiteral("The keychain probe did not finish within %1 ms.")
                .arg(callbackWaitMs);
    const auto result = finishedSpy.at(0).at(0).value<KeychainProbeResult>();
    if (!result.available) {
        return QStringLiteral("The keychain probe failed with %1: %2. Check that "
                              "gnome-keyring-daemon runs unlocked in this D-Bus session.")
                .arg(secretStoreStatusName(result.status), result.detail);
    }
    return {};
}

QString KeychainTest::newKey(const QString &field)
{
    const QString key = secretKeyName(m_profile, QStringLiteral("mimecast"), field);
    m_keysToRemove.append(key);
    return key;
}

QString KeychainTest::newSecret(int length)
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString secret;
    secret.reserve(length);
    for (int i = 0; i < length; ++i)
        secret.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    m_writtenSecrets.append(secret);
    return secret;
}

SecretStore::Result
KeychainTest::runOperation(const std::function<void(SecretResultReceiver &)> &start)
{
    SecretResultReceiver receiver;
    QSignalSpy spy(&receiver, &SecretResultReceiver::received);
    start(receiver);
    if (!spy.wait(callbackWaitMs)) {
        SecretStore::Result missing;
        missing.detail = QStringLiteral("no callback within %1 ms").arg(callbackWaitMs);
        return missing;
    }
    return receiver.result();
}

SecretStore::Result KeychainTest::read(const QString &key)
{
    return runOperation([&](SecretResultReceiver &receiver) {
        m_store.read(key, &receiver, receiver.callback());
    });
}

SecretStore::Result KeychainTest::write(const QString &key, const QString &value)
{
    return runOperation([&](SecretResultReceiver &receiver) {
        m_store.write(key, value, &receiver, receiver.callback());
    });
}

SecretStore::Result KeychainTest::remove(const QString &key)
{
    return runOperation([&](SecretResultReceiver &receiver) {
        m_store.remove(key, &receiver, receiver.callback());
    });
}

SecretToolRun KeychainTest::runSecretTool(const QStringList &arguments)
{
    SecretToolRun run;
    QProcess process;
    QSignalSpy finishedSpy(&process, &QProcess::finished);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForStarted(processWaitMs))
        return run;
    run.started = true;
    if (finishedSpy.isEmpty() && !finishedSpy.wait(processWaitMs)) {
        process.kill();
        process.waitForFinished(processWaitMs);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdOut = process.readAllStandardOutput();
    run.stdErr = process.readAllStandardError();
    return run;
}

void KeychainTest::writeReadOverwriteDelete()
{
    const QString key = newKey(QStringLiteral("client-secret"));
    const QString first = newSecret(40);
    const QString second = newSecret(40);

    const auto missing = read(key);
    QVERIFY2(missing.status == Status::NotFound, describe(missing).constData());

    const auto firstWrite = write(key, first);
    QVERIFY2(firstWrite.status == Status::Ok, describe(firstWrite).constData());
    const auto firstRead = read(key);
    QVERIFY2(firstRead.status == Status::Ok, describe(firstRead).constData());
    QVERIFY2(firstRead.value == first, "the value read differs from the value written");

    const auto overwrite = write(key, second);
    QVERIFY2(overwrite.status == Status::Ok, describe(overwrite).constData());
    const auto secondRead = read(key);
    QVERIFY2(secondRead.status == Status::Ok, describe(secondRead).constData());
    QVERIFY2(secondRead.value == second, "the value read is not the overwriting value");

    const auto removal = remove(key);
    QVERIFY2(removal.status == Status::Ok, describe(removal).constData());
    const auto afterRemoval = read(key);
    QVERIFY2(afterRemoval.status == Status::NotFound, describe(afterRemoval).constData());
    QVERIFY(afterRemoval.value.isEmpty());
}

void KeychainTest::entryVisibleToSecretTool()
{
    const QString key = newKey(QStringLiteral("secret-key"));
    const QString secret = newSecret(48);
    const auto stored = write(key, secret);
    QVERIFY2(stored.status == Status::Ok, describe(stored).constData());

    const SecretToolRun search = runSecretTool(
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
             QtKeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY2(search.started, "secret-tool search did not start");
    QCOMPARE(search.exitCode, 0);
    const QByteArray searchOutput = search.stdOut + '\n' + search.stdErr;
    const QByteArray userLine = "attribute.user = " + key.toUtf8();
    const QByteArray serverLine = "attribute.server = mimecast-bridge";
    QVERIFY2(searchOutput.contains(userLine), printableSecretToolLines(search).constData());
    QVERIFY2(searchOutput.contains(serverLine), printableSecretToolLines(search).constData());

    const SecretToolRun lookup
            = runSecretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                             QtKeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY2(lookup.started, "secret-tool lookup did not start");
    QCOMPARE(lookup.exitCode, 0);
    QByteArray looked = lookup.stdOut;
    if (looked.endsWith('\n'))
        looked.chop(1);
    QVERIFY2(looked == secret.toUtf8(), "secret-tool lookup returned a different value");

    const auto removal = remove(key);
    QVERIFY2(removal.status == Status::Ok, describe(removal).constData());
    const SecretToolRun searchAfterRemoval = runSecretTool(
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
             QtKeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    QVERIFY2(searchAfterRemoval.started, "secret-tool search did not start");
    const QByteArray outputAfterRemoval
            = searchAfterRemoval.stdOut + '\n' + searchAfterRemoval.stdErr;
    QVERIFY2(!outputAfterRemoval.contains(userLine),
             printableSecretToolLines(searchAfterRemoval).constData());
}

void KeychainTest::tooLargeValueKeepsPrevious()
{
    const QString key = newKey(QStringLiteral("access-key"));
    const QString previous = newSecret(64);
    const auto stored = write(key, previous);
    QVERIFY2(stored.status == Status::Ok, describe(stored).constData());

    const QString tooLarge = newSecret(int(QtKeychainSecretStore::maxValueBytes) + 1);
    const auto rejected = write(key, tooLarge);
    QVERIFY2(rejected.status == Status::TooLarge, describe(rejected).constData());
    QVERIFY2(!rejected.detail.contains(tooLarge), "the detail text contains the value");

    const auto afterRejection = read(key);
    QVERIFY2(afterRejection.status == Status::Ok, describe(afterRejection).constData());
    QVERIFY2(afterRejection.value == previous,
             "the previous value was changed by a rejected write");
}

void KeychainTest::maximumSizeValueRoundTrips()
{
    const QString key = newKey(QStringLiteral("ingest-key"));
    const QString largest = newSecret(int(QtKeychainSecretStore::maxValueBytes));
    const auto stored = write(key, largest);
    QVERIFY2(stored.status == Status::Ok, describe(stored).constData());

    const auto readBack = read(key);
    QVERIFY2(readBack.status == Status::Ok, describe(readBack).constData());
    QVERIFY2(readBack.value == largest, "the 2048-byte value read differs from the one written");
}

void KeychainTest::timeoutReportsOtherError()
{
#if defined(Q_OS_UNIX)
    bool isNumber = false;
    const qint64 daemonPid = qEnvironmentVariable("MB_TEST_KEYRING_PID").toLongLong(&isNumber);
    if (!isNumber || daemonPid <= 0)
        QSKIP("MB_TEST_KEYRING_PID is not set, so the keyring daemon cannot be paused.");

    const QString key = newKey(QStringLiteral("app-key"));
    const QString secret = newSecret(32);
    const auto stored = write(key, secret);
    QVERIFY2(stored.status == Status::Ok, describe(stored).constData());

    // A paused daemon never answers, like a keyring waiting on an unlock prompt.
    QtKeychainSecretStore impatientStore;
    impatientStore.setTimeout(500ms);
    QCOMPARE(::kill(pid_t(daemonPid), SIGSTOP), 0);
    auto resumeDaemon = qScopeGuard([daemonPid] { ::kill(pid_t(daemonPid), SIGCONT); });

    SecretResultReceiver receiver;
    QSignalSpy spy(&receiver, &SecretResultReceiver::received);
    QElapsedTimer elapsed;
    elapsed.start();
    impatientStore.read(key, &receiver, receiver.callback());
    QVERIFY(spy.wait(callbackWaitMs));
    QVERIFY2(elapsed.elapsed() < 5000, "the timeout took far longer than the 500 ms configured");
    QCOMPARE(receiver.result().status, Status::OtherError);
    QVERIFY2(receiver.result().detail.contains(QStringLiteral("timed out")),
             qPrintable(receiver.result().detail));
    QVERIFY(receiver.result().value.isEmpty());

    QCOMPARE(::kill(pid_t(daemonPid), SIGCONT), 0);
    resumeDaemon.dismiss();

    // QtKeychain runs one job at a time, so this read finishes after the timed-out one. The late
    // result of the timed-out read must not reach its caller a second time.
    const auto afterResume = read(key);
    QVERIFY2(afterResume.status == Status::Ok, describe(afterResume).constData());
    QVERIFY2(afterResume.value == secret, "the value read after the pause differs");
    QTest::qWait(100);
    QCOMPARE(receiver.callCount(), 1);
#else
    QSKIP("Pausing the keyring daemon needs POSIX signals.");
#endif
}

void KeychainTest::secretsAbsentFromSettingsFiles()
{
    QVERIFY(!m_writtenSecrets.isEmpty());

    // A settings file written the way the app writes its own, to show that the scan finds and
    // reads settings files at all.
    const QString marker = QStringLiteral("marker-%1").arg(m_profile);
    QString settingsPath;
    {
        QSettings settings;
        settings.setValue(QStringLiteral("keychainTest/marker"), marker);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        settingsPath = QFileInfo(settings.fileName()).canonicalFilePath();
    }

    const QString home = QDir::homePath();
    QVERIFY2(settingsPath.startsWith(QFileInfo(home).canonicalFilePath()),
             qPrintable(settingsPath));

    int scannedFiles = 0;
    bool markerFound = false;
    QStringList filesWithSecrets;
    QDirIterator files(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scannedFiles;
        if (QFileInfo(path).canonicalFilePath() == settingsPath)
            markerFound = content.contains(marker.toUtf8());
        for (const QString &secret : std::as_const(m_writtenSecrets)) {
            if (content.contains(secret.toUtf8())) {
                filesWithSecrets.append(path);
                break;
            }
        }
    }

    QVERIFY(scannedFiles > 0);
    QVERIFY2(markerFound, "the scan did not read the settings file written by this test");
    QVERIFY2(filesWithSecrets.isEmpty(),
             qPrintable(QStringLiteral("files under HOME contain a secret: ")
                        + filesWithSecrets.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
