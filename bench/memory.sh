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

python3 - "$shared/corpus" "$work" <<'PY'
import glob, json, os, sys
corpus, work = sys.argv[1], sys.argv[2]
lines = []
for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
    lines += [l if l.endswith("\n") else l + "\n" for l in open(path, encoding="utf-8") if l.strip()]
texts = [json.loads(l)["text"] for l in lines]
one_line = " ".join(t.replace("\n", " ") for t in texts) + " "
def write(name, unit, megabytes, end=""):
    with open(os.path.join(work, name), "w", encoding="utf-8") as out:
        size = 0
        while size < megabytes * 1000 * 1000:
            out.write(unit)
            size += len(unit.encode("utf-8"))
        out.write(end)
dump = "".join(lines)
write("dump-10.jsonl", dump, 10)
write("dump-100.jsonl", dump, 100)
write("line-20.txt", one_line, 20, "\n")
write("line-200.txt", one_line, 200, "\n")
PY

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
