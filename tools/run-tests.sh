#!/usr/bin/env bash
# Installs what is missing, builds the project into build/ and runs the whole test suite.
#
# Usage: tools/run-tests.sh [ctest arguments]
#   tools/run-tests.sh                 every test
#   tools/run-tests.sh -L keychain     only the tests labelled keychain
#   tools/run-tests.sh -R 'tst_keychain|tst_platform'
#
# The tests run inside a private D-Bus session (dbus-run-session) with a throw-away, unlocked
# gnome-keyring, a temporary HOME and XDG folders, and QT_QPA_PLATFORM=offscreen, so they never
# touch the user's own keyring or settings. Works as root in a container with no session bus.
# When run as root or with sudo, missing Debian packages and locales are installed first.
#
# Environment: CI, when set, builds with -Werror and makes keychain tests fail instead of
# skipping when no keychain is reachable. MB_BUILD_DIR changes the build folder (default build).
# Exit status: ctest's, or non-zero when a setup step fails.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=tools/common.sh
source "$repo_root/tools/common.sh"

build_dir=${MB_BUILD_DIR:-$repo_root/build}

# Prints the process id that owns a D-Bus name on the session bus, or nothing.
bus_name_owner_pid() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null |
        awk '/uint32/ { print $2 }'
}

# Second stage, run by dbus-run-session: start the keyring, run ctest, stop the keyring.
run_in_test_session() {
    local keyring_log="$MB_TEST_TEMP_DIR/gnome-keyring.log"
    local keyring_env_file="$MB_TEST_TEMP_DIR/gnome-keyring.env"
    local keyring_pid=""

    step "Starting gnome-keyring-daemon (secrets component) with a throw-away password"
    # The password goes to the daemon on standard input only. printf is a shell builtin, so the
    # password never appears on a command line.
    local keyring_password
    keyring_password=$(head -c 32 /dev/urandom | base64)
    # Its output goes to files: the forked daemon keeps the descriptors it inherited, so a pipe
    # would never reach end-of-file.
    if printf '%s' "$keyring_password" |
        gnome-keyring-daemon --unlock --components=secrets >"$keyring_env_file" 2>"$keyring_log"
    then
        # The daemon prints the variables its clients need, such as GNOME_KEYRING_CONTROL.
        local line
        while IFS= read -r line; do
            if [[ $line =~ ^[A-Z_]+= ]]; then
                export "${line?}"
            fi
        done <"$keyring_env_file"
        for _ in $(seq 50); do
            keyring_pid=$(bus_name_owner_pid org.freedesktop.secrets || true)
            if [[ -n $keyring_pid ]]; then
                break
            fi
            sleep 0.1
        done
    fi
    unset keyring_password

    if [[ -n $keyring_pid ]]; then
        echo "    keyring daemon running as process $keyring_pid"
        export MB_TEST_KEYRING_PID=$keyring_pid
        # The daemon forked away from this shell, so it is stopped by its process id. The id is
        # expanded now because the local variable is gone when the trap runs. SIGCONT comes first
        # because tst_keychain pauses the daemon with SIGSTOP, and a stopped process acts on SIGTERM
        # only after it is continued.
        # shellcheck disable=SC2064
        trap "kill -CONT $keyring_pid 2>/dev/null; kill $keyring_pid 2>/dev/null || true" EXIT
    else
        echo "warning: gnome-keyring-daemon did not start; keychain tests will skip, or fail" \
            "when CI is set. Its output:" >&2
        cat "$keyring_log" >&2 || true
    fi

    export MB_TEST_PRIVATE_KEYRING=1
    export QT_QPA_PLATFORM=offscreen

    step "Running ctest $*"
    local status=0
    ctest --test-dir "$build_dir" --output-on-failure "$@" || status=$?
    return "$status"
}

if [[ ${1:-} == --in-test-session ]]; then
    shift
    run_in_test_session "$@"
    exit $?
fi

ensure_packages
ensure_locales
configure_and_build "$build_dir"

step "Preparing a temporary HOME and XDG folders"
temp_dir=$(mktemp -d "${TMPDIR:-/tmp}/mimecast-bridge-tests.XXXXXX")
trap 'rm -rf "$temp_dir"' EXIT
mkdir -p "$temp_dir/home/.config" "$temp_dir/home/.local/share" "$temp_dir/home/.local/state" \
    "$temp_dir/home/.cache" "$temp_dir/runtime"
chmod 700 "$temp_dir/home" "$temp_dir/runtime"

export HOME="$temp_dir/home"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$temp_dir/runtime"
export MB_TEST_TEMP_DIR="$temp_dir"
export MB_BUILD_DIR="$build_dir"
export LANG=en_US.UTF-8
unset LC_ALL LANGUAGE DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

step "Starting a private D-Bus session"
status=0
# In a container dbus-daemon may print "Failed to set fd limit" on stderr. That line is dropped
# because it is harmless, and every other line of stderr is passed on.
dbus-run-session -- "$repo_root/tools/run-tests.sh" --in-test-session "$@" \
    2> >(grep -v 'Failed to set fd limit' >&2) || status=$?

if [[ $status -eq 0 ]]; then
    step "Tests passed"
else
    step "Tests failed (exit status $status)"
fi
exit "$status"
