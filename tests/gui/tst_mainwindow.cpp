// The main window under the offscreen platform: the profile list, the worker panel driving a
// demo profile's worker against the in-process simulators, the Rejected view, forgetting
// credentials, the session-only refusal, run-time retranslation and the keychain status.

#include "alerttablemodel.h"
#include "apppaths.h"
#include "demoservices.h"
#include "languages.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "onboardingsession.h"
#include "profileruntime.h"
#include "rejectedtablemodel.h"
#include "setupwizard.h"
#include "sophossimulator.h"
#include "workerpanel.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void switchesLanguageAtRunTime();
    void reportsKeychainStatus();
    void emptyStateOffersDemo();
    void listsSavedProfiles();
    void demoProfileRunsWorker();
    void missingEntryShowsError();
    void forgetRemovesEntries();
    void sessionOnlyWorkerStaysStopped();
    void focusableWidgetsHaveNames();

private:
    void saveProfile(const ProfileSettings &settings);
    ProfileSettings demoProfile(const QString &name, const QString &destination) const;
    void storeSecret(MemorySecretStore *store, const QString &key);
    void saveScreenshot(QWidget *window, const QString &language, const QString &name);
    template<typename T> T *child(QWidget *window, const char *name)
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    AppPaths m_paths;
};

void MainWindowTest::init()
{
    installTranslations(QStringLiteral("en"));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_paths = AppPaths(m_folder->path());
    QVERIFY(m_paths.createFolders());
}

void MainWindowTest::cleanup()
{
    installTranslations(QStringLiteral("en"));
}

void MainWindowTest::saveProfile(const ProfileSettings &settings)
{
    QString error;
    QVERIFY2(settings.save(m_paths.configFolder(), &error), qPrintable(error));
}

ProfileSettings MainWindowTest::demoProfile(const QString &name, const QString &destination) const
{
    ProfileSettings settings;
    settings.name = name;
    settings.demo = true;
    settings.destination = destination;
    settings.outputFile = m_folder->filePath(name + QStringLiteral(".jsonl"));
    // The demo data set spans a week, so the first poll reaches back beyond the default day.
    settings.backfillHours = 720;
    settings.proxyMode = QStringLiteral("none");
    return settings;
}

void MainWindowTest::storeSecret(MemorySecretStore *store, const QString &key)
{
    bool written = false;
    store->write(key, QStringLiteral("value"), this, [&written](const SecretStore::Result &result) {
        written = result.status == SecretStore::Status::Ok;
    });
    QTRY_VERIFY(written);
}

void MainWindowTest::saveScreenshot(QWidget *window, const QString &language, const QString &name)
{
    const QString folder
            = QStringLiteral(MB_BINARY_DIR) + QStringLiteral("/screenshots/") + language;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(window->grab().save(folder + QStringLiteral("/mainwindow-") + name
                                + QStringLiteral(".png")));
}

void MainWindowTest::switchesLanguageAtRunTime()
{
    saveProfile(demoProfile(QStringLiteral("acme"), QStringLiteral("jsonl")));
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
    auto *start = child<QPushButton>(&window, "startButton");
    auto *tabs = child<QTabWidget>(&window, "tabs");
    QVERIFY(start);
    QVERIFY(tabs);
    QCOMPARE(start->text(), QStringLiteral("&Start"));

    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("&Arquivo"));
    QCOMPARE(menus.at(1)->text(), QCoreApplication::translate("bridge::MainWindow", "&View"));
    QCOMPARE(start->text(), QCoreApplication::translate("bridge::WorkerPanel", "&Start"));
    QCOMPARE(tabs->tabText(1), QCoreApplication::translate("WorkerPanel", "Re&jected"));
    QCOMPARE(MainWindow::savedLanguage(m_paths), QStringLiteral("pt_BR"));

    QVERIFY(installTranslations(QStringLiteral("en")));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
    QCOMPARE(MainWindow::savedLanguage(m_paths), QStringLiteral("en"));
    QCOMPARE(start->text(), QStringLiteral("&Start"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Re&jected"));
}

void MainWindowTest::reportsKeychainStatus()
{
    // The real keychain: the probe finishes either way, available in the test command's
    // keyring session, or with the remedy text where no keychain runs.
    MainWindow window(m_paths);
    window.show();
    QLabel *status = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Keychain status")
            status = label;
    }
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(u"Checking"), 20000);
    QVERIFY(status->text().contains(u"Keychain available")
            || status->text().contains(u"No keychain"));
}

