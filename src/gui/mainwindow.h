#pragma once

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace bridge {

class SecretStore;
struct KeychainProbeResult;

// The application's main window. It retranslates itself when the language changes at run time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void startKeychainProbe();
    void showKeychainStatus();

    QLabel *m_introduction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_portugueseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    SecretStore *m_secretStore = nullptr;
    QLabel *m_keychainStatus = nullptr;
    std::optional<bool> m_keychainAvailable;
};

} // namespace bridge
