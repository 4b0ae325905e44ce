// Unit tests of the platform layer that need no keychain: the probe's status mapping, the
// QtKeychain error mapping, the value size limit, the remedy text per desktop, the application
// folders, and the asynchronous contract of MemorySecretStore.

#include "apppaths.h"
#include "desktopremedy.h"
#include "keychainprobe.h"
#include "logfile.h"
#include "memorysecretstore.h"
#include "qtkeychainsecretstore.h"
#include "secretresultreceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <memory>

namespace bridge {

// Status and desktop names in QCOMPARE failure messages.
char *toString(SecretStore::Status status)
{
    return QTest::toString(secretStoreStatusName(status));
}

char *toString(DesktopEnvironment desktop)
{
    return QTest::toString(int(desktop));
}

} // namespace bridge

using namespace bridge;
using Status = SecretStore::Status;

namespace {

// MemorySecretStore that also records the keys it was asked to read.
class RecordingSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

    void read(const QString &key, QObject *context, Callback callback) override
    {
        readKeys.append(key);
        MemorySecretStore::read(key, context, std::move(callback));
    }

    QStringList readKeys;
};

// Translator that marks every remedy text, to prove the texts go through the translation system.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "DesktopRemedy") != 0)
            return {};
        return QStringLiteral("[translated] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

constexpr int waitMs = 5000;

} // namespace

class PlatformUnitsTest : public QObject
{
    Q_OBJECT

private slots:
    void logFileWritesAndRotates();
    void initTestCase();

    void memoryStoreDeliversAsynchronously();
    void memoryStoreHonoursForcedStatus_data();
    void memoryStoreHonoursForcedStatus();

    void probeReadsSentinelKey();
    void probeMapsStatus_data();
    void probeMapsStatus();
    void probeEmitsOncePerRun();

    void keychainErrorMapping_data();
    void keychainErrorMapping();
    void storeDefaults();
    void sizeLimit_data();
    void sizeLimit();
    void tooLargeWriteRejectedAsynchronously();
    void emptyKeyRejected();
    void resultDroppedWhenContextDestroyed();
    void resultDeliveredInContextThread();

    void desktopFromXdg_data();
    void desktopFromXdg();
    void remedyPerDesktop();
    void remedyIsTranslated();

    void appPathsOverride();
    void appPathsDefaults();
    void appPathsCreateFolders();
};

void PlatformUnitsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void PlatformUnitsTest::memoryStoreDeliversAsynchronously()
{
    MemorySecretStore store;
    SecretResultReceiver writeReceiver;
    QSignalSpy writeSpy(&writeReceiver, &SecretResultReceiver::received);

    store.write(QStringLiteral("k"), QStringLiteral("value-1"), &writeReceiver,
                writeReceiver.callback());
    QCOMPARE(writeReceiver.callCount(), 0);
    QVERIFY(writeSpy.wait(waitMs));
    QCOMPARE(writeReceiver.result().status, Status::Ok);

    SecretResultReceiver readReceiver;
    QSignalSpy readSpy(&readReceiver, &SecretResultReceiver::received);
    store.read(QStringLiteral("k"), &readReceiver, readReceiver.callback());
    QCOMPARE(readReceiver.callCount(), 0);
    QVERIFY(readSpy.wait(waitMs));
    QCOMPARE(readReceiver.result().status, Status::Ok);
    QCOMPARE(readReceiver.result().value, QStringLiteral("value-1"));
    QCOMPARE(readReceiver.callCount(), 1);
}

void PlatformUnitsTest::memoryStoreHonoursForcedStatus_data()
{
    QTest::addColumn<Status>("forcedStatus");
    QTest::newRow("no backend") << Status::NoBackend;
    QTest::newRow("access denied") << Status::AccessDenied;
    QTest::newRow("too large") << Status::TooLarge;
    QTest::newRow("other error") << Status::OtherError;
}

