#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest gui_no_display: `storydiff --version` and `--help` answer with status 0 on a machine
# without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), where QApplication aborts.
#   check-no-display.sh PATH_TO_STORYDIFF
set -uo pipefail
app=$1
failures=0
check() { # ARG EXPECTED_TEXT
    local out rc
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" "$1" 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "FAIL: storydiff $1 exited $rc: $out"
        failures=$((failures + 1))
    elif ! grep -q -- "$2" <<<"$out"; then
        echo "FAIL: storydiff $1 printed no \"$2\": $out"
        failures=$((failures + 1))
    fi
}
check --version 'GPL-3.0-or-later'
check -v 'poppler'
check --help 'Versions to open'
check -h '--version'
echo "4 runs without a display: $failures failure(s)"
[ "$failures" -eq 0 ]
