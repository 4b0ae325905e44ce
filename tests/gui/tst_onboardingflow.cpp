// The whole onboarding flow as an administrator goes through it. "Try with demo data" in the
// main window's empty state opens the wizard, and every page is passed with the wizard's own
// buttons. Finish saves the profile, and the main window runs its worker against the
// in-process simulators. It runs once per language, with the shipped catalogues.

#include "alerttablemodel.h"
#include "apppaths.h"
#include "demoservices.h"
#include "languages.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "onboardingsession.h"
#include "profileruntime.h"
#include "profilesettings.h"
#include "setupwizard.h"
#include "sophossimulator.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

namespace {

// Generous limits: each step is a few calls to a loopback server, but CI machines are slow.
constexpr int stepTimeoutMs = 30000;

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void saveScreenshot(QWidget *widget, const QString &language, const QString &name)
{
    const QString folder = QStringLiteral(MB_BINARY_DIR) + u"/screenshots/" + language;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(widget->grab().save(folder + u"/flow-" + name + u".png"));
}

} // namespace

class OnboardingFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void demoFlowStartsWorker_data();
    void demoFlowStartsWorker();
    void cancelAsksBeforeDiscarding();
};

void OnboardingFlowTest::cleanup()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
}

void OnboardingFlowTest::demoFlowStartsWorker_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("nextText");
    QTest::addColumn<QString>("idleText");

    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Next >")
                        << QStringLiteral("Idle");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Avançar >")
                           << QStringLiteral("Ocioso");
}

