#!/usr/bin/env bash
# Start-up cost: `gazette` on empty input with all shipped gazetteers loaded, against
# `gazette --no-builtin` (no gazetteer) and `true`, each the median of RUNS runs.
# With BASELINE=/path/to/gazette, an older build is measured in the same run.
# Usage: [BASELINE=OLD_GAZETTE] bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-21}
gazette=$build/gazette

ms() {  # median wall milliseconds of RUNS runs of "$@" on empty input
  local i t0 t1 times=()
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N); "$@" </dev/null >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

names=$("$gazette" gazetteer stats --format json | sed -n 's/^{"entries":[0-9]*,"names":\([0-9]*\).*/\1/p')
base=$(ms true)
bare=$(ms "$gazette" --no-builtin --types company)
full=$(ms "$gazette")
echo "start-up, median of $runs runs on empty input"
echo "  true                          ${base} ms"
echo "  gazette --no-builtin          ${bare} ms"
echo "  gazette (${names} names)      ${full} ms"
if [ -n "${BASELINE:-}" ]; then
  old=$(ms "$BASELINE")
  echo "  baseline                      ${old} ms"
  awk -v a="$full" -v b="$old" -v t="$base" 'BEGIN {printf "gazette start-up takes %.2fx the baseline'"'"'s (%.2fx, less the cost of true)\n", a/b, (a-t)/(b-t)}'
fi
