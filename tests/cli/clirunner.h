#pragma once

#include <QProcessEnvironment>
#include <QStringList>

// Output of one run of mimecast-bridge-cli.
struct CliResult
{
    int exitCode = -1;
    bool finished = false;
    QString standardOutput;
    QString standardError;

    QStringList outputLines() const;
};

// Runs mimecast-bridge-cli without blocking the event loop, so an in-process simulator keeps
// responding while the command runs. Credentials go through the environment, never arguments.
CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                 const QByteArray &standardInput = {}, int timeoutMs = 120000);

// A clean environment for the CLI: no credential variables of the caller, a short first retry
// delay, English messages unless the test sets another locale.
QProcessEnvironment cliEnvironment();
