// WorkerLauncher loads a profile's secrets, resolves its destination and hands over a ready
// SyncWorker. These tests use a MemorySecretStore, the in-process simulators on loopback and
// real SQLite in a temporary folder.

#include "memorysecretstore.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"
#include "sophossimulator.h"
#include "syncworker.h"
#include "workerlauncher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

class WorkerLauncherTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void missingEntryFails();
    void keychainFailureNamesStatus();
    void jsonlWorkerDelivers();
    void sophosCaseWorkerDelivers();
    void overrideSkipsKeychain();
    void rejectedDestinationFails();
    void listsRejectedRecords();

private:
    ProfileSettings settings(const QString &name, const QString &destination) const;
    void storeSecret(MemorySecretStore *store, const QString &profile, const QString &connector,
                     const QString &field, const QString &value);
    void storeAllSecrets(MemorySecretStore *store, const QString &profile);
    // Starts the launcher and returns the worker it emits, or nullptr after a failed() signal.
    SyncWorker *launch(WorkerLauncher *launcher, QString *failure = nullptr);
    int lineCount(const QString &path) const;

    MimecastSimulator m_mimecast;
    SophosSimulator m_sophos;
    QTemporaryDir m_folder;
};

void WorkerLauncherTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString error;
    QVERIFY2(m_mimecast.loadDataSet(MimecastSimulator::demoDataFolder(), &error),
             qPrintable(error));
    m_mimecast.shiftRecordTimesToNow();
    QVERIFY2(m_mimecast.listen(), qPrintable(m_mimecast.errorString()));
    QVERIFY2(m_sophos.listen(), qPrintable(m_sophos.errorString()));
}

ProfileSettings WorkerLauncherTest::settings(const QString &name, const QString &destination) const
{
    ProfileSettings profile;
    profile.name = name;
    profile.baseUrl = m_mimecast.baseUrl();
    profile.destination = destination;
    profile.sophosIdentityUrl = m_sophos.baseUrl();
    profile.sophosApiUrl = m_sophos.baseUrl();
    // The simulator's whoami returns a partner account, so the profile names the tenant.
    profile.sophosTenant = demo::sophosTenantId(0);
    profile.outputFile = m_folder.filePath(name + QStringLiteral(".jsonl"));
    profile.backfillHours = 720;
    profile.proxyMode = QStringLiteral("none");
    return profile;
}

void WorkerLauncherTest::storeSecret(MemorySecretStore *store, const QString &profile,
                                     const QString &connector, const QString &field,
                                     const QString &value)
{
    bool written = false;
    store->write(secretKeyName(profile, connector, field), value, this,
                 [&written](const SecretStore::Result &result) {
                     written = result.status == SecretStore::Status::Ok;
                 });
    QTRY_VERIFY(written);
}

void WorkerLauncherTest::storeAllSecrets(MemorySecretStore *store, const QString &profile)
{
    storeSecret(store, profile, QStringLiteral("mimecast"), QStringLiteral("client-id"),
                demo::clientId());
    storeSecret(store, profile, QStringLiteral("mimecast"), QStringLiteral("client-secret"),
                demo::clientSecret());
    storeSecret(store, profile, QStringLiteral("sophos"), QStringLiteral("client-id"),
                demo::sophosClientId());
    storeSecret(store, profile, QStringLiteral("sophos"), QStringLiteral("client-secret"),
                demo::sophosClientSecret());
}

SyncWorker *WorkerLauncherTest::launch(WorkerLauncher *launcher, QString *failure)
{
    QSignalSpy ready(launcher, &WorkerLauncher::ready);
    QSignalSpy failed(launcher, &WorkerLauncher::failed);
    launcher->setBackoff(BackoffPolicy {50, 200, 3});
    launcher->start();
    // Both signals are queued, never emitted from inside start().
    if (!ready.isEmpty() || !failed.isEmpty())
        return nullptr;
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
        return nullptr;
    if (!failed.isEmpty()) {
        if (failure)
            *failure = failed.first().first().toString();
        return nullptr;
    }
    return ready.first().first().value<SyncWorker *>();
}

int WorkerLauncherTest::lineCount(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n'));
}

void WorkerLauncherTest::missingEntryFails()
{
    MemorySecretStore store;
    storeSecret(&store, QStringLiteral("missing"), QStringLiteral("mimecast"),
                QStringLiteral("client-id"), demo::clientId());
    WorkerLauncher launcher(settings(QStringLiteral("missing"), QStringLiteral("jsonl")),
                            m_folder.path(), m_folder.path(), &store);
    QString failure;
    QVERIFY(!launch(&launcher, &failure));
    QVERIFY2(failure.contains(u"mimecast-bridge/v1/missing/mimecast/client-secret"),
             qPrintable(failure));
    QVERIFY2(failure.contains(u"wizard"), qPrintable(failure));
}

void WorkerLauncherTest::keychainFailureNamesStatus()
{
    MemorySecretStore store;
    store.setForcedStatus(SecretStore::Status::AccessDenied);
    WorkerLauncher launcher(settings(QStringLiteral("locked"), QStringLiteral("jsonl")),
                            m_folder.path(), m_folder.path(), &store);
    QString failure;
    QVERIFY(!launch(&launcher, &failure));
    QVERIFY2(failure.contains(u"mimecast-bridge/v1/locked/mimecast/client-id"),
             qPrintable(failure));
    QVERIFY2(failure.contains(describeSecretStoreStatus(SecretStore::Status::AccessDenied)),
             qPrintable(failure));
}

