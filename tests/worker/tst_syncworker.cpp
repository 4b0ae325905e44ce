// SyncWorker runs its engine in a named thread and reports through queued signals. These tests
// drive it against the in-process Mimecast simulator, real SQLite and a JSON Lines destination.

#include "jsonlinessink.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"
#include "syncworker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bridge;

class SyncWorkerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void runsInNamedThread();
    void deliversOncePerKey();
    void waitsBetweenPolls();
    void pollsAgainAfterInterval();
    void pauseAndResume();
    void rejectedCredentialsFail();
    void permissionLossSkipsOneType();
    void stopIsBounded();

private:
    SyncConfig config(const QString &output) const;
    int lineCount(const QString &path) const;

    MimecastSimulator m_simulator;
    QTemporaryDir m_folder;
    int m_demoAlerts = 0;
};

void SyncWorkerTest::initTestCase()
{
    qRegisterMetaType<bridge::SyncEngine::State>();
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
    QString error;
    QVERIFY2(m_simulator.loadDataSet(QStringLiteral(MB_SOURCE_DIR "/resources/demo"), &error),
             qPrintable(error));
    // The number of alerts the demo data set yields, as the generator recorded it.
    QFile expectations(QStringLiteral(MB_SOURCE_DIR "/tests/data/demo-expectations.json"));
    QVERIFY(expectations.open(QIODevice::ReadOnly));
    const QByteArray text = expectations.readAll();
    m_demoAlerts = int(text.count("\"outcome\": \"alert\""));
    QVERIFY(m_demoAlerts > 100);
}

void SyncWorkerTest::init()
{
    m_simulator.setFaults(MimecastFaults());
}

SyncConfig SyncWorkerTest::config(const QString &output) const
{
    SyncConfig config;
    config.profile = QStringLiteral("worker-test");
    config.mimecastBaseUrl = m_simulator.baseUrl();
    config.mimecast.api = MimecastApi::V2;
    config.mimecast.clientId = demo::clientId();
    config.mimecast.clientSecret = demo::clientSecret();
    config.databasePath = output + QStringLiteral(".sqlite");
    config.backfillSeconds = 30LL * 24 * 60 * 60;
    config.backoff = BackoffPolicy {50, 200, 3};
    config.createSink = [output](QNetworkAccessManager *, QObject *parent) -> AlertSink * {
        return new JsonLinesSink(output, parent);
    };
    return config;
}

int SyncWorkerTest::lineCount(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n'));
}

void SyncWorkerTest::runsInNamedThread()
{
    const QString output = m_folder.filePath(QStringLiteral("thread.jsonl"));
    SyncWorker worker(config(output));
    QThread *signalThread = nullptr;
    connect(&worker, &SyncWorker::stateChanged, this,
            [&signalThread](SyncEngine::State, const QDateTime &, const QString &) {
                signalThread = QThread::currentThread();
            });
    QSignalSpy stopped(&worker, &SyncWorker::stopped);
    worker.start(true);
    QCOMPARE(worker.threadName(), QStringLiteral("sync-worker-test"));
    QVERIFY(worker.isRunning());
    QVERIFY(stopped.wait(30000));
    // Signals arrive queued in the thread that owns the worker, never in the engine's thread.
    QCOMPARE(signalThread, QThread::currentThread());
}

void SyncWorkerTest::deliversOncePerKey()
{
    const QString output = m_folder.filePath(QStringLiteral("once.jsonl"));
    {
        SyncWorker worker(config(output));
        QSignalSpy stopped(&worker, &SyncWorker::stopped);
        worker.start(true);
        QVERIFY(stopped.wait(30000));
    }
    QCOMPARE(lineCount(output), m_demoAlerts);

    // A second run over the same database finds nothing new.
    SyncWorker again(config(output));
    QSignalSpy stopped(&again, &SyncWorker::stopped);
    again.start(true);
    QVERIFY(stopped.wait(30000));
    QCOMPARE(lineCount(output), m_demoAlerts);
}

