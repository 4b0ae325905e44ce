# shellcheck shell=bash
# Shared steps of tools/run-tests.sh and tools/run-app.sh: install missing Debian packages,
# generate the locales the tests use, configure and build. Source it; do not run it.
# Requires bash. Expects repo_root to be set by the sourcing script.
# shellcheck disable=SC2154 # repo_root comes from the sourcing script

# Debian 12 packages needed to build, test and run the project. libsecret-1-0 is listed on its
# own because QtKeychain loads it at run time and its package does not depend on it.
required_packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qtkeychain-qt6-dev libqt6sql6-sqlite libsecret-1-0
    gnome-keyring libsecret-tools dbus dbus-x11
    locales python3
)

# Locales the tests switch to with LC_ALL.
required_locales=(en_US.UTF-8 pt_BR.UTF-8)

step() {
    printf '==> %s\n' "$*"
}

# Runs a command as root: directly when already root, otherwise through sudo. Returns 1 when
# neither is possible.
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

can_become_root() {
    [[ $(id -u) -eq 0 ]] || command -v sudo >/dev/null 2>&1
}

ensure_packages() {
    step "Checking Debian packages"
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "    dpkg-query not found: not a Debian system, so install the equivalents of" \
            "${required_packages[*]} yourself."
        return 0
    fi

    local missing=() package state
    for package in "${required_packages[@]}"; do
        state=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        [[ $state == installed ]] || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "    all ${#required_packages[@]} packages are installed"
        return 0
    fi

    step "Installing ${missing[*]}"
    if ! can_become_root; then
        echo "error: missing packages ${missing[*]}, and this script is neither root nor able" \
            "to use sudo. Install them with: apt-get install ${missing[*]}" >&2
        return 1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

locale_is_available() {
    # "locale -a" prints pt_BR.utf8 for pt_BR.UTF-8.
    local wanted=${1/.UTF-8/.utf8}
    locale -a 2>/dev/null | grep -qx "$wanted"
}

ensure_locales() {
    step "Checking locales ${required_locales[*]}"
    local missing=() name
    for name in "${required_locales[@]}"; do
        locale_is_available "$name" || missing+=("$name")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "    all locales are available"
        return 0
    fi
    if ! can_become_root; then
        echo "warning: locales ${missing[*]} are missing and this script cannot become root;" \
            "tests that switch to them may fail. Generate them with locale-gen." >&2
        return 0
    fi

    step "Generating locales ${missing[*]}"
    for name in "${missing[@]}"; do
        if [[ -f /etc/locale.gen ]] && command -v locale-gen >/dev/null 2>&1; then
            # Enable the line in /etc/locale.gen, so later runs of locale-gen keep the locale.
            if grep -q "^# *${name} UTF-8" /etc/locale.gen; then
                as_root sed -i "s/^# *\(${name} UTF-8\)/\1/" /etc/locale.gen
            elif ! grep -q "^${name} UTF-8" /etc/locale.gen; then
                echo "${name} UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
            fi
        else
            as_root localedef -i "${name%%.*}" -c -f UTF-8 "$name"
        fi
    done
    if [[ -f /etc/locale.gen ]] && command -v locale-gen >/dev/null 2>&1; then
        as_root locale-gen >/dev/null
    fi
}

# Configures and builds the whole tree into $1. CI turns warnings into errors.
configure_and_build() {
    local build_dir=$1
    local werror=OFF
    [[ -n ${CI:-} ]] && werror=ON

    step "Configuring ${build_dir} (Ninja, RelWithDebInfo, MB_WERROR=${werror})"
    cmake -S "$repo_root" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMB_WERROR="$werror" >/dev/null

    step "Building ${build_dir}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}