void WorkerLauncherTest::jsonlWorkerDelivers()
{
    MemorySecretStore store;
    storeAllSecrets(&store, QStringLiteral("jsonl"));
    const ProfileSettings profile = settings(QStringLiteral("jsonl"), QStringLiteral("jsonl"));
    QObject owner;
    WorkerLauncher launcher(profile, m_folder.path(), m_folder.path(), &store);
    launcher.setWorkerParent(&owner);
    QString failure;
    SyncWorker *worker = launch(&launcher, &failure);
    QVERIFY2(worker, qPrintable(failure));
    QCOMPARE(worker->parent(), &owner);
    QVERIFY(!worker->isRunning());

    QSignalSpy stopped(worker, &SyncWorker::stopped);
    worker->start(true);
    QVERIFY(stopped.wait(30000));
    QVERIFY(lineCount(profile.outputFile) > 0);
    QVERIFY(QFile::exists(WorkerLauncher::databasePath(m_folder.path(), profile.name)));
}

void WorkerLauncherTest::sophosCaseWorkerDelivers()
{
    MemorySecretStore store;
    storeAllSecrets(&store, QStringLiteral("cases"));
    WorkerLauncher launcher(settings(QStringLiteral("cases"), QStringLiteral("sophos-case")),
                            m_folder.path(), m_folder.path(), &store);
    QString failure;
    SyncWorker *worker = launch(&launcher, &failure);
    QVERIFY2(worker, qPrintable(failure));

    const qsizetype casesBefore = m_sophos.caseCount();
    QSignalSpy stopped(worker, &SyncWorker::stopped);
    QSignalSpy delivered(worker, &SyncWorker::deliveryUpdated);
    worker->start(true);
    QVERIFY(stopped.wait(30000));
    QVERIFY(!delivered.isEmpty());
    QVERIFY(m_sophos.caseCount() > casesBefore);
    delete worker;
}

void WorkerLauncherTest::overrideSkipsKeychain()
{
    MemorySecretStore store;
    ProfileSettings profile = settings(QStringLiteral("override"), QStringLiteral("sophos-case"));
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.sophosIdentityUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.sophosApiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));

    WorkerOverride override;
    override.mimecastBaseUrl = m_mimecast.baseUrl();
    override.sophosIdentityUrl = m_sophos.baseUrl();
    override.sophosApiUrl = m_sophos.baseUrl();
    override.mimecast.clientId = demo::clientId();
    override.mimecast.clientSecret = demo::clientSecret();
    override.destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_ID"), demo::sophosClientId());
    override.destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_SECRET"),
                                       demo::sophosClientSecret());

    WorkerLauncher launcher(profile, m_folder.path(), m_folder.path(), &store);
    launcher.setOverride(override);
    QString failure;
    SyncWorker *worker = launch(&launcher, &failure);
    QVERIFY2(worker, qPrintable(failure));

    QSignalSpy stopped(worker, &SyncWorker::stopped);
    QSignalSpy polls(worker, &SyncWorker::pollFinished);
    worker->start(true);
    QVERIFY(stopped.wait(30000));
    QCOMPARE(polls.size(), 1);
    QVERIFY(polls.first().first().toBool());
    delete worker;
}

void WorkerLauncherTest::rejectedDestinationFails()
{
    MemorySecretStore store;
    const QString name = QStringLiteral("wrong-sophos");
    storeAllSecrets(&store, name);
    storeSecret(&store, name, QStringLiteral("sophos"), QStringLiteral("client-secret"),
                QStringLiteral("not-the-secret"));
    WorkerLauncher launcher(settings(name, QStringLiteral("sophos-case")), m_folder.path(),
                            m_folder.path(), &store);
    QString failure;
    QVERIFY(!launch(&launcher, &failure));
    QVERIFY(!failure.isEmpty());
    QVERIFY2(!failure.contains(u"not-the-secret"), qPrintable(failure));
}

void WorkerLauncherTest::listsRejectedRecords()
{
    MemorySecretStore store;
    storeAllSecrets(&store, QStringLiteral("rejected"));
    WorkerLauncher launcher(settings(QStringLiteral("rejected"), QStringLiteral("jsonl")),
                            m_folder.path(), m_folder.path(), &store);
    QString failure;
    SyncWorker *worker = launch(&launcher, &failure);
    QVERIFY2(worker, qPrintable(failure));

    QSignalSpy polls(worker, &SyncWorker::pollFinished);
    QSignalSpy listed(worker, &SyncWorker::rejectedListed);
    worker->start();
    QVERIFY(polls.wait(30000));
    worker->requestRejected();
    QVERIFY(listed.wait(10000));
    const auto rows = listed.first().first().value<QList<RejectedRow>>();
    QVERIFY(!rows.isEmpty());
    QVERIFY(!rows.first().reasonMessage.isEmpty());

    QSignalSpy finished(worker, &SyncWorker::threadFinished);
    worker->requestStop();
    QVERIFY(finished.wait(10000));
    QVERIFY(!worker->isRunning());
    delete worker;
}

QTEST_MAIN(WorkerLauncherTest)
#include "tst_workerlauncher.moc"
