# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for storydiff-cli (options as in `storydiff-cli --help`).
_storydiff_cli() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        --format) mapfile -t COMPREPLY < <(compgen -W 'text json jsonl csv html tei collatex-json' -- "$cur"); return ;;
        --color) mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur"); return ;;
        -o | --output | --matrix | --clusters | --base)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --batch) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --text) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --max-size | --threshold | --jobs | -U | --context | --label | --encoding | \
            --candidate-similarity | --shard) return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W '-h --help --help-all -v --version --format -o --output
            --color --base --max-size -U --context -q --brief --label --encoding --text --sample -i --ignore-case --ignore-punctuation --ignore-typography
            --ignore-formatting --ignore-links --batch --matrix --clusters --threshold --resume
            --jobs --candidates --candidate-similarity --shard --merge-shards' -- "$cur")
        return
    fi
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}
complete -o filenames -o bashdefault -F _storydiff_cli storydiff-cli
