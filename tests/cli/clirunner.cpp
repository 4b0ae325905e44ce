#include "clirunner.h"

#include <QProcess>
#include <QSignalSpy>

QStringList CliResult::outputLines() const
{
    return standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                 const QByteArray &standardInput, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(MB_CLI_PATH), arguments);

    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(standardInput);
    process.closeWriteChannel();

    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"MIMECAST_") || name.startsWith(u"SOPHOS_") || name == u"INGEST_KEY")
            environment.remove(name);
    }
    environment.insert(QStringLiteral("MIMECAST_BRIDGE_INITIAL_BACKOFF_MS"), QStringLiteral("100"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}
