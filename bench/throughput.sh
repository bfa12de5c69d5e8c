#!/usr/bin/env bash
# End-to-end throughput of `gazette extract`, single thread, on the text of the shared corpus
# repeated to at least 50 MB, beside `wc -w` on the same bytes in the same run.
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

# The articles' text, one after another, repeated to >= 50 MB (plain text: one big document),
# and the same articles as a JSON Lines dump of >= 50 MB.
python3 - "$shared/corpus" "$work" <<'PY'
import glob, json, os, sys
corpus, work = sys.argv[1], sys.argv[2]
lines = []
for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
    lines += [l for l in open(path, encoding="utf-8") if l.strip()]
texts = [json.loads(l)["text"] for l in lines]
once = "\n\n".join(texts) + "\n\n"
target = 50 * 1000 * 1000
with open(os.path.join(work, "corpus.txt"), "w", encoding="utf-8") as out:
    size = 0
    while size < target:
        out.write(once)
        size += len(once.encode("utf-8"))
with open(os.path.join(work, "corpus.jsonl"), "w", encoding="utf-8") as out:
    size, n = 0, 0
    while size < target:
        for l in lines:
            out.write(l if l.endswith("\n") else l + "\n")
            size += len(l.encode("utf-8"))
PY

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
measure "gazette -j1 (text)" "$txt_bytes" extract_status -j 1 "$work/corpus.txt"
measure "gazette -j1 --input jsonl" "$jsonl_bytes" extract_status -j 1 --input jsonl "$work/corpus.jsonl"
measure "gazette -j2 --input jsonl" "$jsonl_bytes" extract_status -j 2 --input jsonl "$work/corpus.jsonl"
awk -v a="$(cat "$work/gazette -j1 --input jsonl.median")" -v b="$(cat "$work/gazette -j2 --input jsonl.median")" \
  'BEGIN {printf "gazette -j2 runs %.2fx as fast as -j1 on the JSONL input\n", a/b}'
awk -v w="$(cat "$work/wc -w (text).median")" -v g="$(cat "$work/gazette -j1 (text).median")" \
  'BEGIN {printf "gazette -j1 takes %.2fx the time of wc -w on the same bytes\n", g/w}'
if [ -n "${BASELINE:-}" ]; then
  measure "baseline -j1 (text)" "$txt_bytes" baseline_status -j 1 "$work/corpus.txt"
  measure "baseline -j1 --input jsonl" "$jsonl_bytes" baseline_status -j 1 --input jsonl "$work/corpus.jsonl"
  measure "baseline -j2 --input jsonl" "$jsonl_bytes" baseline_status -j 2 --input jsonl "$work/corpus.jsonl"
  awk -v a="$(cat "$work/baseline -j1 --input jsonl.median")" -v b="$(cat "$work/baseline -j2 --input jsonl.median")" \
    'BEGIN {printf "baseline -j2 runs %.2fx as fast as -j1 on the JSONL input\n", a/b}'
  awk -v b="$(cat "$work/baseline -j1 (text).median")" -v g="$(cat "$work/gazette -j1 (text).median")" \
    'BEGIN {printf "gazette -j1 takes %.2fx the time of the baseline on the text input\n", g/b}'
  awk -v b="$(cat "$work/baseline -j1 --input jsonl.median")" -v g="$(cat "$work/gazette -j1 --input jsonl.median")" \
    'BEGIN {printf "gazette -j1 takes %.2fx the time of the baseline on the JSONL input\n", g/b}'
fi
echo "records: $("$gazette" -j 1 "$work/corpus.txt" | wc -l) on the text input"