void PlatformUnitsTest::memoryStoreHonoursForcedStatus()
{
    QFETCH(Status, forcedStatus);
    MemorySecretStore store;
    store.setForcedStatus(forcedStatus);

    SecretResultReceiver writeReceiver;
    QSignalSpy writeSpy(&writeReceiver, &SecretResultReceiver::received);
    store.write(QStringLiteral("k"), QStringLiteral("value"), &writeReceiver,
                writeReceiver.callback());
    QVERIFY(writeSpy.wait(waitMs));
    QCOMPARE(writeReceiver.result().status, forcedStatus);
    QCOMPARE(store.entryCount(), 0);

    SecretResultReceiver readReceiver;
    QSignalSpy readSpy(&readReceiver, &SecretResultReceiver::received);
    store.read(QStringLiteral("k"), &readReceiver, readReceiver.callback());
    QVERIFY(readSpy.wait(waitMs));
    QCOMPARE(readReceiver.result().status, forcedStatus);
    QVERIFY(readReceiver.result().value.isEmpty());

    SecretResultReceiver removeReceiver;
    QSignalSpy removeSpy(&removeReceiver, &SecretResultReceiver::received);
    store.remove(QStringLiteral("k"), &removeReceiver, removeReceiver.callback());
    QVERIFY(removeSpy.wait(waitMs));
    QCOMPARE(removeReceiver.result().status, forcedStatus);
}

void PlatformUnitsTest::probeReadsSentinelKey()
{
    QCOMPARE(KeychainProbe::sentinelKey(), QStringLiteral("mimecast-bridge/v1/_probe/sentinel"));

    RecordingSecretStore store;
    KeychainProbe probe(&store);
    QSignalSpy finishedSpy(&probe, &KeychainProbe::finished);
    probe.start();
    QVERIFY(finishedSpy.wait(waitMs));
    QCOMPARE(store.readKeys, QStringList {KeychainProbe::sentinelKey()});
}

void PlatformUnitsTest::probeMapsStatus_data()
{
    QTest::addColumn<bool>("sentinelStored");
    QTest::addColumn<Status>("forcedStatus");
    QTest::addColumn<bool>("expectedAvailable");
    QTest::addColumn<Status>("expectedStatus");

    QTest::newRow("empty keychain") << false << Status::Ok << true << Status::NotFound;
    QTest::newRow("sentinel present") << true << Status::Ok << true << Status::Ok;
    QTest::newRow("no backend") << false << Status::NoBackend << false << Status::NoBackend;
    QTest::newRow("access denied")
            << false << Status::AccessDenied << false << Status::AccessDenied;
    QTest::newRow("other error") << false << Status::OtherError << false << Status::OtherError;
}

void PlatformUnitsTest::probeMapsStatus()
{
    QFETCH(bool, sentinelStored);
    QFETCH(Status, forcedStatus);
    QFETCH(bool, expectedAvailable);
    QFETCH(Status, expectedStatus);

    MemorySecretStore store;
    if (sentinelStored) {
        SecretResultReceiver writeReceiver;
        QSignalSpy writeSpy(&writeReceiver, &SecretResultReceiver::received);
        store.write(KeychainProbe::sentinelKey(), QStringLiteral("x"), &writeReceiver,
                    writeReceiver.callback());
        QVERIFY(writeSpy.wait(waitMs));
    }
    store.setForcedStatus(forcedStatus);

    KeychainProbe probe(&store);
    QSignalSpy finishedSpy(&probe, &KeychainProbe::finished);
    probe.start();
    QVERIFY(finishedSpy.wait(waitMs));
    QCOMPARE(finishedSpy.count(), 1);

    const auto result = finishedSpy.at(0).at(0).value<KeychainProbeResult>();
    QCOMPARE(result.available, expectedAvailable);
    QCOMPARE(result.status, expectedStatus);
    QCOMPARE(KeychainProbe::isAvailableStatus(expectedStatus), expectedAvailable);
    QVERIFY(!probe.isRunning());
}

void PlatformUnitsTest::probeEmitsOncePerRun()
{
    MemorySecretStore store;
    KeychainProbe probe(&store);
    QSignalSpy finishedSpy(&probe, &KeychainProbe::finished);

    probe.start();
    QVERIFY(probe.isRunning());
    probe.start(); // ignored: the running probe's result serves both calls
    QCOMPARE(finishedSpy.count(), 0);
    QVERIFY(finishedSpy.wait(waitMs));
    QTest::qWait(50);
    QCOMPARE(finishedSpy.count(), 1);

    probe.start(); // a new run after the first finished
    QVERIFY(finishedSpy.wait(waitMs));
    QCOMPARE(finishedSpy.count(), 2);
}