void MainWindowTest::emptyStateOffersDemo()
{
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStatePanel"));
    QVERIFY(child<QPushButton>(&window, "setUpButton"));
    auto *demo = child<QPushButton>(&window, "demoButton");
    QVERIFY(demo);
    saveScreenshot(&window, QStringLiteral("en"), QStringLiteral("empty"));
    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    QTRY_COMPARE(demo->text(),
                 QCoreApplication::translate("bridge::EmptyStatePanel", "Try with &demo data"));
    saveScreenshot(&window, QStringLiteral("pt_BR"), QStringLiteral("empty"));
    QVERIFY(installTranslations(QStringLiteral("en")));

    // "Try with demo data" opens the wizard in demo mode, with the simulators running.
    demo->click();
    auto *wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->session()->isDemo());
    QVERIFY(window.demoServices()->isRunning());
    QCOMPARE(wizard->session()->settings.baseUrl, window.demoServices()->mimecastUrl());
    wizard->reject();
}

void MainWindowTest::listsSavedProfiles()
{
    ProfileSettings first;
    first.name = QStringLiteral("beta-corp");
    saveProfile(first);
    saveProfile(demoProfile(QStringLiteral("acme"), QStringLiteral("jsonl")));
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();

    auto *list = child<QListWidget>(&window, "profileList");
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("acme"));
    QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), QStringLiteral("beta-corp"));
    QVERIFY(list->item(0)->text().contains(u"demo"));

    auto *stack = window.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("workerPanel"));
    auto *title = child<QLabel>(&window, "profileTitle");
    auto *banner = child<QLabel>(&window, "demoBanner");
    QCOMPARE(title->text(), QStringLiteral("acme"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"no real service is contacted"));

    list->setCurrentRow(1);
    QCOMPARE(title->text(), QStringLiteral("beta-corp"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QLabel>(&window, "stateValue")->text(), QStringLiteral("Not running"));
    QVERIFY(child<QPushButton>(&window, "startButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&window, "stopButton")->isEnabled());
}

void MainWindowTest::demoProfileRunsWorker()
{
    saveProfile(demoProfile(QStringLiteral("demo"), QStringLiteral("sophos-case")));
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    ProfileRuntime *runtime = window.runtime(QStringLiteral("demo"));
    QVERIFY(runtime);
    auto *state = child<QLabel>(&window, "stateValue");
    auto *start = child<QPushButton>(&window, "startButton");
    auto *pause = child<QPushButton>(&window, "pauseButton");
    auto *stop = child<QPushButton>(&window, "stopButton");

    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(runtime->nextPoll().isValid(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(runtime->state(), std::optional(SyncEngine::State::Idle), 10000);
    QCOMPARE(state->text(), QStringLiteral("Idle"));
    QVERIFY2(runtime->lastError().isEmpty(), qPrintable(runtime->lastError()));

    int delivered = 0;
    int rejected = 0;
    for (const CategoryCounters &counters : runtime->counters()) {
        delivered += counters.delivered;
        rejected += counters.rejected;
    }
    QVERIFY(delivered > 0);
    QVERIFY(rejected > 0);
    QVERIFY(window.demoServices()->sophos()->caseCount() >= delivered);

    AlertTableModel *alerts = runtime->alertModel();
    QCOMPARE(alerts->rowCount(), delivered);
    const QString firstKey = alerts->index(0, 0).data(AlertTableModel::KeyRole).toString();
    QCOMPARE(alerts->deliveryStatus(firstKey), DeliveryStatus::Delivered);
    QCOMPARE(alerts->index(0, AlertTableModel::DeliveryStatusColumn).data().toString(),
             AlertTableModel::deliveryStatusText(DeliveryStatus::Delivered));

    // The Rejected view lists the data set's invalid records with their reasons.
    QTRY_COMPARE(runtime->rejectedModel()->rowCount(), rejected);
    QVERIFY(!runtime->rejectedModel()
                     ->index(0, RejectedTableModel::ReasonColumn)
                     .data()
                     .toString()
                     .isEmpty());

    // Numbers follow the locale: the total fetched count is shown with its group separator.
    auto *counters = child<QTableWidget>(&window, "countersTable");
    int fetched = 0;
    for (const CategoryCounters &category : runtime->counters())
        fetched += category.fetched;
    QCOMPARE(counters->item(3, 0)->text(), QLocale().toString(fetched));

    saveScreenshot(&window, QStringLiteral("en"), QStringLiteral("demo"));
    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    QTRY_COMPARE(state->text(), QCoreApplication::translate("bridge::WorkerPanel", "Idle"));
    saveScreenshot(&window, QStringLiteral("pt_BR"), QStringLiteral("demo"));
    QVERIFY(installTranslations(QStringLiteral("en")));

    QVERIFY(pause->isEnabled());
    pause->click();
    QTRY_COMPARE(runtime->state(), std::optional(SyncEngine::State::Paused));
    QCOMPARE(state->text(), QStringLiteral("Paused"));
    QVERIFY(start->isEnabled());
    QVERIFY(!pause->isEnabled());

    start->click();
    QTRY_COMPARE_WITH_TIMEOUT(runtime->state(), std::optional(SyncEngine::State::Idle), 20000);

    stop->click();
    QTRY_COMPARE_WITH_TIMEOUT(runtime->phase(), ProfileRuntime::Phase::NotRunning, 10000);
    QCOMPARE(runtime->state(), std::optional(SyncEngine::State::Stopped));
    QCOMPARE(state->text(), QStringLiteral("Stopped"));
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
}

void MainWindowTest::missingEntryShowsError()
{
    ProfileSettings settings;
    settings.name = QStringLiteral("no-secrets");
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    saveProfile(settings);
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    child<QPushButton>(&window, "startButton")->click();
    auto *error = child<QLabel>(&window, "errorValue");
    QTRY_VERIFY(error->text().contains(u"mimecast-bridge/v1/no-secrets/mimecast/client-id"));
    QCOMPARE(window.runtime(QStringLiteral("no-secrets"))->phase(),
             ProfileRuntime::Phase::NotRunning);
    QVERIFY(child<QPushButton>(&window, "retryButton")->isEnabled());
}

void MainWindowTest::forgetRemovesEntries()
{
    ProfileSettings settings;
    settings.name = QStringLiteral("acme");
    saveProfile(settings);
    MemorySecretStore store;
    for (const char *field : {"mimecast/client-id", "mimecast/client-secret", "sophos/client-id",
                              "sophos/client-secret", "proxy/password"}) {
        storeSecret(&store, QStringLiteral("mimecast-bridge/v1/acme/") + QLatin1String(field));
    }
    storeSecret(&store, QStringLiteral("mimecast-bridge/v1/other/mimecast/client-id"));
    QCOMPARE(store.entryCount(), 6);

    MainWindow window(m_paths, &store);
    window.show();
    child<QPushButton>(&window, "forgetButton")->click();
    auto *confirmation = window.findChild<QMessageBox *>(QStringLiteral("forgetConfirmation"));
    QVERIFY(confirmation);
    QVERIFY(confirmation->text().contains(u"acme"));
    // Nothing is removed before the administrator confirms.
    QCOMPARE(store.entryCount(), 6);
    confirmation->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(store.entryCount(), 1);
    QTRY_VERIFY(child<QLabel>(&window, "errorValue")->text().contains(u"removed"));
}

void MainWindowTest::sessionOnlyWorkerStaysStopped()
{
    ProfileSettings settings;
    settings.name = QStringLiteral("solo");
    saveProfile(settings);
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    child<QPushButton>(&window, "newCustomerButton")->click();
    auto *wizard = window.findChild<SetupWizard *>();
    QVERIFY(wizard);
    wizard->session()->sessionOnly = true;
    emit wizard->profileCreated(QStringLiteral("solo"));

    ProfileRuntime *runtime = window.runtime(QStringLiteral("solo"));
    QVERIFY(runtime);
    QCOMPARE(runtime->phase(), ProfileRuntime::Phase::NotRunning);
    QCOMPARE(child<QLabel>(&window, "profileTitle")->text(), QStringLiteral("solo"));
    QVERIFY(child<QLabel>(&window, "errorValue")->text().contains(u"needs the keychain"));
    wizard->reject();
}

void MainWindowTest::focusableWidgetsHaveNames()
{
    saveProfile(demoProfile(QStringLiteral("acme"), QStringLiteral("jsonl")));
    MemorySecretStore store;
    MainWindow window(m_paths, &store);
    window.show();
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // Viewports and scroll bars belong to a named view.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' '
                           + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
