#include "simulatorcommandline.h"

#include <QCommandLineParser>
#include <QJsonValue>

namespace bridge {

namespace {

CommandLineResult usageError(const QString &message)
{
    CommandLineResult result;
    result.output = message + u"\nRun with --help for the list of options.\n";
    result.exitCode = 2;
    return result;
}

QString helpIntroduction()
{
    return QStringLiteral(
                   "Serves local test servers on 127.0.0.1 for tests and demo mode, each on its "
                   "own port:\n"
                   "a Mimecast API (1.0 and 2.0), and a Sophos Central API whose URL serves the "
                   "identity\n"
                   "service, the API and an HTTPS ingest endpoint at <URL>/ingest. Prints one "
                   "line per\n"
                   "service, \"mimecast http://127.0.0.1:PORT\" and \"sophos "
                   "http://127.0.0.1:PORT\", then\n"
                   "runs until SIGINT or SIGTERM.\n\n"
                   "Fault switches can also be changed at run time: POST a JSON object such as\n"
                   "{\"rate-limit\":2} to /_simulator/faults on the Mimecast port, or\n"
                   "{\"sophos-rate-limit\":2} to /_simulator/sophos/faults on the Sophos port. "
                   "The request\n"
                   "logs are at GET /_simulator/requests and GET /_simulator/sophos/requests; the "
                   "cases\n"
                   "and alerts the Sophos simulator received are at GET "
                   "/_simulator/sophos/received.\n\n"
                   "Secret credentials default to the public demo values and can be overridden "
                   "with the\n"
                   "environment variables %1,\n%2, %3 (Mimecast),\n"
                   "%4 and %5 (Sophos).")
            .arg(QLatin1String(clientSecretVariable), QLatin1String(appKeyVariable),
                 QLatin1String(secretKeyVariable), QLatin1String(sophosClientSecretVariable),
                 QLatin1String(ingestKeyVariable));
}

void applyEnvironmentSecrets(MimecastSimulatorCredentials *credentials)
{
    if (qEnvironmentVariableIsSet(clientSecretVariable))
        credentials->clientSecret = qEnvironmentVariable(clientSecretVariable);
    if (qEnvironmentVariableIsSet(appKeyVariable))
        credentials->appKey = qEnvironmentVariable(appKeyVariable);
    if (qEnvironmentVariableIsSet(secretKeyVariable))
        credentials->secretKey = qEnvironmentVariable(secretKeyVariable);
}

} // namespace

CommandLineResult parseSimulatorCommandLine(const QStringList &arguments,
                                            const QString &defaultDataFolder)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(helpIntroduction());
    const QCommandLineOption helpOption = parser.addHelpOption();

    const QCommandLineOption dataOption(
            QStringLiteral("data"),
            QStringLiteral("Folder with ttp-attachment.ndjson, ttp-impersonation.ndjson and "
                           "ttp-url.ndjson (default: the built-in demo data set, if any)."),
            QStringLiteral("DIR"));
    const QCommandLineOption portOption(
            QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 picks a free port."),
            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption timeShiftOption(
            QStringLiteral("time-shift"),
            QStringLiteral("Move record times: auto (each log type's newest record five minutes "
                           "before now), none, or a number of seconds."),
            QStringLiteral("auto|none|SECONDS"), QStringLiteral("auto"));
    const QCommandLineOption tokenLifetimeOption(
            QStringLiteral("token-lifetime"),
            QStringLiteral("Lifetime of API 2.0 access tokens in seconds."),
            QStringLiteral("SECONDS"), QStringLiteral("1799"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            QStringLiteral("API 2.0 client id to accept."),
                                            QStringLiteral("ID"), demo::clientId());
    const QCommandLineOption appIdOption(QStringLiteral("app-id"),
                                         QStringLiteral("API 1.0 application id to accept."),
                                         QStringLiteral("ID"), demo::appId());
    const QCommandLineOption accessKeyOption(QStringLiteral("access-key"),
                                             QStringLiteral("API 1.0 access key to accept."),
                                             QStringLiteral("KEY"), demo::accessKey());
    parser.addOptions({dataOption, portOption, timeShiftOption, tokenLifetimeOption, clientIdOption,
                       appIdOption, accessKeyOption});

    addSophosOptions(&parser);

    const QList<FaultSwitch> switches = mimecastFaultSwitches();
    for (const FaultSwitch &faultSwitch : switches) {
        const QString description = u"Fault: " + faultSwitch.description;
        if (faultSwitch.kind == FaultValueKind::Flag)
            parser.addOption(QCommandLineOption(faultSwitch.name, description));
        else
            parser.addOption(
                    QCommandLineOption(faultSwitch.name, description, faultSwitch.valueName));
    }

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        return {std::nullopt, parser.helpText(), 0};
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("Unexpected argument: %1")
                                  .arg(parser.positionalArguments().constFirst()));
    }

    SimulatorOptions options;
    options.dataFolder = parser.isSet(dataOption) ? parser.value(dataOption) : defaultDataFolder;

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("Invalid --port %1: expected 0 to 65535")
                                  .arg(parser.value(portOption)));
    options.port = static_cast<quint16>(port);

    const QString timeShift = parser.value(timeShiftOption);
    if (timeShift == u"auto") {
        options.timeShift = TimeShiftMode::Auto;
    } else if (timeShift == u"none") {
        options.timeShift = TimeShiftMode::None;
    } else {
        options.timeShift = TimeShiftMode::Seconds;
        options.timeShiftSeconds = timeShift.toLongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("Invalid --time-shift %1: expected auto, none or "
                                             "a whole number of seconds")
                                      .arg(timeShift));
    }

    options.tokenLifetimeSeconds = parser.value(tokenLifetimeOption).toInt(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return usageError(QStringLiteral("Invalid --token-lifetime %1: expected a positive "
                                         "number of seconds")
                                  .arg(parser.value(tokenLifetimeOption)));

    options.credentials.clientId = parser.value(clientIdOption);
    options.credentials.appId = parser.value(appIdOption);
    options.credentials.accessKey = parser.value(accessKeyOption);
    applyEnvironmentSecrets(&options.credentials);

    for (const FaultSwitch &faultSwitch : switches) {
        if (!parser.isSet(faultSwitch.name))
            continue;
        const QJsonValue value = faultSwitch.kind == FaultValueKind::Flag
                ? QJsonValue(true)
                : QJsonValue(parser.value(faultSwitch.name));
        QString error;
        if (!applyFaultSetting(&options.faults, faultSwitch.name, value, &error))
            return usageError(error);
    }

    const QString sophosError = readSophosOptions(parser, &options.sophos);
    if (!sophosError.isEmpty())
        return usageError(sophosError);

    return {options, QString(), 0};
}

} // namespace bridge
