# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
# ccache keys on absolute paths; relative to the checkout, a fresh clone reuses earlier objects.
export CCACHE_BASEDIR="$ROOT"

say() { printf '%s\n' "$*" >&2; }

ensure_deps() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$ROOT/scripts/deps.txt" | grep -v '^\s*$')
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "This script installs packages with apt-get (Debian 12 bookworm or later; Ubuntu 24.04 untested)."
        say "On this system, install by hand (development files where there are any):"
        say "  a C++20 compiler, CMake >= 3.25, Ninja, pkg-config, gzip (ccache is optional);"
        say "  Qt >= 6.4: Core, Gui, Widgets, PrintSupport, Test (and the OpenGL headers Qt Gui needs);"
        say "  dtl, md4c (with md4c-html), ICU (uc, i18n), uchardet, gumbo, QuaZip for Qt 6"
        say "  (quazip1-qt6), poppler-qt6; the DejaVu fonts for the tests;"
        say "  to package: dpkg-dev, fakeroot, lintian, desktop-file-utils, appstream"
        say "then run the script again with SKIP_DEPS=1."
        [ "${SKIP_DEPS:-0}" = 1 ] && return 0
        exit 2
    fi
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "Missing packages: ${missing[*]} (run as root or install sudo)"; exit 2; }
        sudo="sudo"
    fi
    say "Installing: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    local extra=("$@")
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}
