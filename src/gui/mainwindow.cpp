#include "mainwindow.h"

#include "desktopremedy.h"
#include "guilogging.h"
#include "keychainprobe.h"
#include "languages.h"
#include "qtkeychainsecretstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bridge {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_introduction = new QLabel(central);
    m_introduction->setWordWrap(true);
    m_introduction->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    m_introduction->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_introduction);
    layout->addStretch();
    setCentralWidget(central);

    m_keychainStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_keychainStatus, 1);

    createMenus();
    retranslate();
    resize(720, 420);
    startKeychainProbe();
}

void MainWindow::startKeychainProbe()
{
    // QtKeychain 0.13 has no availability call, so a sentinel read checks whether a keychain
    // responds. It runs asynchronously, and the window is usable meanwhile.
    m_secretStore = new QtKeychainSecretStore(this);
    auto *probe = new KeychainProbe(m_secretStore, this);
    connect(probe, &KeychainProbe::finished, this,
            [this, probe](const KeychainProbeResult &result) {
                probe->deleteLater();
                m_keychainAvailable = result.available;
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
    if (!m_keychainAvailable) {
        m_keychainStatus->setText(tr("Checking the keychain…"));
        return;
    }
    m_keychainStatus->setText(*m_keychainAvailable
                                      ? tr("Keychain available.")
                                      : tr("No keychain is available: credentials cannot be "
                                           "stored. %1")
                                                .arg(keychainRemedyForCurrentDesktop()));
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
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
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Mimecast Bridge"));

    // TODO: replace with the onboarding wizard and the profile list; until then the
    // command-line tool does the collection work.
    m_introduction->setText(
            tr("Mimecast Bridge collects a customer's Mimecast threat alerts and maps each one to "
               "a MITRE ATT&CK technique.\n\nThe setup wizard is not part of this version yet. "
               "Use mimecast-bridge-cli to store credentials, check a connection and preview "
               "alerts; run \"mimecast-bridge-cli --help\" for the commands."));
    m_introduction->setAccessibleName(tr("Introduction"));
    showKeychainStatus();
}

void MainWindow::switchLanguage(const QString &language)
{
    installTranslations(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mimecast Bridge"),
                       tr("Mimecast Bridge %1\n\nCollects Mimecast threat alerts, maps them to "
                          "MITRE ATT&CK and delivers them to Sophos Central.")
                               .arg(QApplication::applicationVersion()));
}

} // namespace bridge
