#pragma once

#include "apppaths.h"
#include "profilesettings.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace bridge {

class DemoServices;
class EmptyStatePanel;
class OnboardingSession;
class ProfileRuntime;
class SecretStore;
class WorkerPanel;

// The application's main window: the customer profiles saved in <config folder>/profiles on the
// left, and the selected profile's worker on the right. It opens the setup wizard, starts the
// worker of a new profile, and retranslates itself when the language changes at run time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // secretStore is the keychain when null; tests pass a MemorySecretStore, which must outlive
    // the window.
    explicit MainWindow(const AppPaths &paths = AppPaths(), SecretStore *secretStore = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The worker of a profile listed on the left; nullptr for an unknown name.
    ProfileRuntime *runtime(const QString &profile) const;
    DemoServices *demoServices() const { return m_demo; }

    // Selects a listed profile; returns false when it is not listed.
    bool selectProfile(const QString &profile);
    // Re-reads the profile files and keeps the selection when the profile still exists.
    void reloadProfiles();

    // The language chosen in an earlier run ("en" or "pt_BR"), or an empty string. The window
    // saves each switch to <config folder>/mimecast-bridge.ini.
    static QString savedLanguage(const AppPaths &paths);
    static QString preferencesPath(const AppPaths &paths);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void openLogFolder();
    void startKeychainProbe();
    void showKeychainStatus();
    void showKeychainHelp();
    QString sessionOnlyWorkerMessage(const QString &profile) const;

    void showSelectedProfile();
    void openWizard(const std::optional<ProfileSettings> &prefill, bool demo);
    void handleProfileCreated(const QString &profile, bool sessionOnly);
    void forgetCredentials();
    void eraseCredentials(const QString &profile);

    AppPaths m_paths;
    SecretStore *m_secretStore = nullptr;
    DemoServices *m_demo = nullptr;
    QHash<QString, ProfileRuntime *> m_runtimes;

    QListWidget *m_profileList = nullptr;
    QPushButton *m_newCustomerButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStatePanel *m_emptyState = nullptr;
    WorkerPanel *m_panel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_portugueseAction = nullptr;
    QAction *m_logFolderAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_keychainHelpButton = nullptr;
    // Profiles whose worker was refused because their credentials are kept for this session
    // only; their error text is rebuilt when the language changes.
    QSet<QString> m_sessionOnlyProfiles;
    std::optional<bool> m_keychainAvailable;
};

} // namespace bridge