void PlatformUnitsTest::keychainErrorMapping_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Status>("expectedStatus");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Status::Ok;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound)
                                     << QStringLiteral("Entry not found") << Status::NotFound;
    QTest::newRow("no backend available")
            << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available")
            << Status::NoBackend;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented)
                                     << QStringLiteral("Not implemented") << Status::NoBackend;
    QTest::newRow("access denied")
            << int(QKeychain::AccessDenied) << QStringLiteral("Cannot unlock the collection")
            << Status::AccessDenied;
    QTest::newRow("access denied by user")
            << int(QKeychain::AccessDeniedByUser) << QStringLiteral("The user cancelled")
            << Status::AccessDenied;
    QTest::newRow("could not delete entry")
            << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete entry")
            << Status::OtherError;
    QTest::newRow("other error") << int(QKeychain::OtherError) << QStringLiteral("Something broke")
                                 << Status::OtherError;
    QTest::newRow("other error, no Secret Service provider")
            << int(QKeychain::OtherError)
            << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                              "org.freedesktop.secrets was not provided by any .service files")
            << Status::NoBackend;
    QTest::newRow("other error, activation failed")
            << int(QKeychain::OtherError)
            << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.Spawn.ChildExited: "
                              "Process org.freedesktop.secrets exited with status 1")
            << Status::NoBackend;
    QTest::newRow("other error, no session bus")
            << int(QKeychain::OtherError)
            << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Status::NoBackend;
    QTest::newRow("other error, session bus socket missing")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not connect: No such file or directory") << Status::NoBackend;
}

void PlatformUnitsTest::keychainErrorMapping()
{
    QFETCH(int, keychainError);
    QFETCH(QString, errorString);
    QFETCH(Status, expectedStatus);

    const auto error = static_cast<QKeychain::Error>(keychainError);
    QCOMPARE(QtKeychainSecretStore::statusFromKeychainError(error, errorString), expectedStatus);
}

void PlatformUnitsTest::storeDefaults()
{
    QCOMPARE(QtKeychainSecretStore::serviceName(), QStringLiteral("mimecast-bridge"));
    QCOMPARE(QtKeychainSecretStore::maxValueBytes, 2048);

    QtKeychainSecretStore store;
    QCOMPARE(store.timeout(), std::chrono::milliseconds(15000));
    store.setTimeout(std::chrono::milliseconds(250));
    QCOMPARE(store.timeout(), std::chrono::milliseconds(250));
}

void PlatformUnitsTest::sizeLimit_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expectedTooLarge");

    const QChar eAcute(0x00E9); // two bytes in UTF-8
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("2048 ASCII bytes") << QString(2048, QLatin1Char('a')) << false;
    QTest::newRow("2049 ASCII bytes") << QString(2049, QLatin1Char('a')) << true;
    QTest::newRow("1024 two-byte characters") << QString(1024, eAcute) << false;
    QTest::newRow("1025 two-byte characters") << QString(1025, eAcute) << true;
}

void PlatformUnitsTest::sizeLimit()
{
    QFETCH(QString, value);
    QFETCH(bool, expectedTooLarge);
    QCOMPARE(QtKeychainSecretStore::exceedsValueLimit(value), expectedTooLarge);
}

void PlatformUnitsTest::tooLargeWriteRejectedAsynchronously()
{
    // Rejected before any QtKeychain job exists, so this never reaches a real keychain.
    QtKeychainSecretStore store;
    SecretResultReceiver receiver;
    QSignalSpy spy(&receiver, &SecretResultReceiver::received);
    const QString value(2049, QLatin1Char('s'));

    store.write(QStringLiteral("mimecast-bridge/v1/unit/mimecast/secret-key"), value, &receiver,
                receiver.callback());
    QCOMPARE(receiver.callCount(), 0);
    QVERIFY(spy.wait(waitMs));
    QCOMPARE(receiver.result().status, Status::TooLarge);
    QVERIFY(receiver.result().detail.contains(QStringLiteral("2049")));
    QVERIFY(receiver.result().detail.contains(QStringLiteral("2048")));
    QVERIFY2(!receiver.result().detail.contains(value), "the detail text contains the value");
}

