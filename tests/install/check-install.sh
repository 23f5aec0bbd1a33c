#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest install_tree: `cmake --install` into a DESTDIR with prefix /usr puts every expected file
# in place; the desktop entry and the metainfo validate (when the validators are installed);
# the man page and the three completions name every option that `storydiff-cli --help` lists.
#   check-install.sh BUILD_DIR GUI(ON or OFF)
set -euo pipefail
build=$1 gui=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
root="$dest/usr"
id=io.github.storydiff.StoryDiff
expected=(
    bin/storydiff-cli
    share/man/man1/storydiff-cli.1.gz
    share/bash-completion/completions/storydiff-cli
    share/fish/vendor_completions.d/storydiff-cli.fish
    share/doc/storydiff/copyright
    share/doc/storydiff/changelog.gz
)
# The reader modules, where the CLI looks for them: LIBEXECDIR/storydiff beside bin/.
for module in pdf:PDF zip:"DOCX, ODT and EPUB"; do
    found=$(find "$root" -path "*/storydiff/storydiff-${module%%:*}.so" 2>/dev/null | head -1)
    [ -n "$found" ] || fail "no storydiff/storydiff-${module%%:*}.so (${module#*:} support) installed"
done
zsh=$(find "$root/share/zsh" -name _storydiff-cli 2>/dev/null | head -1)
[ -n "$zsh" ] || fail "no _storydiff-cli under share/zsh"
if [ "$gui" = ON ]; then
    expected+=(bin/storydiff share/man/man1/storydiff.1.gz share/applications/$id.desktop
               share/metainfo/$id.metainfo.xml share/icons/hicolor/scalable/apps/$id.svg)
    for size in 16 22 24 32 48 64 128 256 512; do
        png=share/icons/hicolor/${size}x${size}/apps/$id.png
        expected+=("$png")
        # A PNG's width and height are big-endian at bytes 16-23: they must match the folder.
        if [ -f "$root/$png" ]; then
            dims=$(od -An -tu1 -j16 -N8 "$root/$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
            [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
        fi
    done
fi
for f in "${expected[@]}"; do
    [ -s "$root/$f" ] || fail "missing or empty: /usr/$f"
done
for f in bin/storydiff-cli bin/storydiff; do
    [ -e "$root/$f" ] || continue
    [ -x "$root/$f" ] || fail "/usr/$f is not executable"
done
"$root/bin/storydiff-cli" --version | grep -q 'GPL-3.0-or-later' || fail "storydiff-cli --version names no licence"
# The installed CLI finds its zip module: a DOCX against an ODT (the fuzz seeds) reads.
seeds=$(dirname "$0")/../../fuzz/corpus
"$root/bin/storydiff-cli" --brief "$seeds/docx/story.docx" "$seeds/odt/story.odt" >/dev/null 2>"$dest/err" ||
    [ $? -eq 1 ] || fail "the installed CLI cannot read a DOCX: $(cat "$dest/err")"

if [ "$gui" = ON ]; then
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$root/share/applications/$id.desktop" || fail "desktop-file-validate"
    else
        echo "desktop-file-validate not installed: desktop entry not validated"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" >/dev/null ||
            fail "appstreamcli validate"
    else
        echo "appstreamcli not installed: metainfo not validated"
    fi
    grep -q "^Icon=$id$" "$root/share/applications/$id.desktop" || fail "desktop Icon= is not $id"
fi

# Every long option of the built CLI's help is in the man page and in each completion.
# (the option lines only: the prose under them names git's options too, such as --dir-diff)
options=$("$build/app/storydiff-cli" --help | grep -oE -- '^ +(-[A-Za-z], )?--[a-z][a-z-]*' |
    grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || fail "storydiff-cli --help lists no option"
man=$(gzip -dc "$root/share/man/man1/storydiff-cli.1.gz" | sed 's/\\-/-/g')
for opt in $options; do
    grep -q -- "$opt\b" <<<"$man" || fail "man storydiff-cli lacks $opt"
    grep -q -- "$opt\b" "$root/share/bash-completion/completions/storydiff-cli" || fail "bash completion lacks $opt"
    [ -z "$zsh" ] || grep -q -- "$opt\b" "$zsh" || fail "zsh completion lacks $opt"
    grep -q -- "-l ${opt#--}\b" "$root/share/fish/vendor_completions.d/storydiff-cli.fish" ||
        fail "fish completion lacks $opt"
done
if command -v man >/dev/null; then
    for page in "$root"/share/man/man1/*.1.gz; do
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "man warns on $(basename "$page"): $warnings"
    done
fi
echo "checked ${#expected[@]} files and $(wc -w <<<"$options") options: $failures failure(s)"
[ "$failures" -eq 0 ]
