// Crash test of StateStore: a writer process commits windows in a loop and is killed with
// SIGKILL at random moments. After every kill the file must open without damage and hold whole
// windows only: a checkpoint at window N implies all rows of windows 1..N and none later.
//
// The writer is this executable started with --write-windows <database path>.

#include "statestore.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace bridge;
using namespace storetest;

namespace {

constexpr int alertsPerWindow = 25;
constexpr int kills = 20;
const QString writerOption = QStringLiteral("--write-windows");

QString windowKey(int window, int index)
{
    return QStringLiteral("w%1-%2").arg(window).arg(index);
}

// Window n ends n minutes after minute(0).
int windowNumber(const QDateTime &windowTo)
{
    return static_cast<int>(minute(0).secsTo(windowTo) / 60);
}

// Commits windows after the stored checkpoint until killed. Prints one line per commit.
int writeWindows(const QString &path)
{
    StateStore store(QStringLiteral("writer"));
    const StateStore::OpenResult opened = store.open(path);
    if (!opened.ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error));
        return 2;
    }
    const std::optional<Checkpoint> checkpoint = store.checkpoint(profile, LogType::Impersonation);
    const int first = checkpoint ? windowNumber(checkpoint->windowTo) + 1 : 1;
    for (int n = first; n < first + 100000; ++n) {
        QStringList keys;
        for (int i = 0; i < alertsPerWindow; ++i)
            keys.append(windowKey(n, i));
        StateStore::WindowCommit commit = window(minute(n), keys);
        commit.rejected.append({RecordRejection {}, QJsonValue(n)});
        const StateStore::CommitResult result = store.commitWindow(commit);
        if (!result.ok) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(result.error));
            return 3;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestStateStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesWholeWindows();

private:
    // Starts the writer, waits for its first commit, then kills it after a random delay.
    void runAndKillWriter(const QString &path);
    // Opens the file and checks it contains exactly the rows of windows 1..N. Returns N.
    int checkWholeWindows(const QString &path, int iteration);
};

void TestStateStoreCrash::runAndKillWriter(const QString &path)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {writerOption, path});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QVERIFY2(writer.waitForReadyRead(30000), "the writer committed no window");
    QThread::msleep(QRandomGenerator::global()->bounded(200));
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
}

int TestStateStoreCrash::checkWholeWindows(const QString &path, int iteration)
{
    StateStore store(QStringLiteral("checker-%1").arg(iteration));
    const StateStore::OpenResult opened = store.open(path);
    [&] {
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QVERIFY2(opened.movedAsidePath.isEmpty(), qPrintable(opened.error));
    }();
    if (QTest::currentTestFailed())
        return -1;
    {
        RawDatabase raw(path);
        const QString integrity = raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        [&] {
            QCOMPARE(integrity, QStringLiteral("ok"));
        }();
    }

    const std::optional<Checkpoint> checkpoint = store.checkpoint(profile, LogType::Impersonation);
    const int committed = checkpoint ? windowNumber(checkpoint->windowTo) : 0;
    QHash<int, int> rowsPerWindow;
    const QList<OutboxRow> rows = store.rows(profile, std::nullopt, -1);
    for (const OutboxRow &row : rows) {
        const int window = row.key.mid(1, row.key.indexOf(u'-') - 1).toInt();
        ++rowsPerWindow[window];
    }
    [&] {
        QCOMPARE(rows.size(), committed * alertsPerWindow);
        for (int n = 1; n <= committed; ++n)
            QCOMPARE(rowsPerWindow.value(n), alertsPerWindow);
        QCOMPARE(store.counts(profile).rejected, committed);
    }();
    return committed;
}

void TestStateStoreCrash::killedWriterLeavesWholeWindows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.db"));
    int previous = 0;
    for (int iteration = 1; iteration <= kills; ++iteration) {
        runAndKillWriter(path);
        if (QTest::currentTestFailed())
            return;
        const int committed = checkWholeWindows(path, iteration);
        if (QTest::currentTestFailed())
            return;
        // The writer printed at least one commit before it was killed.
        QVERIFY2(committed > previous, qPrintable(QStringLiteral("iteration %1").arg(iteration)));
        previous = committed;
    }
    qInfo("%d windows committed across %d kills", previous, kills);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == writerOption)
        return writeWindows(QString::fromLocal8Bit(argv[2]));
    TestStateStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statestore_crash.moc"
