// Onboarding on a machine without a usable keychain. The test runs with a session bus address
// that leads nowhere, so QtKeychain has no Secret Service to talk to. The main window must
// report it with a remedy, and the wizard must offer to keep the credentials for this session
// only. The worker must not start and must show the reason, and no secret may reach any file.

#include "apppaths.h"
#include "desktopremedy.h"
#include "languages.h"
#include "mainwindow.h"
#include "mimecastsimulator.h"
#include "profileruntime.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

namespace {

constexpr int stepTimeoutMs = 30000;

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Made-up secrets that the simulator accepts, so the test can search every file for them.
const QString clientId = QStringLiteral("nokeychain-client-id-5b0e");
const QString clientSecret = QStringLiteral("nokeychain-client-secret-91c4d7");

QString statusBarText(QMainWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u' ');
}

} // namespace

class NoKeychainFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionOnlyProfileKeepsWorkerStopped();
};

void NoKeychainFlowTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"),
             "run through ctest, which points the session bus at a missing socket");
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void NoKeychainFlowTest::sessionOnlyProfileKeepsWorkerStopped()
{
    MimecastSimulator mimecast;
    MimecastSimulatorCredentials accepted;
    accepted.clientId = clientId;
    accepted.clientSecret = clientSecret;
    mimecast.setCredentials(accepted);
    QVERIFY(mimecast.listen());

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const AppPaths paths(folder.path());
    MainWindow window(paths); // the real keychain adapter
    window.show();

    // The start-up probe finds no keychain, and the status bar offers the remedy.
    QTRY_VERIFY_WITH_TIMEOUT(statusBarText(&window).contains(u"No keychain is available"),
                             stepTimeoutMs);
    auto *help = child<QPushButton>(&window, "keychainHelpButton");
    QVERIFY(help);
    QVERIFY(help->isVisible());
    help->click();
    auto *helpBox = window.findChild<QMessageBox *>(QStringLiteral("keychainHelp"));
    QVERIFY(helpBox);
    QVERIFY(helpBox->text().contains(keychainRemedyForCurrentDesktop()));
    helpBox->close();

    child<QPushButton>(&window, "setUpButton")->click();
    QPointer<SetupWizard> wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    next->click();
    next->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectionV2));

    QWizardPage *page = wizard->currentPage();
    auto *region = child<QComboBox>(page, "regionCombo");
    region->setCurrentIndex(region->count() - 1); // "Custom URL"
    child<QLineEdit>(page, "urlEdit")->setText(mimecast.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(page, "clientIdEdit"), clientId);
    QTest::keyClicks(child<QLineEdit>(page, "clientSecretEdit"), clientSecret);
    QVERIFY(next->isEnabled());
    next->click();

    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectionTest));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), stepTimeoutMs);
    next->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Preview));
    next->click();

    QCOMPARE(wizard->currentId(), int(SetupWizard::Destination));
    page = wizard->currentPage();
    child<QRadioButton>(page, "fileRadio")->click();
    child<QLineEdit>(page, "outputFileEdit")->setText(folder.filePath(QStringLiteral("out.jsonl")));
    QTRY_VERIFY(next->isEnabled());
    next->click();

    // Finish waits until the administrator accepts a session-only profile.
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    page = wizard->currentPage();
    child<QLineEdit>(page, "profileNameEdit")->setText(QStringLiteral("acme"));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    auto *sessionOnly = child<QCheckBox>(page, "sessionOnlyCheck");
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!finish->isEnabled());
    sessionOnly->click();
    QVERIFY(finish->isEnabled());
    finish->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), stepTimeoutMs);

    // The profile is listed, but its worker stays stopped with the reason.
    ProfileRuntime *runtime = window.runtime(QStringLiteral("acme"));
    QVERIFY(runtime);
    QCOMPARE(runtime->phase(), ProfileRuntime::Phase::NotRunning);
    QVERIFY2(runtime->lastError().contains(u"needs the keychain"),
             qPrintable(runtime->lastError()));

    // The reason follows a language switch like every other text.
    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    QTRY_VERIFY(runtime->lastError().contains(u"chaveiro do sistema"));
    QVERIFY(child<QLabel>(&window, "errorValue")->text().contains(u"chaveiro do sistema"));
    QVERIFY(installTranslations(QStringLiteral("en")));

    // No file below the app's folders contains a secret.
    QDirIterator files(folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(clientSecret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(clientId.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked > 0); // at least the profile file
}

QTEST_MAIN(NoKeychainFlowTest)
#include "tst_nokeychainflow.moc"
