#pragma once

#include "mimecastfaults.h"
#include "simulatorcredentials.h"
#include "sophoscommandline.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bridge {

// Time shift the executable applies to record times before serving them.
enum class TimeShiftMode {
    Auto, // each log type's newest record lands five minutes before now
    None, // dates stay as written
    Seconds, // every record moves by SimulatorOptions::timeShiftSeconds
};

struct SimulatorOptions
{
    QString dataFolder; // empty: no records
    quint16 port = 0;
    TimeShiftMode timeShift = TimeShiftMode::Auto;
    qint64 timeShiftSeconds = 0;
    int tokenLifetimeSeconds = 1799;
    MimecastSimulatorCredentials credentials;
    MimecastFaults faults;
    SophosSimulatorOptions sophos;
};

// Result of parsing the command line: options to run with, or text to print and an exit code.
struct CommandLineResult
{
    std::optional<SimulatorOptions> options;
    QString output; // help text on stdout, or an error on stderr
    int exitCode = 0;
};

// Environment variables that override the secret demo credentials; secrets are never taken
// from the command line, where other users of the machine could read them.
inline constexpr char clientSecretVariable[] = "MIMECAST_SIMULATOR_CLIENT_SECRET";
inline constexpr char appKeyVariable[] = "MIMECAST_SIMULATOR_APP_KEY";
inline constexpr char secretKeyVariable[] = "MIMECAST_SIMULATOR_SECRET_KEY";

// Parses the arguments (including the program name). defaultDataFolder is used without --data.
CommandLineResult parseSimulatorCommandLine(const QStringList &arguments,
                                            const QString &defaultDataFolder);

} // namespace bridge
