#include "clioptions.h"

#include "mimecasttime.h"
#include "profilesettings.h"
#include "urlpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bridge {

namespace {

const QList<std::pair<QString, CliCommand>> &commands()
{
    static const QList<std::pair<QString, CliCommand>> list = {
            {QStringLiteral("check"), CliCommand::Check},
            {QStringLiteral("preview"), CliCommand::Preview},
            {QStringLiteral("sync"), CliCommand::Sync},
            {QStringLiteral("status"), CliCommand::Status},
            {QStringLiteral("store-credentials"), CliCommand::StoreCredentials},
            {QStringLiteral("forget-credentials"), CliCommand::ForgetCredentials},
    };
    return list;
}

QString usageFooter()
{
    return QCoreApplication::translate(
            "CommandLine",
            "Commands:\n"
            "  check               Test the credentials and each log type's permission.\n"
            "  preview             Print the alerts of a time window (--from, --to).\n"
            "  sync                Collect new alerts and deliver them every poll interval\n"
            "                      until stopped, or once with --once.\n"
            "  status              Print the profile's checkpoints and outbox counts.\n"
            "  store-credentials   Test and store credentials read from the environment or\n"
            "                      standard input (NAME=value lines) in the keychain.\n"
            "  forget-credentials  Remove the profile's credentials from the keychain.\n"
            "\n"
            "Credentials are read from MIMECAST_CLIENT_ID and MIMECAST_CLIENT_SECRET (API 2.0)\n"
            "or MIMECAST_APP_ID, MIMECAST_APP_KEY, MIMECAST_ACCESS_KEY and MIMECAST_SECRET_KEY\n"
            "(API 1.0), and SOPHOS_CLIENT_ID, SOPHOS_CLIENT_SECRET and INGEST_KEY for the\n"
            "destinations, when set; otherwise from the keychain. They are never accepted as\n"
            "arguments.\n"
            "\n"
            "Exit status: 0 success, 1 network or server failure, 2 usage error,\n"
            "3 authentication or permission failure, 4 invalid response, 5 keychain\n"
            "unavailable.\n");
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption profile {
            QStringLiteral("profile"),
            QCoreApplication::translate("CommandLine",
                                        "Customer profile to use (default: default)."),
            QCoreApplication::translate("CommandLine", "name")};
    QCommandLineOption api {
            QStringLiteral("api"),
            QCoreApplication::translate("CommandLine", "Mimecast API version: 1 or 2."),
            QCoreApplication::translate("CommandLine", "version")};
    QCommandLineOption region {
            QStringLiteral("region"),
            QCoreApplication::translate(
                    "CommandLine",
                    "Region preset, such as global, uk or us for API 2.0, or eu, "
                    "de, us, usb, ca, za, au for API 1.0."),
            QCoreApplication::translate("CommandLine", "code")};
    QCommandLineOption baseUrl {
            QStringLiteral("base-url"),
            QCoreApplication::translate(
                    "CommandLine", "Custom API base URL (https, or http to this computer only)."),
            QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption types {QStringLiteral("types"),
                              QCoreApplication::translate(
                                      "CommandLine",
                                      "Log types, comma-separated: attachment, impersonation, url "
                                      "(default: all three)."),
                              QCoreApplication::translate("CommandLine", "list")};
    QCommandLineOption pageSize {
            QStringLiteral("page-size"),
            QCoreApplication::translate("CommandLine",
                                        "Records per page, 1 to 500 (default: 100)."),
            QCoreApplication::translate("CommandLine", "count")};
    QCommandLineOption stateDir {
            QStringLiteral("state-dir"),
            QCoreApplication::translate("CommandLine",
                                        "Folder for settings, state and logs instead of the "
                                        "platform's defaults."),
            QCoreApplication::translate("CommandLine", "folder")};
    QCommandLineOption language {
            QStringLiteral("lang"),
            QCoreApplication::translate(
                    "CommandLine", "Language of messages: en or pt_BR (default: the system's)."),
            QCoreApplication::translate("CommandLine", "code")};
    QCommandLineOption verbose {
            {QStringLiteral("v"), QStringLiteral("verbose")},
            QCoreApplication::translate("CommandLine",
                                        "Log each call and retry on standard error.")};
    QCommandLineOption from {
            QStringLiteral("from"),
            QCoreApplication::translate(
                    "CommandLine", "Start of the preview window, ISO 8601 (UTC when no offset)."),
            QCoreApplication::translate("CommandLine", "time")};
    QCommandLineOption to {
            QStringLiteral("to"),
            QCoreApplication::translate(
                    "CommandLine", "End of the preview window, ISO 8601 (UTC when no offset)."),
            QCoreApplication::translate("CommandLine", "time")};
    QCommandLineOption once {QStringLiteral("once"),
                             QCoreApplication::translate("CommandLine",
                                                         "With sync: run one poll and its "
                                                         "deliveries, then exit.")};
    QCommandLineOption destination {
            QStringLiteral("destination"),
            QCoreApplication::translate("CommandLine",
                                        "Where sync delivers alerts: sophos-case (default), "
                                        "https or jsonl."),
            QCoreApplication::translate("CommandLine", "name")};
    QCommandLineOption sophosIdUrl {QStringLiteral("sophos-id-url"),
                                    QCoreApplication::translate("CommandLine",
                                                                "Sophos identity URL (default "
                                                                "https://id.sophos.com)."),
                                    QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption sophosApiUrl {
            QStringLiteral("sophos-api-url"),
            QCoreApplication::translate("CommandLine",
                                        "Sophos Central API URL (default "
                                        "https://api.central.sophos.com)."),
            QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption sophosTenant {
            QStringLiteral("sophos-tenant"),
            QCoreApplication::translate("CommandLine",
                                        "Sophos Central tenant ID, needed for partner and "
                                        "organization accounts."),
            QCoreApplication::translate("CommandLine", "id")};
    QCommandLineOption ingestUrl {
            QStringLiteral("ingest-url"),
            QCoreApplication::translate("CommandLine", "HTTPS ingest URL for --destination https."),
            QCoreApplication::translate("CommandLine", "url")};
    QCommandLineOption outputFile {
            QStringLiteral("output-file"),
            QCoreApplication::translate("CommandLine", "JSON Lines file for --destination jsonl."),
            QCoreApplication::translate("CommandLine", "path")};
    QCommandLineOption caBundle {
            QStringLiteral("ca-bundle"),
            QCoreApplication::translate("CommandLine",
                                        "Extra CA certificates (PEM) to trust, for example a "
                                        "TLS-inspecting proxy's."),
            QCoreApplication::translate("CommandLine", "path")};
    QCommandLineOption retryFailed {
            QStringLiteral("retry-failed"),
            QCoreApplication::translate("CommandLine",
                                        "With sync: return the deliveries parked as failed to "
                                        "the queue before the first poll.")};
    // -v means --verbose here, so the version option is spelled out only.
    QCommandLineOption version {
            QStringLiteral("version"),
            QCoreApplication::translate("CommandLine", "Print the version and exit.")};
    QCommandLineOption format {
            QStringLiteral("format"),
            QCoreApplication::translate("CommandLine",
                                        "Preview output: jsonl (one alert per line) or table."),
            QCoreApplication::translate("CommandLine", "format"), QStringLiteral("jsonl")};

    Parser()
    {
        parser.setApplicationDescription(
                QCoreApplication::translate(
                        "CommandLine",
                        "Collects Mimecast threat alerts and maps them to MITRE ATT&CK.")
                + u"\n\n" + usageFooter());
        parser.addPositionalArgument(
                QCoreApplication::translate("CommandLine", "command"),
                QCoreApplication::translate("CommandLine",
                                            "check, preview, sync, status, "
                                            "store-credentials or forget-credentials."));
        parser.addHelpOption();
        parser.addOptions({profile,     api,          region,       baseUrl,   types,
                           pageSize,    stateDir,     language,     verbose,   from,
                           to,          format,       version,      once,      destination,
                           sophosIdUrl, sophosApiUrl, sophosTenant, ingestUrl, outputFile,
                           caBundle,    retryFailed});
    }
};

QString parseTimeOption(const QString &value, const QString &optionName, QDateTime *out)
{
    const std::optional<QDateTime> parsed = parseUserTime(value);
    if (!parsed) {
        return QCoreApplication::translate(
                       "CommandLine",
                       "The value \"%1\" of --%2 is not a valid ISO 8601 time. Use, for example, "
                       "2026-12-04T15:00:00Z.")
                .arg(value, optionName);
    }
    *out = *parsed;
    return {};
}

} // namespace

CliParseResult parseCommandLine(const QStringList &arguments)
{
    Parser p;
    CliParseResult result;
    if (!p.parser.parse(arguments)) {
        result.error = p.parser.errorText() + u'\n'
                + QCoreApplication::translate("CommandLine", "Run with --help for the usage.");
        return result;
    }
    if (p.parser.isSet(QStringLiteral("help"))) {
        result.helpText = p.parser.helpText();
        return result;
    }
    if (p.parser.isSet(QStringLiteral("version"))) {
        result.helpText = QCoreApplication::applicationName() + u' '
                + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }

    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() != 1) {
        // The extra words are not echoed: a user may have pasted a secret there.
        result.error = positional.isEmpty()
                ? QCoreApplication::translate(
                        "CommandLine",
                        "No command given. Run with --help for the list of commands.")
                : QCoreApplication::translate(
                        "CommandLine",
                        "Unexpected arguments after the command. Secrets are never accepted as "
                        "arguments; set them in the environment or store them in the keychain.");
        return result;
    }

    CliOptions options;
    bool knownCommand = false;
    for (const auto &[name, command] : commands()) {
        if (positional.first() == name) {
            options.command = command;
            knownCommand = true;
        }
    }
    if (!knownCommand) {
        result.error = QCoreApplication::translate(
                               "CommandLine",
                               "Unknown command \"%1\". Use check, preview, sync, status, "
                               "store-credentials or forget-credentials.")
                               .arg(positional.first());
        return result;
    }

    options.profile
            = p.parser.value(p.profile).isEmpty() ? options.profile : p.parser.value(p.profile);
    if (!ProfileSettings::isValidName(options.profile)) {
        result.error = QCoreApplication::translate(
                               "CommandLine",
                               "The profile name \"%1\" is invalid. Use letters, digits, '-', '_' "
                               "and '.', up to 64 characters.")
                               .arg(options.profile);
        return result;
    }

    if (p.parser.isSet(p.api)) {
        const QString value = p.parser.value(p.api);
        if (value == u"1")
            options.api = MimecastApi::V1;
        else if (value == u"2")
            options.api = MimecastApi::V2;
        else {
            result.error
                    = QCoreApplication::translate(
                              "CommandLine", "The value \"%1\" of --api is invalid. Use 1 or 2.")
                              .arg(value);
            return result;
        }
    }

    if (p.parser.isSet(p.region) && p.parser.isSet(p.baseUrl)) {
        result.error = QCoreApplication::translate(
                "CommandLine", "--region and --base-url cannot be used together. Choose one.");
        return result;
    }
    options.region = p.parser.value(p.region).trimmed();
    if (p.parser.isSet(p.baseUrl)) {
        options.baseUrl = QUrl(p.parser.value(p.baseUrl).trimmed(), QUrl::StrictMode);
        const QString problem = validateServiceUrl(options.baseUrl);
        if (!problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }

    if (p.parser.isSet(p.types)) {
        QString invalid;
        options.logTypes = parseLogTypeList(p.parser.value(p.types), &invalid);
        if (!options.logTypes) {
            result.error = QCoreApplication::translate(
                                   "CommandLine",
                                   "The log type \"%1\" in --types is unknown. Use attachment, "
                                   "impersonation and url, separated by commas.")
                                   .arg(invalid);
            return result;
        }
    }

    if (p.parser.isSet(p.pageSize)) {
        bool ok = false;
        const int size = p.parser.value(p.pageSize).toInt(&ok);
        if (!ok || size < 1 || size > 500) {
            result.error
                    = QCoreApplication::translate(
                              "CommandLine",
                              "The value \"%1\" of --page-size is invalid. Use a number from 1 "
                              "to 500.")
                              .arg(p.parser.value(p.pageSize));
            return result;
        }
        options.pageSize = size;
    }

    options.stateDir = p.parser.value(p.stateDir);
    options.language = p.parser.value(p.language);
    if (!options.language.isEmpty() && options.language != u"en" && options.language != u"pt_BR") {
        result.error
                = QCoreApplication::translate(
                          "CommandLine", "The value \"%1\" of --lang is invalid. Use en or pt_BR.")
                          .arg(options.language);
        return result;
    }
    options.verbose = p.parser.isSet(p.verbose);

    const QString formatValue = p.parser.value(p.format);
    if (formatValue == u"table")
        options.format = PreviewFormat::Table;
    else if (formatValue != u"jsonl") {
        result.error = QCoreApplication::translate(
                               "CommandLine",
                               "The value \"%1\" of --format is invalid. Use jsonl or table.")
                               .arg(formatValue);
        return result;
    }

    options.once = p.parser.isSet(p.once);
    options.retryFailed = p.parser.isSet(p.retryFailed);
    if (options.retryFailed && options.command != CliCommand::Sync) {
        result.error = QCoreApplication::translate("CommandLine",
                                                   "--retry-failed is only valid with sync.");
        return result;
    }
    if (options.once && options.command != CliCommand::Sync) {
        result.error
                = QCoreApplication::translate("CommandLine", "--once is only valid with sync.");
        return result;
    }

    options.destination = p.parser.value(p.destination).trimmed();
    if (!options.destination.isEmpty()
        && !ProfileSettings::destinations().contains(options.destination)) {
        result.error = QCoreApplication::translate("CommandLine",
                                                   "The value \"%1\" of --destination is "
                                                   "invalid. Use sophos-case, https or jsonl.")
                               .arg(options.destination);
        return result;
    }
    const std::pair<const QCommandLineOption *, QUrl *> urlOptions[] = {
            {&p.sophosIdUrl, &options.sophosIdentityUrl},
            {&p.sophosApiUrl, &options.sophosApiUrl},
            {&p.ingestUrl, &options.ingestUrl},
    };
    for (const auto &[option, target] : urlOptions) {
        if (!p.parser.isSet(*option))
            continue;
        *target = QUrl(p.parser.value(*option).trimmed(), QUrl::StrictMode);
        const QString problem = validateServiceUrl(*target);
        if (!problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }
    options.sophosTenant = p.parser.value(p.sophosTenant).trimmed();
    options.outputFile = p.parser.value(p.outputFile).trimmed();
    options.caBundle = p.parser.value(p.caBundle).trimmed();

    if (options.command == CliCommand::Preview) {
        if (!p.parser.isSet(p.from) || !p.parser.isSet(p.to)) {
            result.error = QCoreApplication::translate(
                    "CommandLine",
                    "preview needs --from and --to, for example --from "
                    "2026-12-01T00:00:00Z --to 2026-12-02T00:00:00Z.");
            return result;
        }
        QString problem
                = parseTimeOption(p.parser.value(p.from), QStringLiteral("from"), &options.from);
        if (problem.isEmpty())
            problem = parseTimeOption(p.parser.value(p.to), QStringLiteral("to"), &options.to);
        if (problem.isEmpty() && options.from >= options.to) {
            problem = QCoreApplication::translate("CommandLine",
                                                  "--from (%1) must be earlier than --to (%2).")
                              .arg(formatMimecastTime(options.from),
                                   formatMimecastTime(options.to));
        }
        if (!problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }

    result.options = options;
    return result;
}

} // namespace bridge
