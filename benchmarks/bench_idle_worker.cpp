// Measures what a SyncWorker costs while it waits between polls. The worker polls an in-process
// Mimecast simulator on 127.0.0.1 once, delivers the demo data set's alerts to a JSON Lines
// file, and then idles with a one-hour poll interval. Over the idle period the program reads
// the process's CPU time (getrusage) and the context switches of every thread
// (/proc/self/task/<tid>/status); each voluntary switch is one wake-up after a sleep.
//
//   bench_idle_worker [--seconds N] [--smoke]
//
// Target: at most 0.1 % of one CPU over the idle period. Smoke mode idles for 2 seconds and
// checks no target.

#include "benchreport.h"
#include "jsonlinessink.h"
#include "mimecastsimulator.h"
#include "simulatorcredentials.h"
#include "syncworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace bridge;
using namespace bridge::bench;

namespace {

const char *const benchmarkName = "idle_worker";

struct ThreadSwitches
{
    qint64 voluntary = 0;
    qint64 involuntary = 0;
};

ThreadSwitches readSwitches(const QString &statusPath)
{
    QFile file(statusPath);
    ThreadSwitches switches;
    if (!file.open(QIODevice::ReadOnly))
        return switches;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            switches.voluntary = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        else if (line.startsWith("nonvoluntary_ctxt_switches:"))
            switches.involuntary = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    return switches;
}

// Context switches per thread id, with the thread's name, for every thread of this process.
QHash<QString, std::pair<QString, ThreadSwitches>> readAllThreads()
{
    QHash<QString, std::pair<QString, ThreadSwitches>> threads;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile comm(tasks.filePath(id + u"/comm"));
        const QString name = comm.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(comm.readAll().trimmed())
                : QString();
        threads.insert(id, {name, readSwitches(tasks.filePath(id + u"/status"))});
    }
    return threads;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The first poll logs every call at info level; only warnings matter here.
    QLoggingCategory::setFilterRules(QStringLiteral("mimecast-bridge.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Benchmark of a sync worker's CPU use between polls."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Idle period in seconds (default 60)."),
                                           QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption smokeOption(
            QStringLiteral("smoke"),
            QStringLiteral("Idle for 2 seconds and check no target, to see that it runs."));
    parser.addOptions({secondsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    bool ok = false;
    const int idleSeconds
            = smoke && !parser.isSet(secondsOption) ? 2 : parser.value(secondsOption).toInt(&ok);
    if (idleSeconds <= 0 || (!smoke && !ok)) {
        std::fprintf(stderr, "Invalid --seconds %s: expected a positive whole number.\n",
                     qPrintable(parser.value(secondsOption)));
        return 2;
    }

    QTemporaryDir folder;
    MimecastSimulator simulator;
    QString error;
    if (!folder.isValid() || !simulator.listen()
        || !simulator.loadDataSet(QStringLiteral(MB_SOURCE_DIR "/resources/demo"), &error)) {
        std::fprintf(stderr, "Cannot start the simulator: %s\n",
                     qPrintable(error.isEmpty() ? simulator.errorString() : error));
        return 1;
    }
    simulator.shiftRecordTimesToNow();

    const QString output = folder.filePath(QStringLiteral("alerts.jsonl"));
    SyncConfig config;
    config.profile = QStringLiteral("idle");
    config.mimecastBaseUrl = simulator.baseUrl();
    config.mimecast.api = MimecastApi::V2;
    config.mimecast.clientId = demo::clientId();
    config.mimecast.clientSecret = demo::clientSecret();
    config.databasePath = folder.filePath(QStringLiteral("state.sqlite"));
    config.pollIntervalSeconds = 3600;
    config.backfillSeconds = 7LL * 24 * 60 * 60;
    config.createSink = [output](QNetworkAccessManager *, QObject *parent) -> AlertSink * {
        return new JsonLinesSink(output, parent);
    };

    SyncWorker worker(config);
    int exitCode = 0;
    bool pollSucceeded = false;
    double cpuBefore = 0;
    QHash<QString, std::pair<QString, ThreadSwitches>> threadsBefore;
    QElapsedTimer idleTimer;

    // The first poll and its deliveries end when the queue is empty; the idle period starts
    // there and runs for idleSeconds.
    QObject::connect(&worker, &SyncWorker::pollFinished, &app, [&](bool succeeded) {
        pollSucceeded = succeeded;
        if (!succeeded || idleTimer.isValid()) {
            if (!succeeded)
                app.exit(1);
            return;
        }
        QTimer::singleShot(500, &app, [&] {
            threadsBefore = readAllThreads();
            cpuBefore = cpuSeconds();
            idleTimer.start();
            QTimer::singleShot(idleSeconds * 1000, &app, [&app] { app.exit(0); });
        });
    });
    QObject::connect(&worker, &SyncWorker::errorOccurred, &app, [](const QString &message, int) {
        std::fprintf(stderr, "Worker error: %s\n", qPrintable(message));
    });
    QTimer::singleShot(60000 + idleSeconds * 1000, &app, [&app] {
        std::fprintf(stderr, "The first poll did not finish within 60 seconds.\n");
        app.exit(1);
    });
    worker.start();
    exitCode = app.exec();

    const double idleWall = double(idleTimer.nsecsElapsed()) / 1e9;
    const double cpuUsed = cpuSeconds() - cpuBefore;
    const QHash<QString, std::pair<QString, ThreadSwitches>> threadsAfter = readAllThreads();
    worker.stop();
    if (exitCode != 0 || !pollSucceeded || idleWall <= 0) {
        std::fprintf(stderr, "The worker's first poll failed.\n");
        return 1;
    }

    QFile alerts(output);
    const qint64 delivered = alerts.open(QIODevice::ReadOnly) ? alerts.readAll().count('\n') : 0;
    std::printf("first poll delivered %lld alerts; idle for %.1f s\n",
                static_cast<long long>(delivered), idleWall);

    qint64 workerWakeups = 0;
    qint64 processWakeups = 0;
    for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it) {
        const ThreadSwitches before = threadsBefore.value(it.key()).second;
        const qint64 wakeups = it.value().second.voluntary - before.voluntary;
        const qint64 involuntary = it.value().second.involuntary - before.involuntary;
        std::printf("  thread %-16s %6lld voluntary, %4lld involuntary context switches\n",
                    qPrintable(it.value().first), static_cast<long long>(wakeups),
                    static_cast<long long>(involuntary));
        processWakeups += wakeups;
        if (it.value().first == worker.threadName().left(15))
            workerWakeups = wakeups;
    }

    printResult(benchmarkName, "CPU time while idle", cpuUsed * 1000.0, "ms");
    printResult(benchmarkName, "worker thread wake-ups", double(workerWakeups) / idleWall, "1/s");
    printResult(benchmarkName, "process wake-ups, all threads", double(processWakeups) / idleWall,
                "1/s");
    const bool met = printTarget(benchmarkName, "CPU while idle", cpuUsed * 100.0 / idleWall, "%",
                                 Better::Lower, 0.1, !smoke);
    return met ? 0 : 1;
}
