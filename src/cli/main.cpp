#include "checkcommand.h"
#include "clioptions.h"
#include "credentialcommands.h"
#include "exitcodes.h"
#include "languages.h"
#include "previewcommand.h"
#include "statuscommand.h"
#include "synccommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <memory>

using namespace bridge;

namespace {

// --lang must take effect before the parser builds its translated help texts.
QString requestedLanguage(const QStringList &arguments)
{
    for (int index = 1; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
        if (argument == u"--lang" && index + 1 < arguments.size())
            return arguments.at(index + 1);
    }
    return languageForLocale(QLocale::system().name());
}

std::unique_ptr<CommandBase> createCommand(const CliOptions &options)
{
    switch (options.command) {
    case CliCommand::Check:
        return std::make_unique<CheckCommand>(options);
    case CliCommand::Preview:
        return std::make_unique<PreviewCommand>(options);
    case CliCommand::Sync:
        return std::make_unique<SyncCommand>(options);
    case CliCommand::Status:
        return std::make_unique<StatusCommand>(options);
    case CliCommand::StoreCredentials:
        return std::make_unique<StoreCredentialsCommand>(options);
    case CliCommand::ForgetCredentials:
        return std::make_unique<ForgetCredentialsCommand>(options);
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mimecast-bridge-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("mimecast-bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MB_VERSION));

    const QString language = requestedLanguage(QCoreApplication::arguments());
    if (supportedLanguages().contains(language))
        installTranslations(language);

    const CliParseResult parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.helpText.isEmpty()) {
        QTextStream(stdout) << parsed.helpText;
        return ExitSuccess;
    }
    if (!parsed.options) {
        QTextStream(stderr) << parsed.error << Qt::endl;
        return ExitUsageError;
    }

    // Logs go to standard error only with --verbose (or QT_LOGGING_RULES); without it the
    // commands print their own messages.
    if (!parsed.options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("mimecast-bridge.*.info=false\n"
                                                        "mimecast-bridge.*.warning=false"));

    std::unique_ptr<CommandBase> command = createCommand(*parsed.options);
    QObject::connect(command.get(), &CommandBase::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(command.get(), &CommandBase::start, Qt::QueuedConnection);
    return app.exec();
}