void PlatformUnitsTest::emptyKeyRejected()
{
    // The empty key is rejected before the job starts, so no keychain is contacted.
    QtKeychainSecretStore store;
    SecretResultReceiver receiver;
    QSignalSpy spy(&receiver, &SecretResultReceiver::received);

    store.read(QString(), &receiver, receiver.callback());
    QVERIFY(spy.wait(waitMs));
    QCOMPARE(receiver.result().status, Status::OtherError);
    QVERIFY(receiver.result().detail.contains(QStringLiteral("empty")));
}

void PlatformUnitsTest::resultDroppedWhenContextDestroyed()
{
    QtKeychainSecretStore store;
    auto called = std::make_shared<bool>(false);
    auto *context = new QObject;

    store.write(QStringLiteral("mimecast-bridge/v1/unit/mimecast/secret-key"),
                QString(4096, QLatin1Char('s')), context,
                [called](const SecretStore::Result &) { *called = true; });
    delete context;
    QTest::qWait(100);
    QVERIFY(!*called);
}

void PlatformUnitsTest::resultDeliveredInContextThread()
{
    QtKeychainSecretStore store;
    QThread workerThread;
    workerThread.setObjectName(QStringLiteral("keychain-test-worker"));
    workerThread.start();
    auto *workerContext = new QObject;
    workerContext->moveToThread(&workerThread);

    std::atomic<QThread *> callbackThread {nullptr};
    SecretResultReceiver doneSignal; // lives in the test thread, only used to wake the test
    QSignalSpy doneSpy(&doneSignal, &SecretResultReceiver::received);

    QMetaObject::invokeMethod(workerContext, [&]() {
        store.write(QStringLiteral("mimecast-bridge/v1/unit/mimecast/secret-key"),
                    QString(4096, QLatin1Char('s')), workerContext,
                    [&](const SecretStore::Result &) {
                        callbackThread = QThread::currentThread();
                        QMetaObject::invokeMethod(&doneSignal, &SecretResultReceiver::received,
                                                  Qt::QueuedConnection);
                    });
    });

    QVERIFY(doneSpy.wait(waitMs));
    QCOMPARE(callbackThread.load(), &workerThread);

    QMetaObject::invokeMethod(workerContext, &QObject::deleteLater);
    workerThread.quit();
    QVERIFY(workerThread.wait(waitMs));
}

void PlatformUnitsTest::desktopFromXdg_data()
{
    QTest::addColumn<QString>("xdgCurrentDesktop");
    QTest::addColumn<DesktopEnvironment>("expected");

    QTest::newRow("GNOME") << QStringLiteral("GNOME") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("Ubuntu GNOME") << QStringLiteral("ubuntu:GNOME")
                                  << DesktopEnvironment::GnomeFamily;
    QTest::newRow("Unity") << QStringLiteral("Unity") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("XFCE") << QStringLiteral("XFCE") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("Cinnamon") << QStringLiteral("X-Cinnamon") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("MATE") << QStringLiteral("MATE") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("lower case") << QStringLiteral("gnome") << DesktopEnvironment::GnomeFamily;
    QTest::newRow("KDE") << QStringLiteral("KDE") << DesktopEnvironment::Kde;
    QTest::newRow("KDE listed after GNOME")
            << QStringLiteral("GNOME:KDE") << DesktopEnvironment::Kde;
    QTest::newRow("empty") << QString() << DesktopEnvironment::Unknown;
    QTest::newRow("sway") << QStringLiteral("sway") << DesktopEnvironment::Unknown;
    QTest::newRow("only separators") << QStringLiteral("::") << DesktopEnvironment::Unknown;
}

void PlatformUnitsTest::desktopFromXdg()
{
    QFETCH(QString, xdgCurrentDesktop);
    QFETCH(DesktopEnvironment, expected);
    QCOMPARE(desktopEnvironmentFromXdgCurrentDesktop(xdgCurrentDesktop), expected);
}

