#!/usr/bin/env bash
# Installs what is missing, builds the project into build/ and starts the desktop application.
#
# Usage: tools/run-app.sh [application arguments]
# When run as root or with sudo, missing Debian packages and locales are installed first.
# Environment: MB_BUILD_DIR changes the build folder (default build).
#
# The app keeps credentials in the session's keychain (a Secret Service provider such as
# gnome-keyring or KWallet). Without a D-Bus session bus it is started in a new, empty one, where
# it reports that no keychain is available and offers to keep credentials for the session only.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=tools/common.sh
source "$repo_root/tools/common.sh"

build_dir=${MB_BUILD_DIR:-$repo_root/build}
app="$build_dir/src/app/mimecast-bridge"

ensure_packages
ensure_locales
configure_and_build "$build_dir"

if [[ ! -x $app ]]; then
    echo "error: $app was not built. Check that MB_BUILD_GUI is ON in $build_dir/CMakeCache.txt." >&2
    exit 1
fi

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "warning: neither DISPLAY nor WAYLAND_DISPLAY is set. To start without a screen, set" \
        "QT_QPA_PLATFORM=offscreen." >&2
fi

if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    step "Starting $app in a new D-Bus session (no session bus was found)"
    exec dbus-run-session -- "$app" "$@"
fi

step "Starting $app"
exec "$app" "$@"
