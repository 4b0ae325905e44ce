#include "languages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mimecast-bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mimecast Bridge"));
    QApplication::setOrganizationName(QStringLiteral("mimecast-bridge"));
    QApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mimecast-bridge"));

    bridge::installTranslations(bridge::languageForLocale(QLocale::system().name()));

    bridge::MainWindow window;
    window.show();
    return app.exec();
}
