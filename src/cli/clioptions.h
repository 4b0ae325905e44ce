#pragma once

#include "logtype.h"
#include "mimecastregions.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bridge {

enum class CliCommand { Check, Preview, Sync, Status, StoreCredentials, ForgetCredentials };
enum class PreviewFormat { JsonLines, Table };

// Everything the command line asked for, after validation. Values the user did not give stay
// unset so the profile's saved settings can fill them in.
struct CliOptions
{
    CliCommand command = CliCommand::Check;
    QString profile = QStringLiteral("default");
    std::optional<MimecastApi> api;
    QString region;
    QUrl baseUrl;
    std::optional<QList<LogType>> logTypes;
    std::optional<int> pageSize;
    QString stateDir;
    QString language;
    bool verbose = false;
    QDateTime from;
    QDateTime to;
    PreviewFormat format = PreviewFormat::JsonLines;
    bool once = false;
    bool retryFailed = false;

    // Destination options; empty values fall back to the profile's saved settings.
    QString destination;
    QUrl sophosIdentityUrl;
    QUrl sophosApiUrl;
    QString sophosTenant;
    QUrl ingestUrl;
    QString outputFile;
    QString caBundle;
};

struct CliParseResult
{
    std::optional<CliOptions> options;
    QString error; // translated usage error, when options is empty
    QString helpText; // set for --help or --version, printed on stdout with exit status 0
};

// Parses arguments (argv without the program name is not required: arguments.first() is the
// program). Never accepts a secret: credentials come from the environment or the keychain.
CliParseResult parseCommandLine(const QStringList &arguments);

} // namespace bridge
