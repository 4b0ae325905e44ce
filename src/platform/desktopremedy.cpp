#include "desktopremedy.h"

#include <QCoreApplication>
#include <QStringList>

namespace bridge {

namespace {

bool isGnomeFamilyName(const QString &name)
{
    static const QStringList names = {
            QStringLiteral("gnome"),    QStringLiteral("unity"), QStringLiteral("xfce"),
            QStringLiteral("cinnamon"), QStringLiteral("mate"),
    };
    return names.contains(name);
}

// Shell lines that start GNOME Keyring in a new D-Bus session. The password is read without
// echo and passed on standard input, so it never appears on a command line.
QString headlessKeyringCommands()
{
    return QStringLiteral("  dbus-run-session -- bash\n"
                          "  read -rs -p 'Keyring password: ' KEYRING_PASSWORD; echo\n"
                          "  printf '%s' \"$KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
                          "--components=secrets\n"
                          "  unset KEYRING_PASSWORD\n"
                          "  mimecast-bridge-cli sync --profile default");
}

} // namespace

DesktopEnvironment desktopEnvironmentFromXdgCurrentDesktop(const QString &xdgCurrentDesktop)
{
    const QStringList entries = xdgCurrentDesktop.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    bool foundGnomeFamily = false;
    for (const QString &entry : entries) {
        QString name = entry.trimmed().toLower();
        if (name.startsWith(QLatin1String("x-")))
            name.remove(0, 2);
        // KDE wins over a GNOME-family entry: QtKeychain 0.13 prefers KWallet on Plasma.
        if (name == QLatin1String("kde"))
            return DesktopEnvironment::Kde;
        if (isGnomeFamilyName(name))
            foundGnomeFamily = true;
    }
    return foundGnomeFamily ? DesktopEnvironment::GnomeFamily : DesktopEnvironment::Unknown;
}

DesktopEnvironment currentDesktopEnvironment()
{
#if defined(Q_OS_WIN)
    return DesktopEnvironment::Windows;
#elif defined(Q_OS_MACOS)
    return DesktopEnvironment::MacOS;
#else
    return desktopEnvironmentFromXdgCurrentDesktop(qEnvironmentVariable("XDG_CURRENT_DESKTOP"));
#endif
}

QString keychainRemedy(DesktopEnvironment desktop)
{
    switch (desktop) {
    case DesktopEnvironment::GnomeFamily:
        return QCoreApplication::translate(
                "DesktopRemedy",
                "Mimecast Bridge keeps credentials in the Secret Service, which GNOME Keyring "
                "provides on this desktop. Install the packages gnome-keyring and libsecret-1-0, "
                "log out and log in again, and unlock the login keyring when asked (the "
                "Passwords and Keys application can also unlock it). Then restart Mimecast "
                "Bridge, because the keychain backend is chosen once at start-up.");
    case DesktopEnvironment::Kde:
        return QCoreApplication::translate(
                "DesktopRemedy",
                "Mimecast Bridge keeps credentials in KWallet or in another Secret Service "
                "provider. In System Settings, open KDE Wallet, enable the KDE wallet subsystem "
                "and make sure a wallet exists and is open. Alternatively, install a Secret "
                "Service provider such as gnome-keyring. Then restart Mimecast Bridge, because "
                "the keychain backend is chosen once at start-up.");
    case DesktopEnvironment::Windows:
        return QCoreApplication::translate(
                "DesktopRemedy",
                "Mimecast Bridge keeps credentials in Windows Credential Manager. Sign in with "
                "your own user account and check that your organization's policy allows saving "
                "credentials in Credential Manager. Then try again.");
    case DesktopEnvironment::MacOS:
        return QCoreApplication::translate(
                "DesktopRemedy",
                "Mimecast Bridge keeps credentials in the macOS Keychain. Open Keychain Access, "
                "unlock the login keychain, and choose Allow when Mimecast Bridge asks for "
                "access. Then try again.");
    case DesktopEnvironment::Unknown:
        break;
    }
    //: %1 is a block of shell commands; keep it unchanged.
    return QCoreApplication::translate(
                   "DesktopRemedy",
                   "No known desktop was detected, so no Secret Service provider may be "
                   "running. On a desktop, install gnome-keyring or enable KWallet, then log "
                   "out and log in again. On a server, over SSH or in a container, start GNOME "
                   "Keyring in a D-Bus session and run Mimecast Bridge in that session:\n%1")
            .arg(headlessKeyringCommands());
}

QString keychainRemedyForCurrentDesktop()
{
    return keychainRemedy(currentDesktopEnvironment());
}

} // namespace bridge