void PlatformUnitsTest::remedyPerDesktop()
{
    const QString gnome = keychainRemedy(DesktopEnvironment::GnomeFamily);
    const QString kde = keychainRemedy(DesktopEnvironment::Kde);
    const QString windows = keychainRemedy(DesktopEnvironment::Windows);
    const QString macOs = keychainRemedy(DesktopEnvironment::MacOS);
    const QString unknown = keychainRemedy(DesktopEnvironment::Unknown);

    QVERIFY(gnome.contains(QStringLiteral("gnome-keyring")));
    QVERIFY(gnome.contains(QStringLiteral("unlock")));
    QVERIFY(kde.contains(QStringLiteral("KWallet")));
    QVERIFY(kde.contains(QStringLiteral("Secret Service")));
    QVERIFY(windows.contains(QStringLiteral("Credential Manager")));
    QVERIFY(macOs.contains(QStringLiteral("Keychain Access")));
    QVERIFY(unknown.contains(QStringLiteral("dbus-run-session")));
    QVERIFY(unknown.contains(QStringLiteral("gnome-keyring-daemon --unlock --components=secrets")));

    const QStringList all = {gnome, kde, windows, macOs, unknown};
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void PlatformUnitsTest::remedyIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator
            = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    for (const auto desktop :
         {DesktopEnvironment::GnomeFamily, DesktopEnvironment::Kde, DesktopEnvironment::Windows,
          DesktopEnvironment::MacOS, DesktopEnvironment::Unknown}) {
        const QString remedy = keychainRemedy(desktop);
        QVERIFY2(remedy.startsWith(QStringLiteral("[translated] ")), qPrintable(remedy));
    }
}

void PlatformUnitsTest::appPathsOverride()
{
    const AppPaths paths(QStringLiteral("/srv/bridge/"));
    QVERIFY(paths.hasOverride());
    QCOMPARE(paths.configFolder(), QStringLiteral("/srv/bridge/config"));
    QCOMPARE(paths.stateFolder(), QStringLiteral("/srv/bridge/state"));
    QCOMPARE(paths.logFolder(), QStringLiteral("/srv/bridge/log"));
}

void PlatformUnitsTest::appPathsDefaults()
{
    const AppPaths paths;
    QVERIFY(!paths.hasOverride());
    QCOMPARE(AppPaths::applicationFolderName(), QStringLiteral("mimecast-bridge"));

    const QString configBase
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString dataBase = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(paths.configFolder(),
             QDir::cleanPath(configBase + QStringLiteral("/mimecast-bridge")));
    QCOMPARE(paths.stateFolder(), QDir::cleanPath(dataBase + QStringLiteral("/mimecast-bridge")));
    QCOMPARE(paths.logFolder(), paths.stateFolder() + QStringLiteral("/log"));
}

void PlatformUnitsTest::appPathsCreateFolders()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const AppPaths paths(base.filePath(QStringLiteral("nested/bridge")));

    QString errorMessage;
    QVERIFY2(paths.createFolders(&errorMessage), qPrintable(errorMessage));
    for (const QString &folder : {paths.configFolder(), paths.stateFolder(), paths.logFolder()}) {
        const QFileInfo info(folder);
        QVERIFY2(info.isDir(), qPrintable(folder));
#if defined(Q_OS_UNIX)
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif
    }

    // A regular file where a folder should be makes creation fail with a message naming it.
    QFile blocker(base.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AppPaths blockedPaths(base.filePath(QStringLiteral("blocked")));
    QVERIFY(!blockedPaths.createFolders(&errorMessage));
    QVERIFY2(errorMessage.contains(QStringLiteral("blocked")), qPrintable(errorMessage));
}

void PlatformUnitsTest::logFileWritesAndRotates()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    constexpr qint64 maxBytes = 4096;
    QString error;
    QVERIFY2(installLogFile(folder.path(), maxBytes, &error), qPrintable(error));

    const QString path = QDir(folder.path()).filePath(logFileName());
    qInfo("first message for the log file");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    QVERIFY2(first.contains(" info default ["), first.constData());
    QVERIFY(first.contains("first message for the log file\n"));

    // Past the limit the file moves to ".1" and a new one starts, so neither grows further.
    const QByteArray filler(200, 'x');
    for (int i = 0; i < 60; ++i)
        qInfo("%s %d", filler.constData(), i);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
    QVERIFY(QFileInfo(path).size() <= maxBytes);
    QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() <= maxBytes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray(filler + " 59\n")));
}

QTEST_GUILESS_MAIN(PlatformUnitsTest)
#include "tst_platform_units.moc"
