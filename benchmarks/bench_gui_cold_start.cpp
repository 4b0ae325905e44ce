// Measures the cold start of the setup wizard: from spawning a fresh process to the Show event
// of the wizard's first page. The parent reads CLOCK_MONOTONIC just before it starts each child.
// The child builds QApplication, an OnboardingSession with DemoServices and a
// MemorySecretStore, and a SetupWizard. It shows the wizard and prints CLOCK_MONOTONIC at the
// first page's Show event and at its first Paint event. All processes share the clock, so the
// differences include fork, exec, dynamic linking and Qt's start-up.
//
//   bench_gui_cold_start [--runs N] [--smoke]
//
// Run it with QT_QPA_PLATFORM=offscreen. Target: median time to the first page shown at most
// 0.5 s. Smoke mode makes 2 runs and checks no target.

#include "benchreport.h"
#include "demoservices.h"
#include "memorysecretstore.h"
#include "onboardingsession.h"
#include "setupwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace bridge;
using namespace bridge::bench;

namespace {

const char *const benchmarkName = "gui_cold_start";
const char *const childArgument = "--child";

qint64 monotonicNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Prints the time of the watched page's first Show and first Paint event, then quits.
class FirstPageWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_shown) {
            m_shown = true;
            std::printf("shown %lld\n", static_cast<long long>(monotonicNanoseconds()));
            std::fflush(stdout);
            // A page that is never painted still ends the run, after a grace period.
            QTimer::singleShot(2000, qApp, &QCoreApplication::quit);
        } else if (event->type() == QEvent::Paint && m_shown && !m_painted) {
            m_painted = true;
            std::printf("painted %lld\n", static_cast<long long>(monotonicNanoseconds()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_shown = false;
    bool m_painted = false;
};

int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir folder;
    MemorySecretStore secretStore;
    DemoServices demoServices;
    OnboardingSession session(AppPaths(folder.path()), &secretStore, &demoServices);
    SetupWizard wizard(&session);
    FirstPageWatcher watcher;
    if (QWizardPage *page = wizard.page(wizard.startId()))
        page->installEventFilter(&watcher);
    wizard.show();
    return app.exec();
}

struct ChildTimes
{
    double shownSeconds = -1;
    double paintedSeconds = -1;
};

std::optional<ChildTimes> runOnce(const QString &program)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = monotonicNanoseconds();
    child.start(program, {QString::fromLatin1(childArgument)});
    if (!child.waitForFinished(30000) || child.exitCode() != 0)
        return std::nullopt;

    ChildTimes times;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        const double seconds = double(parts.at(1).toLongLong() - started) / 1e9;
        if (parts.at(0) == "shown")
            times.shownSeconds = seconds;
        else if (parts.at(0) == "painted")
            times.paintedSeconds = seconds;
    }
    if (times.shownSeconds < 0)
        return std::nullopt;
    return times;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], childArgument) == 0)
        return runChild(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Benchmark of the setup wizard's cold start, run offscreen."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Number of fresh processes (default 11)."),
                                        QStringLiteral("count"), QStringLiteral("11"));
    const QCommandLineOption smokeOption(
            QStringLiteral("smoke"),
            QStringLiteral("Make 2 runs and check no target, to see that it runs."));
    parser.addOptions({runsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int runs = smoke && !parser.isSet(runsOption) ? 2 : parser.value(runsOption).toInt();
    if (runs <= 0) {
        std::fprintf(stderr, "Invalid --runs %s: expected a positive whole number.\n",
                     qPrintable(parser.value(runsOption)));
        return 2;
    }

    QList<double> shown;
    QList<double> painted;
    for (int run = 0; run < runs; ++run) {
        const std::optional<ChildTimes> times = runOnce(QCoreApplication::applicationFilePath());
        if (!times) {
            std::fprintf(stderr, "Run %d: the wizard process failed or never showed a page.\n",
                         run + 1);
            return 1;
        }
        std::printf("run %2d: first page shown after %.3f s, painted after %.3f s\n", run + 1,
                    times->shownSeconds, times->paintedSeconds);
        shown.append(times->shownSeconds);
        if (times->paintedSeconds >= 0)
            painted.append(times->paintedSeconds);
    }

    printResult(benchmarkName, "runs", runs, "processes");
    if (!painted.isEmpty())
        printResult(benchmarkName, "first page painted, median", median(painted), "s");
    const bool met = printTarget(benchmarkName, "first page shown, median", median(shown), "s",
                                 Better::Lower, 0.5, !smoke);
    return met ? 0 : 1;
}
