#!/usr/bin/env bash
# Peak memory (maximum resident set size, from /usr/bin/time -v) of `gazette -j 1` on a 10 MB
# and a 100 MB JSONL dump, and on a 20 MB and a 200 MB single-line document, built from the
# shared corpus. Flat figures mean memory does not grow with the input. With
# BASELINE=/path/to/gazette, an older build is measured on the same files.
# Usage: [BASELINE=OLD_GAZETTE] bench/memory.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shared=${2:-$root/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/make_inputs.py" "$shared/corpus" "$work" dump-10.jsonl=dump:10 dump-100.jsonl=dump:100 \
  line-20.txt=line:20 line-200.txt=line:200

peak() {  # prints the peak resident set of "$@" in MB
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null || [ $? -le 1 ]
  awk 'END {printf "%.0f", $1 / 1024}' "$work/rss"  # the last line: time may add a status line
}
row() {  # label binary
  printf '%-10s dump 10 MB: %4s MB  dump 100 MB: %4s MB  line 20 MB: %4s MB  line 200 MB: %4s MB\n' "$1" \
    "$(peak "$2" -j 1 --input jsonl "$work/dump-10.jsonl")" "$(peak "$2" -j 1 --input jsonl "$work/dump-100.jsonl")" \
    "$(peak "$2" -j 1 "$work/line-20.txt")" "$(peak "$2" -j 1 "$work/line-200.txt")"
}
echo "peak memory (maximum resident set), -j 1; empty input: $(peak "$build/gazette" /dev/null) MB"
row gazette "$build/gazette"
if [ -n "${BASELINE:-}" ]; then row baseline "$BASELINE"; fi
