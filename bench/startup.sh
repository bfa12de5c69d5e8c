#!/usr/bin/env bash
# Start-up cost: `gazette` on empty input with all shipped gazetteers loaded, against
# `gazette --no-builtin` (no gazetteer) and `true`, each the median of RUNS runs.
# With BASELINE=/path/to/gazette, an older build is measured in the same run. With USER_NAMES=N
# (default 1000000; 0: skip), a user gazetteer of N synthetic names is compiled (timed once)
# and start-up is measured with its image loaded, without and with the shipped gazetteers.
# Usage: [BASELINE=OLD_GAZETTE] [USER_NAMES=N] bench/startup.sh [BUILD_DIR] [RUNS]
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

user_names=${USER_NAMES:-1000000}
if [ "$user_names" -gt 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # Two- and three-word names of made-up words, as a newsroom's list of people's companies
  # would be: distinct keys, the same letters as French text.
  python3 - "$user_names" > "$work/user.tsv" <<'PY'
import random, sys
n = int(sys.argv[1])
rng = random.Random(20261202)
syllables = ["ba", "co", "di", "fe", "ga", "lo", "mi", "nu", "pa", "ro", "sa", "ti", "va", "xe", "zo", "ker", "lin", "mor"]
print("canonical\ttype\taliases\tids\tflags")
seen = set()
while len(seen) < n:
    words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize() for _ in range(rng.randint(2, 3))]
    name = " ".join(words)
    if name in seen:
        continue
    seen.add(name)
    print(f"{name}\tcompany\t\t\t")
PY
  t0=$(date +%s%N)
  "$gazette" gazetteer compile "$work/user.tsv" -o "$work/user.gzt" >/dev/null
  t1=$(date +%s%N)
  image_mb=$(( $(stat -c %s "$work/user.gzt") / 1000000 ))
  only=$(ms "$gazette" --no-builtin --gazetteer "$work/user.gzt")
  both=$(ms "$gazette" --gazetteer "$work/user.gzt")
  echo "  compile ${user_names} names       $(( (t1 - t0) / 1000000 )) ms (image ${image_mb} MB)"
  echo "  --no-builtin + image          ${only} ms"
  echo "  shipped names + image         ${both} ms"
fi
