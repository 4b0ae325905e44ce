// The main window under the offscreen platform: it retranslates at run time and reports the
// keychain probe's result without blocking.

#include "languages.h"
#include "mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace bridge;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }
    void switchesLanguageAtRunTime();
    void reportsKeychainStatus();
};

void MainWindowTest::switchesLanguageAtRunTime()
{
    MainWindow window;
    window.show();
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    QCOMPARE(menus.first()->text(), QStringLiteral("&File"));

    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("&Arquivo"));

    QVERIFY(installTranslations(QStringLiteral("en")));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
}

void MainWindowTest::reportsKeychainStatus()
{
    MainWindow window;
    window.show();
    QLabel *status = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Keychain status" || label->text().contains(u"eychain"))
            status = label;
    }
    QVERIFY(status);
    // The probe finishes either way: available in the test command's keyring session, or with
    // the remedy text where no keychain runs.
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(u"Checking"), 20000);
    QVERIFY(status->text().contains(u"Keychain available")
            || status->text().contains(u"No keychain"));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
