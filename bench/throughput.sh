#!/usr/bin/env bash
# End-to-end throughput of `gazette extract`, single thread, on the text of the shared corpus
# repeated to at least 100 MB, beside `wc -w` and `grep -F -o -w -f` with the shipped names on the
# same bytes in the same run.
# Prints the median of RUNS runs of each and their ratio. With BASELINE=/path/to/gazette, an
# older build is measured in the same run, for before/after ratios.
# Usage: [BASELINE=OLD_GAZETTE] bench/throughput.sh [BUILD_DIR] [SHARED_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shared=${2:-$root/../shared}
runs=${3:-5}
gazette=$build/gazette
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The articles' text, one after another, repeated to >= 100 MB (plain text: one big document),
# and the same articles as a JSON Lines dump of >= 100 MB.
python3 "$root/bench/make_inputs.py" "$shared/corpus" "$work" corpus.txt=text:100 corpus.jsonl=dump:100

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() {  # runs "$@" once, prints wall seconds
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f\n", (b-a)/1e9}'
}
measure() {  # label bytes command...: prints median seconds and MB/s
  local label=$1 bytes=$2; shift 2
  local times=() i
  for ((i = 0; i < runs; i++)); do times+=("$(seconds "$@")"); done
  local med
  med=$(printf '%s\n' "${times[@]}" | median)
  awk -v l="$label" -v s="$med" -v b="$bytes" 'BEGIN {printf "%-34s median %7.3f s  %8.1f MB/s\n", l, s, b/s/1e6}'
  echo "$med" > "$work/$label.median"
}
extract_status() { "$gazette" "$@"; local s=$?; [ $s -le 1 ]; }  # exit 1 (nothing found) is not a failure
baseline_status() { "$BASELINE" "$@"; local s=$?; [ $s -le 1 ]; }

txt_bytes=$(stat -c %s "$work/corpus.txt")
jsonl_bytes=$(stat -c %s "$work/corpus.jsonl")
echo "input: $((txt_bytes / 1000000)) MB of text, $((jsonl_bytes / 1000000)) MB of JSONL; $runs runs each; $(nproc) cores"
measure "wc -w (text)" "$txt_bytes" wc -w "$work/corpus.txt"
# GNU grep with the shipped names as fixed strings, whole words: a list lookup with no
# normalisation, no money and no context, the floor of what a gazetteer matcher costs.
python3 - "$root/data/companies.tsv" "$root/data/labs.tsv" > "$work/names.txt" <<'PY'
import sys
names = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or cols[0] == "canonical" or len(cols) < 2:
                continue
            flags = cols[4] if len(cols) > 4 else ""
            if "pattern" in flags:
                continue
            written = ([] if "label" in flags else [cols[0]]) + (cols[2].split("|") if len(cols) > 2 else [])
            names.update(n.lstrip("=") for n in written if n.strip("="))
print("\n".join(sorted(names)))
PY
name_count=$(wc -l < "$work/names.txt")
grep_status() { grep "$@"; local s=$?; [ $s -le 1 ]; }
measure "grep -F -o -w (text)" "$txt_bytes" grep_status -F -o -w -f "$work/names.txt" "$work/corpus.txt"
# Runs the set for one build (label, how to run it); prints its -j 2 against -j 1 ratio.
measure_build() {
  local label=$1 status=$2
  measure "$label -j1 (text)" "$txt_bytes" "$status" -j 1 "$work/corpus.txt"
  measure "$label -j1 --input jsonl" "$jsonl_bytes" "$status" -j 1 --input jsonl "$work/corpus.jsonl"
  measure "$label -j2 --input jsonl" "$jsonl_bytes" "$status" -j 2 --input jsonl "$work/corpus.jsonl"
  ratio "$label -j2 runs %.2fx as fast as -j1 on the JSONL input" "$label -j1 --input jsonl" "$label -j2 --input jsonl"
}
ratio() {  # format numerator-label denominator-label: prints format with median(num)/median(den)
  awk -v a="$(cat "$work/$2.median")" -v b="$(cat "$work/$3.median")" -v f="$1" 'BEGIN {printf f "\n", a/b}'
}
measure_build gazette extract_status
ratio "gazette -j1 takes %.2fx the time of wc -w on the same bytes" "gazette -j1 (text)" "wc -w (text)"
ratio "gazette -j1 takes %.2fx the time of grep -F -o -w -f with the $name_count shipped names" "gazette -j1 (text)" \
  "grep -F -o -w (text)"
if [ -n "${BASELINE:-}" ]; then
  measure_build baseline baseline_status
  ratio "gazette -j1 takes %.2fx the time of the baseline on the text input" "gazette -j1 (text)" "baseline -j1 (text)"
  ratio "gazette -j1 takes %.2fx the time of the baseline on the JSONL input" "gazette -j1 --input jsonl" \
    "baseline -j1 --input jsonl"
fi
echo "records: $("$gazette" -j 1 "$work/corpus.txt" | wc -l) on the text input"
