#pragma once

#include <QString>

namespace bridge {

// Desktop environments that need different steps to get a working keychain.
enum class DesktopEnvironment {
    GnomeFamily, // GNOME, Unity, XFCE, Cinnamon, MATE: GNOME Keyring is the usual provider
    Kde, // KDE Plasma: KWallet, or another Secret Service provider
    Windows,
    MacOS,
    Unknown, // unrecognised desktop, or none at all (server, SSH session, container)
};

// Classifies the value of XDG_CURRENT_DESKTOP, a colon-separated list such as "ubuntu:GNOME" or
// "X-Cinnamon". Matching ignores case and an "X-" prefix.
DesktopEnvironment desktopEnvironmentFromXdgCurrentDesktop(const QString &xdgCurrentDesktop);

// The platform this build runs on; on Linux and other Unix systems, from XDG_CURRENT_DESKTOP.
DesktopEnvironment currentDesktopEnvironment();

// Translated steps that make a keychain usable on the given desktop, shown when the keychain
// probe finds none.
QString keychainRemedy(DesktopEnvironment desktop);
QString keychainRemedyForCurrentDesktop();

} // namespace bridge
