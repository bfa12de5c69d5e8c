#!/usr/bin/env bash
# The README's recipe for spreading a dump over processes: GNU parallel cuts standard input into
# blocks of whole lines, runs one gazette per block and keeps their outputs in input order (-k).
# As gazette keeps no state across documents, the merged records must be byte for byte those of
# one process. Exits 77 (ctest's skip) when parallel is not installed.
# Usage: parallel_recipe.sh GAZETTE SHARED_DIR
set -euo pipefail
gazette=$1 shared=$2
if ! command -v parallel >/dev/null 2>&1; then
  echo "skipped: GNU parallel is not installed (apt-get install parallel)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat "$shared"/corpus/*.jsonl > "$work/dump.jsonl"
lines=$(wc -l < "$work/dump.jsonl")

"$gazette" --input jsonl -j 1 --no-progress < "$work/dump.jsonl" > "$work/single.jsonl"
# Blocks of 1 MB rather than the README's 10 MB, so that this 5 MB dump is cut into several.
# parallel's status counts the blocks whose gazette exited non-zero; 1 (no mention in a block)
# is not a failure of the recipe, so statuses are checked from the joblog instead.
parallel --will-cite --pipe --block 1M -k --joblog "$work/jobs.log" \
  "$gazette" --input jsonl -j 1 --no-progress < "$work/dump.jsonl" > "$work/merged.jsonl" || true
jobs=$(tail -n +2 "$work/jobs.log" | wc -l)
bad=$(tail -n +2 "$work/jobs.log" | awk -F'\t' '$7 >= 2 || $8 != 0' | wc -l)
if [ "$jobs" -lt 2 ]; then
  echo "FAIL: parallel ran $jobs job(s); the dump was not cut into blocks"
  exit 1
fi
if [ "$bad" -ne 0 ]; then
  echo "FAIL: $bad of $jobs gazette processes failed"
  cat "$work/jobs.log"
  exit 1
fi
if ! cmp -s "$work/single.jsonl" "$work/merged.jsonl"; then
  echo "FAIL: the merged output of $jobs processes differs from one process's"
  diff "$work/single.jsonl" "$work/merged.jsonl" | head -20
  exit 1
fi
echo "ok: $lines documents in $jobs blocks, $(wc -l < "$work/merged.jsonl") records, the same bytes as one process"
