#include "mimecastsimulator.h"
#include "simulatorcommandline.h"
#include "simulatorlogging.h"
#include "sophossimulator.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace bridge;

namespace {

void applyTimeShift(MimecastSimulator *simulator, const SimulatorOptions &options)
{
    switch (options.timeShift) {
    case TimeShiftMode::Auto:
        simulator->shiftRecordTimesToNow();
        break;
    case TimeShiftMode::Seconds:
        simulator->shiftRecordTimes(options.timeShiftSeconds);
        break;
    case TimeShiftMode::None:
        break;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mimecast-bridge-simulator"));

    const CommandLineResult parsed
            = parseSimulatorCommandLine(app.arguments(), MimecastSimulator::demoDataFolder());
    if (!parsed.options) {
        QTextStream(parsed.exitCode == 0 ? stdout : stderr) << parsed.output;
        return parsed.exitCode;
    }
    const SimulatorOptions &options = *parsed.options;

    MimecastSimulator mimecast;
    mimecast.setCredentials(options.credentials);
    mimecast.setTokenLifetime(options.tokenLifetimeSeconds);
    mimecast.setFaults(options.faults);

    if (options.dataFolder.isEmpty()) {
        qCWarning(lcSimulator) << "No data set: this build has no demo data and --data was not"
                               << "given, so every log is empty";
    } else {
        QString error;
        if (!mimecast.loadDataSet(options.dataFolder, &error)) {
            QTextStream(stderr) << "Cannot load the data set: " << error << '\n';
            return 1;
        }
        applyTimeShift(&mimecast, options);
    }

    if (!mimecast.listen(options.port)) {
        QTextStream(stderr) << "Cannot listen on 127.0.0.1 port " << options.port << ": "
                            << mimecast.errorString() << '\n';
        return 1;
    }

    SophosSimulator sophos;
    configureSophosSimulator(&sophos, options.sophos);
    if (!sophos.listen(options.sophos.port)) {
        QTextStream(stderr) << "Sophos simulator cannot listen on 127.0.0.1 port "
                            << options.sophos.port << ": " << sophos.errorString() << '\n';
        return 1;
    }

    UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app, [](int number) {
        qCInfo(lcSimulator) << "Received signal" << number << "- stopping";
        QCoreApplication::quit();
    });

    // The one line per service that test scripts and the GUI read to find the ports.
    QTextStream(stdout) << "mimecast " << mimecast.baseUrl().toString() << '\n'
                        << "sophos " << sophos.baseUrl().toString() << Qt::endl;
    std::fflush(stdout);

    return app.exec();
}
