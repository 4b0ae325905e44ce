#include "apppaths.h"
#include "languages.h"
#include "logfile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mimecast-bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mimecast Bridge"));
    QApplication::setOrganizationName(QStringLiteral("mimecast-bridge"));
    QApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mimecast-bridge"));

    bridge::installTranslations(bridge::languageForLocale(QLocale::system().name()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Collects Mimecast threat alerts and delivers them to Sophos Central."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption stateDir(
            QStringLiteral("state-dir"),
            QCoreApplication::translate("main",
                                        "Keeps settings, state and logs below DIR instead of "
                                        "the platform's folders, e.g. for a trial run."),
            QStringLiteral("DIR"));
    parser.addOption(stateDir);
    parser.process(app);

    const bridge::AppPaths paths(parser.value(stateDir));
    QString folderError;
    if (!paths.createFolders(&folderError)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Mimecast Bridge"),
                              folderError);
        return 1;
    }

    // Up to two files of 5 MiB: the current log and the one before it.
    constexpr qint64 maxLogBytes = 5 * 1024 * 1024;
    QString logError;
    if (!bridge::installLogFile(paths.logFolder(), maxLogBytes, &logError))
        qWarning("%s", qPrintable(logError));
    qInfo("Mimecast Bridge %s started", MB_VERSION);

    const QString language = bridge::MainWindow::savedLanguage(paths);
    if (!language.isEmpty())
        bridge::installTranslations(language);

    bridge::MainWindow window(paths);
    window.show();
    return app.exec();
}
