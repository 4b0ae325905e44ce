#include "mainwindow.h"

#include "credentialeraser.h"
#include "demoservices.h"
#include "desktopremedy.h"
#include "emptystatepanel.h"
#include "guilogging.h"
#include "keychainprobe.h"
#include "languages.h"
#include "onboardingsession.h"
#include "profileruntime.h"
#include "qtkeychainsecretstore.h"
#include "setupwizard.h"
#include "workerpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace bridge {

MainWindow::MainWindow(const AppPaths &paths, SecretStore *secretStore, QWidget *parent)
    : QMainWindow(parent)
    , m_paths(paths)
    , m_secretStore(secretStore ? secretStore : new QtKeychainSecretStore(this))
    , m_demo(new DemoServices(this))
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_profileList = new QListWidget(left);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_newCustomerButton = new QPushButton(left);
    m_newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    leftLayout->addWidget(m_profileList);
    leftLayout->addWidget(m_newCustomerButton);

    m_stack = new QStackedWidget(this);
    m_emptyState = new EmptyStatePanel(m_stack);
    m_panel = new WorkerPanel(m_stack);
    m_panel->setObjectName(QStringLiteral("workerPanel"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_panel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 760});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_keychainStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_keychainStatus, 1);
    m_keychainHelpButton = new QPushButton(this);
    m_keychainHelpButton->setObjectName(QStringLiteral("keychainHelpButton"));
    m_keychainHelpButton->hide();
    connect(m_keychainHelpButton, &QPushButton::clicked, this, &MainWindow::showKeychainHelp);
    statusBar()->addPermanentWidget(m_keychainHelpButton);

    connect(m_profileList, &QListWidget::currentRowChanged, this, &MainWindow::showSelectedProfile);
    connect(m_newCustomerButton, &QPushButton::clicked, this,
            [this] { openWizard(std::nullopt, false); });
    connect(m_emptyState, &EmptyStatePanel::setUpRequested, this,
            [this] { openWizard(std::nullopt, false); });
    connect(m_emptyState, &EmptyStatePanel::demoRequested, this,
            [this] { openWizard(std::nullopt, true); });
    connect(m_panel, &WorkerPanel::wizardRequested, this, [this] {
        if (ProfileRuntime *runtime = m_panel->runtime())
            openWizard(runtime->settings(), false);
    });
    connect(m_panel, &WorkerPanel::forgetRequested, this, &MainWindow::forgetCredentials);

    createMenus();
    retranslate();
    reloadProfiles();
    resize(1000, 640);
    startKeychainProbe();
}

MainWindow::~MainWindow()
{
    // Ask every worker to stop first, so that their bounded waits overlap.
    m_panel->setRuntime(nullptr);
    for (ProfileRuntime *runtime : std::as_const(m_runtimes))
        runtime->stop();
    qDeleteAll(m_runtimes);
}

ProfileRuntime *MainWindow::runtime(const QString &profile) const
{
    return m_runtimes.value(profile);
}

void MainWindow::reloadProfiles()
{
    const QString selected = m_profileList->currentItem()
            ? m_profileList->currentItem()->data(Qt::UserRole).toString()
            : QString();
    const QDir folder(QDir(m_paths.configFolder()).filePath(QStringLiteral("profiles")));
    const QStringList files = folder.entryList({QStringLiteral("*.ini")}, QDir::Files,
                                               QDir::Name | QDir::IgnoreCase);

    QStringList names;
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        if (!ProfileSettings::isValidName(name))
            continue;
        QStringList warnings;
        std::optional<ProfileSettings> settings
                = ProfileSettings::load(m_paths.configFolder(), name, &warnings);
        if (!settings)
            continue;
        settings->name = name;
        for (const QString &warning : std::as_const(warnings))
            qCWarning(lcGui) << "profile" << name << "has an invalid setting:" << warning;
        names.append(name);

        ProfileRuntime *runtime = m_runtimes.value(name);
        if (!runtime) {
            runtime = new ProfileRuntime(*settings, m_paths, m_secretStore, m_demo, this);
            m_runtimes.insert(name, runtime);
        } else if (runtime->phase() == ProfileRuntime::Phase::NotRunning) {
            runtime->setSettings(*settings);
        }
    }

    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_profileList);
        item->setData(Qt::UserRole, name);
        if (m_runtimes.value(name)->settings().demo)
            //: Suffix of a demo profile in the customer list; %1 is the profile name.
            item->setText(tr("%1 (demo)").arg(name));
    }
    if (!selectProfile(selected) && !names.isEmpty())
        m_profileList->setCurrentRow(0);
    showSelectedProfile();
}