void OnboardingFlowTest::demoFlowStartsWorker()
{
    QFETCH(QString, language);
    QFETCH(QString, nextText);
    QFETCH(QString, idleText);
    QVERIFY(installTranslations(language));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const AppPaths paths(folder.path());
    MemorySecretStore store;
    MainWindow window(paths, &store);
    window.show();

    // The empty state offers the demo; it opens the wizard with the simulators running.
    auto *demoButton = child<QPushButton>(&window, "demoButton");
    QVERIFY(demoButton);
    demoButton->click();
    QPointer<SetupWizard> wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(window.demoServices()->isRunning());
    QCOMPARE(wizard->buttonText(QWizard::NextButton), nextText);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Welcome));
    QVERIFY(child<QLabel>(wizard, "demoBanner"));
    QVERIFY(!child<QWidget>(wizard, "demoGroup")->isVisible()); // already in demo mode
    saveScreenshot(wizard, language, QStringLiteral("welcome"));

    QAbstractButton *next = wizard->button(QWizard::NextButton);
    next->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ApiVersion));

    // Tab leaves every table instead of walking its cells, so the buttons after it stay
    // reachable from the keyboard.
    for (QWidget *top : {static_cast<QWidget *>(&window), static_cast<QWidget *>(wizard)}) {
        for (const QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
            if (!view->objectName().isEmpty() && !view->objectName().startsWith(u"qt_"))
                QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
        }
    }
    next->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectionV2));
    QVERIFY2(next->isEnabled(), "demo credentials must pass the inline checks");
    next->click();

    // The connection test runs on entry; Next waits for the credential check.
    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectionTest));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), stepTimeoutMs);
    saveScreenshot(wizard, language, QStringLiteral("connectiontest"));
    next->click();

    // The preview fills its table page by page; it is optional but shows the demo alerts.
    QCOMPARE(wizard->currentId(), int(SetupWizard::Preview));
    auto *load = child<QPushButton>(wizard->currentPage(), "loadButton");
    QVERIFY(load);
    load->click();
    auto *table = wizard->currentPage()->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, stepTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), stepTimeoutMs);
    saveScreenshot(wizard, language, QStringLiteral("preview"));
    next->click();

    // The simulated Sophos account is a partner: testing lists its tenants for the picker.
    QCOMPARE(wizard->currentId(), int(SetupWizard::Destination));
    auto *test = child<QPushButton>(wizard->currentPage(), "testButton");
    auto *tenants = child<QTableView>(wizard->currentPage(), "tenantView");
    QVERIFY(test);
    QVERIFY(tenants);
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(tenants->model()->rowCount(),
                              int(window.demoServices()->sophos()->tenants().size()),
                              stepTimeoutMs);
    if (!next->isEnabled())
        tenants->selectRow(0);
    QTRY_VERIFY(next->isEnabled());
    saveScreenshot(wizard, language, QStringLiteral("destination"));
    next->click();

    // Finish saves the demo profile; demo credentials are public, so the keychain stays empty.
    QCOMPARE(wizard->currentId(), int(SetupWizard::Summary));
    saveScreenshot(wizard, language, QStringLiteral("summary"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), stepTimeoutMs);
    QCOMPARE(store.entryCount(), 0);
    const std::optional<ProfileSettings> saved
            = ProfileSettings::load(paths.configFolder(), QStringLiteral("demo"));
    QVERIFY(saved);
    QVERIFY(saved->demo);

    // The main window starts the new profile's worker, which delivers the demo alerts.
    ProfileRuntime *runtime = window.runtime(QStringLiteral("demo"));
    QVERIFY(runtime);
    QTRY_VERIFY_WITH_TIMEOUT(runtime->nextPoll().isValid(), stepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(runtime->state(), std::optional(SyncEngine::State::Idle),
                              stepTimeoutMs);
    QVERIFY2(runtime->lastError().isEmpty(), qPrintable(runtime->lastError()));
    int delivered = 0;
    for (const CategoryCounters &counters : runtime->counters())
        delivered += counters.delivered;
    QVERIFY(delivered > 0);
    QCOMPARE(runtime->alertModel()->rowCount(), delivered);
    QCOMPARE(window.demoServices()->sophos()->caseCount(), qsizetype(delivered));
    QCOMPARE(child<QLabel>(&window, "stateValue")->text(), idleText);
    saveScreenshot(&window, language, QStringLiteral("mainwindow"));

    runtime->stop();
    QTRY_COMPARE_WITH_TIMEOUT(runtime->phase(), ProfileRuntime::Phase::NotRunning, stepTimeoutMs);

    // After a restart the profile is still a demo: its worker gets the simulators' new ports and
    // the public credentials, not the keychain.
    MainWindow restarted(paths, &store);
    restarted.show();
    ProfileRuntime *again = restarted.runtime(QStringLiteral("demo"));
    QVERIFY(again);
    QVERIFY(again->settings().demo);
    again->start();
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), std::optional(SyncEngine::State::Idle),
                              stepTimeoutMs);
    QVERIFY2(again->lastError().isEmpty(), qPrintable(again->lastError()));
    QCOMPARE(store.entryCount(), 0);

    // Running the wizard again on the demo profile uses this run's simulator ports too.
    child<QPushButton>(&restarted, "wizardButton")->click();
    QPointer<SetupWizard> rerun = restarted.findChild<SetupWizard *>();
    QVERIFY(rerun);
    QCOMPARE(rerun->session()->settings.name, QStringLiteral("demo"));
    QCOMPARE(rerun->session()->settings.baseUrl, restarted.demoServices()->mimecastUrl());
    QCOMPARE(rerun->session()->settings.sophosApiUrl, restarted.demoServices()->sophosUrl());
    rerun->reject();

    again->stop();
    QTRY_COMPARE_WITH_TIMEOUT(again->phase(), ProfileRuntime::Phase::NotRunning, stepTimeoutMs);
}

void OnboardingFlowTest::cancelAsksBeforeDiscarding()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    MemorySecretStore store;
    MainWindow window(AppPaths(folder.path()), &store);
    window.show();
    child<QPushButton>(&window, "demoButton")->click();
    QPointer<SetupWizard> wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ApiVersion));

    // Past the welcome page, Cancel opens a confirmation, and "Keep editing" leaves the wizard as
    // it was.
    wizard->button(QWizard::CancelButton)->click();
    auto *question = wizard->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    const QList<QAbstractButton *> buttons = question->buttons();
    QCOMPARE(buttons.size(), 2);
    QAbstractButton *keep = question->buttonRole(buttons.at(0)) == QMessageBox::RejectRole
            ? buttons.at(0)
            : buttons.at(1);
    QCOMPARE(question->buttonRole(keep), QMessageBox::RejectRole);
    keep->click();
    QTRY_VERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("discardQuestion")));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(SetupWizard::ApiVersion));

    wizard->button(QWizard::CancelButton)->click();
    question = wizard->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    QVERIFY(question);
    QAbstractButton *discard = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            discard = button;
    }
    QVERIFY(discard);
    discard->click();
    QTRY_VERIFY(!wizard || !wizard->isVisible());
}

QTEST_MAIN(OnboardingFlowTest)
#include "tst_onboardingflow.moc"