void SyncWorkerTest::waitsBetweenPolls()
{
    const QString output = m_folder.filePath(QStringLiteral("idle.jsonl"));
    SyncConfig settings = config(output);
    settings.pollIntervalSeconds = 60;
    SyncWorker worker(settings);
    QSignalSpy polls(&worker, &SyncWorker::pollFinished);
    QList<SyncEngine::State> states;
    connect(&worker, &SyncWorker::stateChanged, this,
            [&states](SyncEngine::State state, const QDateTime &, const QString &) {
                states.append(state);
            });
    worker.start();
    QVERIFY(polls.wait(30000));
    const QDateTime nextPoll = polls.first().at(2).toDateTime();
    QVERIFY(nextPoll > QDateTime::currentDateTimeUtc().addSecs(50));
    QTRY_COMPARE(states.last(), SyncEngine::State::Idle);

    // Nothing runs until the timer is due.
    QTest::qWait(300);
    QCOMPARE(polls.size(), 1);
    QVERIFY(worker.stop());
}

void SyncWorkerTest::pollsAgainAfterInterval()
{
    const QString output = m_folder.filePath(QStringLiteral("interval.jsonl"));
    SyncConfig settings = config(output);
    settings.pollIntervalSeconds = 1;
    SyncWorker worker(settings);
    QSignalSpy polls(&worker, &SyncWorker::pollFinished);
    worker.start();
    // The poll timer lives in the worker thread, so the next poll starts without any call from
    // this thread.
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 3, 15000);
    QCOMPARE(lineCount(output), m_demoAlerts);
    QVERIFY(worker.stop());
}

void SyncWorkerTest::pauseAndResume()
{
    const QString output = m_folder.filePath(QStringLiteral("pause.jsonl"));
    SyncConfig settings = config(output);
    settings.pollIntervalSeconds = 3600;
    SyncWorker worker(settings);
    QSignalSpy polls(&worker, &SyncWorker::pollFinished);
    QList<SyncEngine::State> states;
    connect(&worker, &SyncWorker::stateChanged, this,
            [&states](SyncEngine::State state, const QDateTime &, const QString &) {
                states.append(state);
            });
    worker.start();
    QVERIFY(polls.wait(30000));

    worker.pause();
    QTRY_COMPARE(states.last(), SyncEngine::State::Paused);
    worker.resume();
    QVERIFY(polls.wait(30000));
    QCOMPARE(polls.size(), 2);
    QVERIFY(worker.stop());
}

void SyncWorkerTest::rejectedCredentialsFail()
{
    const QString output = m_folder.filePath(QStringLiteral("rejected.jsonl"));
    SyncConfig settings = config(output);
    settings.mimecast.clientSecret = QStringLiteral("wrong-secret");
    SyncWorker worker(settings);
    QSignalSpy errors(&worker, &SyncWorker::errorOccurred);
    QList<SyncEngine::State> states;
    connect(&worker, &SyncWorker::stateChanged, this,
            [&states](SyncEngine::State state, const QDateTime &, const QString &) {
                states.append(state);
            });
    QSignalSpy stopped(&worker, &SyncWorker::stopped);
    worker.start(true);
    QVERIFY(stopped.wait(30000));
    QVERIFY(states.contains(SyncEngine::State::Failed));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().at(1).toInt(), 3);
    QVERIFY(!errors.first().at(0).toString().contains(u"wrong-secret"));
    QVERIFY(!QFile::exists(output) || lineCount(output) == 0);
}

void SyncWorkerTest::permissionLossSkipsOneType()
{
    m_simulator.faults().forbiddenTypes = {LogType::Url};
    const QString output = m_folder.filePath(QStringLiteral("forbidden.jsonl"));
    SyncWorker worker(config(output));
    QSignalSpy errors(&worker, &SyncWorker::errorOccurred);
    QSignalSpy stopped(&worker, &SyncWorker::stopped);
    worker.start(true);
    QVERIFY(stopped.wait(30000));
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().at(0).toString().contains(u"Monitoring | URL Protection | Read"));
    // The other two log types were still collected and delivered.
    QVERIFY(lineCount(output) > 0);
    QVERIFY(lineCount(output) < m_demoAlerts);
}

void SyncWorkerTest::stopIsBounded()
{
    // A hanging call must not keep the thread alive past the stop timeout.
    m_simulator.faults().hangCount = 100;
    const QString output = m_folder.filePath(QStringLiteral("hang.jsonl"));
    SyncWorker worker(config(output));
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator.heldRequestCount() > 0, 10000);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(worker.stop(5000));
    QVERIFY(elapsed.elapsed() < 5000);
    QVERIFY(!worker.isRunning());
}

QTEST_GUILESS_MAIN(SyncWorkerTest)
#include "tst_syncworker.moc"