bool MainWindow::selectProfile(const QString &profile)
{
    for (int row = 0; row < m_profileList->count(); ++row) {
        if (m_profileList->item(row)->data(Qt::UserRole).toString() == profile) {
            m_profileList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::showSelectedProfile()
{
    QListWidgetItem *item = m_profileList->currentItem();
    ProfileRuntime *runtime
            = item ? m_runtimes.value(item->data(Qt::UserRole).toString()) : nullptr;
    m_panel->setRuntime(runtime);
    m_stack->setCurrentWidget(m_profileList->count() == 0 ? static_cast<QWidget *>(m_emptyState)
                                                          : m_panel);
}

void MainWindow::openWizard(const std::optional<ProfileSettings> &prefill, bool demo)
{
    auto *session = new OnboardingSession(m_paths, m_secretStore, m_demo, this);
    if (m_keychainAvailable) {
        session->keychainState = *m_keychainAvailable
                ? OnboardingSession::KeychainState::Available
                : OnboardingSession::KeychainState::Unavailable;
    }
    // Secrets are never read back from the keychain into the wizard: they must be entered
    // again.
    if (prefill)
        session->settings = *prefill;
    if (demo || (prefill && prefill->demo)) {
        // startDemo() points the settings at this run's simulators, whose ports change at every
        // start; a demo profile keeps its own name and destination.
        QString error;
        if (!session->startDemo(&error)) {
            delete session;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo mode"),
                                        tr("The demo could not start: %1").arg(error),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        if (prefill) {
            session->settings.name = prefill->name;
            session->settings.destination = prefill->destination;
            session->settings.outputFile = prefill->outputFile;
            if (!prefill->sophosTenant.isEmpty())
                session->settings.sophosTenant = prefill->sophosTenant;
        }
    }

    auto *wizard = new SetupWizard(session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QObject::destroyed, session, &QObject::deleteLater);
    connect(wizard, &SetupWizard::profileCreated, this, [this, session](const QString &profile) {
        handleProfileCreated(profile, session->sessionOnly);
    });
    wizard->open();
}

void MainWindow::handleProfileCreated(const QString &profile, bool sessionOnly)
{
    reloadProfiles();
    selectProfile(profile);
    ProfileRuntime *runtime = m_runtimes.value(profile);
    if (!runtime) {
        qCWarning(lcGui) << "the wizard created profile" << profile << "but it cannot be read";
        return;
    }
    if (sessionOnly) {
        m_sessionOnlyProfiles.insert(profile);
        runtime->setLastError(sessionOnlyWorkerMessage(profile));
        return;
    }
    m_sessionOnlyProfiles.remove(profile);
    runtime->start();
}

void MainWindow::forgetCredentials()
{
    ProfileRuntime *runtime = m_panel->runtime();
    if (!runtime)
        return;
    const QString profile = runtime->settings().name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget credentials"),
                                tr("Stop the worker of \"%1\" and remove all of its credentials "
                                   "from the keychain? The profile's settings and collected "
                                   "alerts are kept; run the wizard again to enter new "
                                   "credentials.")
                                        .arg(profile),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, profile](int result) {
        if (result == QMessageBox::Yes)
            eraseCredentials(profile);
    });
    box->open();
}

void MainWindow::eraseCredentials(const QString &profile)
{
    if (ProfileRuntime *runtime = m_runtimes.value(profile))
        runtime->stop();
    auto *eraser = new CredentialEraser(m_secretStore, profile, this);
    connect(eraser, &CredentialEraser::finished, this,
            [this, eraser, profile](const QStringList &failures) {
                eraser->deleteLater();
                ProfileRuntime *runtime = m_runtimes.value(profile);
                if (failures.isEmpty()) {
                    const QString done = tr("The credentials of \"%1\" were removed from the "
                                            "keychain. Run the wizard again to enter new ones.")
                                                 .arg(profile);
                    statusBar()->showMessage(done, 10000);
                    if (runtime)
                        runtime->setLastError(done);
                    return;
                }
                const QString message = tr("Some keychain entries of \"%1\" could not be "
                                           "removed. Unlock the keychain and choose Forget "
                                           "credentials again.\n%2")
                                                .arg(profile, failures.join(u'\n'));
                if (runtime)
                    runtime->setLastError(message);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget credentials"), message,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("forgetFailures"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    eraser->start();
}

void MainWindow::startKeychainProbe()
{
    // QtKeychain 0.13 has no availability call, so a sentinel read checks whether a keychain
    // responds. It runs asynchronously, and the window is usable meanwhile.
    auto *probe = new KeychainProbe(m_secretStore, this);
    connect(probe, &KeychainProbe::finished, this,
            [this, probe](const KeychainProbeResult &result) {
                probe->deleteLater();
                m_keychainAvailable = result.available;

                // A wizard opened before the probe finished learns the result too; its summary
                // page reads it when shown.
                const QList<OnboardingSession *> sessions
                        = findChildren<OnboardingSession *>(Qt::FindDirectChildrenOnly);
                for (OnboardingSession *session : sessions) {
                    session->keychainState = result.available
                            ? OnboardingSession::KeychainState::Available
                            : OnboardingSession::KeychainState::Unavailable;
                }

                if (!result.available) {
                    qCWarning(lcGui)
                            << "keychain unavailable:" << secretStoreStatusName(result.status)
                            << result.detail;
                }
                showKeychainStatus();
            });
    probe->start();
}

void MainWindow::showKeychainStatus()
{
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
    if (!m_keychainAvailable) {
        m_keychainStatus->setText(tr("Checking the keychain…"));
        return;
    }
    m_keychainHelpButton->setText(tr("How to fi&x…"));
    m_keychainHelpButton->setAccessibleName(tr("How to make a keychain available"));
    m_keychainHelpButton->setVisible(!*m_keychainAvailable);

    // The remedy takes several lines, so the status bar keeps a short line and the button
    // opens the whole text.
    m_keychainStatus->setText(*m_keychainAvailable
                                      ? tr("Keychain available.")
                                      : tr("No keychain is available: credentials cannot be "
                                           "stored."));
    m_keychainStatus->setToolTip(*m_keychainAvailable ? QString()
                                                      : keychainRemedyForCurrentDesktop());
}

void MainWindow::showKeychainHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("No keychain available"),
                                tr("No keychain is available: credentials cannot be stored. %1")
                                        .arg(keychainRemedyForCurrentDesktop()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("keychainHelp"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::sessionOnlyWorkerMessage(const QString &profile) const
{
    return tr("The worker needs the keychain: the credentials of \"%1\" are kept for this "
              "session only, so the background worker does not start. Make a keychain "
              "available, then run the wizard again.")
            .arg(profile);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newCustomerAction
            = m_fileMenu->addAction(QString(), this, [this] { openWizard(std::nullopt, false); });
    m_newCustomerAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_logFolderAction = m_viewMenu->addAction(QString(), this, &MainWindow::openLogFolder);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names stay in their own language, so anyone can find theirs.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_portugueseAction = m_languageMenu->addAction(QStringLiteral("Português (Brasil)"));
    for (QAction *action : {m_englishAction, m_portugueseAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    const bool portuguese = QLocale().name().startsWith(u"pt");
    (portuguese ? m_portugueseAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("en")); });
    connect(m_portugueseAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("pt_BR")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Mimecast Bridge"));
    for (const QString &profile : std::as_const(m_sessionOnlyProfiles)) {
        if (ProfileRuntime *runtime = m_runtimes.value(profile))
            runtime->setLastError(sessionOnlyWorkerMessage(profile));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newCustomerAction->setText(tr("&New customer…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_logFolderAction->setText(tr("Open &log folder"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Mimecast Bridge"));

    m_profileList->setAccessibleName(tr("Customers"));
    m_profileList->setToolTip(tr("One profile per customer"));
    m_newCustomerButton->setText(tr("&New customer…"));
    m_newCustomerButton->setAccessibleName(tr("New customer"));
    for (int row = 0; row < m_profileList->count(); ++row) {
        QListWidgetItem *item = m_profileList->item(row);
        const QString name = item->data(Qt::UserRole).toString();
        const ProfileRuntime *runtime = m_runtimes.value(name);
        item->setText(runtime && runtime->settings().demo ? tr("%1 (demo)").arg(name) : name);
    }
    showKeychainStatus();
}

void MainWindow::switchLanguage(const QString &language)
{
    installTranslations(language);
}

void MainWindow::openLogFolder()
{
    const QString folder = m_paths.logFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        statusBar()->showMessage(
                tr("The log folder %1 could not be opened: no file manager responded. Open it "
                   "by hand.")
                        .arg(QDir::toNativeSeparators(folder)),
                10000);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();

        // installTranslations() makes the default QLocale follow the language, so this also
        // records a switch made on the wizard's welcome page.
        QSettings settings(preferencesPath(m_paths), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), languageForLocale(QLocale().name()));
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::preferencesPath(const AppPaths &paths)
{
    return QDir(paths.configFolder()).filePath(QStringLiteral("mimecast-bridge.ini"));
}

QString MainWindow::savedLanguage(const AppPaths &paths)
{
    const QString language = QSettings(preferencesPath(paths), QSettings::IniFormat)
                                     .value(QStringLiteral("ui/language"))
                                     .toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void MainWindow::showAbout()
{
    // open() instead of QMessageBox::about(), which runs a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Mimecast Bridge"),
                                tr("Mimecast Bridge %1\n\nCollects Mimecast threat alerts, maps "
                                   "them to MITRE ATT&CK and delivers them to Sophos Central.")
                                        .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace bridge
