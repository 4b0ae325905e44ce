#!/usr/bin/env bash
# Refreshes the translation catalogues in translations/ from the strings in src/ and ui/.
#
# Usage: tools/update-translations.sh
#
# New strings are added as unfinished messages, and strings removed from the code are dropped
# (-no-obsolete). Source locations are left out (-locations none) so that editing code does not
# churn the .ts files. Uses Qt 6's lupdate from /usr/lib/qt6/bin, or the lupdate on PATH.
# Afterwards the TS "language" attributes are set to "en" and "pt_BR" again, because lupdate
# only guesses them from the file name when a file is new.
# Exit status: lupdate's, or 1 when no lupdate is found.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

lupdate=/usr/lib/qt6/bin/lupdate
if [[ ! -x $lupdate ]]; then
    if ! lupdate=$(command -v lupdate); then
        echo "lupdate not found: install qt6-l10n-tools or put Qt 6's lupdate on PATH." >&2
        exit 1
    fi
fi

en_ts=translations/mimecast-bridge_en.ts
pt_br_ts=translations/mimecast-bridge_pt_BR.ts

"$lupdate" -no-obsolete -locations none src ui -ts "$en_ts" "$pt_br_ts"

# Sets the language attribute of the <TS> element in file $1 to $2.
set_ts_language() {
    sed -i -E "s/(<TS [^>]*language=\")[^\"]*(\")/\1$2\2/" "$1"
    if ! grep -q "<TS [^>]*language=\"$2\"" "$1"; then
        # The attribute is missing altogether: add it after the version attribute.
        sed -i -E "s/(<TS version=\"[^\"]*\")/\1 language=\"$2\"/" "$1"
    fi
}

set_ts_language "$en_ts" en
set_ts_language "$pt_br_ts" pt_BR
