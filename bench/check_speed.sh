#!/usr/bin/env bash
# `gazette check` (default rules) against `gazette extract` on the same input, the shared
# corpus as JSON Lines dumps, in the same run: RUNS runs of each, taken in turn, with -j 1 and
# with the default -j. Prints the median wall and CPU (user + system) seconds of each and the
# ratios check / extract. With CALLGRIND=1 (and valgrind installed), also the instructions each
# executes with -j 1 under callgrind, which other work on the machine does not change. With
# BASELINE=/path/to/gazette, an older build's check and extract run in the same turns too.
# Usage: [CALLGRIND=1] [BASELINE=OLD_GAZETTE] bench/check_speed.sh [BUILD_DIR] [SHARED_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shared=${2:-$root/../shared}
runs=${3:-5}
gazette=$build/gazette
inputs=("$shared"/corpus/*.jsonl)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# label command...: runs it once, appends "wall cpu" seconds to $work/label. Exit 1 (findings,
# or no mention) is no failure.
once() {
  local label=$1; shift
  local TIMEFORMAT='%R %U %S' line status=0
  line=$({ time "$@" >/dev/null 2>&1 || status=$?; } 2>&1)
  [ "$status" -le 1 ] || { echo "$* exited $status" >&2; exit 1; }
  awk -v l="$line" 'BEGIN {split(l, t, " "); printf "%s %.3f\n", t[1], t[2] + t[3]}' >> "$work/$label"
}
column_median() { awk -v c="$2" '{print $c}' "$work/$1" | median; }

jobs_default=$(nproc)
bytes=$(cat "${inputs[@]}" | wc -c)
docs=$(cat "${inputs[@]}" | wc -l)
echo "input: ${inputs[*]##*/} ($docs documents, $((bytes / 1000)) kB); $runs runs each, in turn; $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"
for ((i = 0; i < runs; i++)); do
  for j in 1 default; do
    jobs=()
    [ "$j" = 1 ] && jobs=(-j 1)
    once "extract-j$j" "$gazette" extract --input jsonl "${jobs[@]}" "${inputs[@]}"
    once "check-j$j" "$gazette" check --input jsonl "${jobs[@]}" "${inputs[@]}"
    if [ -n "${BASELINE:-}" ]; then
      once "baseline-extract-j$j" "$BASELINE" extract --input jsonl "${jobs[@]}" "${inputs[@]}"
      once "baseline-check-j$j" "$BASELINE" check --input jsonl "${jobs[@]}" "${inputs[@]}"
    fi
  done
done
report() {  # label extract-label check-label: medians and ratios
  awk -v l="$1" -v ew="$(column_median "$2" 1)" -v ec="$(column_median "$2" 2)" -v cw="$(column_median "$3" 1)" \
    -v cc="$(column_median "$3" 2)" 'BEGIN {
    printf "%-27s extract median %.3f s wall, %.3f s CPU; check %.3f s wall, %.3f s CPU: check/extract %.2fx wall, %.2fx CPU\n",
           l, ew, ec, cw, cc, cw / ew, cc / ec }'
}
for j in 1 default; do
  label="-j $j"; [ "$j" = default ] && label="-j default ($jobs_default)"
  report "$label" "extract-j$j" "check-j$j"
  if [ -n "${BASELINE:-}" ]; then report "baseline $label" "baseline-extract-j$j" "baseline-check-j$j"; fi
done
if [ "${CALLGRIND:-0}" = 1 ] && command -v valgrind >/dev/null; then
  instructions() {
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
  }
  ei=$(instructions "$gazette" extract --input jsonl -j 1 "${inputs[@]}")
  ci=$(instructions "$gazette" check --input jsonl -j 1 "${inputs[@]}")
  awk -v e="$ei" -v c="$ci" 'BEGIN {printf "callgrind, -j 1: extract %.0f M instructions, check %.0f M: check/extract %.2fx\n", e / 1e6, c / 1e6, c / e}'
  if [ -n "${BASELINE:-}" ]; then
    bi=$(instructions "$BASELINE" check --input jsonl -j 1 "${inputs[@]}")
    awk -v b="$bi" -v c="$ci" 'BEGIN {printf "callgrind, -j 1: baseline check %.0f M instructions: check/baseline check %.2fx\n", b / 1e6, c / b}'
  fi
fi
