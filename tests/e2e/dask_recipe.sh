#!/usr/bin/env bash
# The README's Dask recipe (examples/dask_recipe.py): a LocalCluster of 2 worker processes cuts a
# dump into blocks of whole lines, one gazette per block, records written in block order. As
# gazette keeps no state across documents, the merged records must be byte for byte those of one
# process. The dump is the corpus after 1.2 MB of documents with no mention, so that a block
# whose gazette exits 1 is seen not to be an error; the same dump with a bad line at its end
# must fail (status 2) naming the last block, after the records of the blocks before it.
# Exits 77 (ctest's skip) when no python3 has dask.distributed (Debian's python3-distributed).
# Usage: dask_recipe.sh GAZETTE SHARED_DIR
set -euo pipefail
gazette=$(realpath "$1") shared=$2
recipe=$(realpath "$(dirname "$0")/../../examples/dask_recipe.py")
. "$(dirname "$0")/python_with.sh"
python=$(python_with dask.bytes distributed)
if [ -z "$python" ]; then
  echo "skipped: no python3 with dask.distributed (apt-get install python3-distributed)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
seq 25000 | awk '{ printf "{\"id\": \"vide/%d\", \"text\": \"Rien à signaler ce jour.\"}\n", $1 }' > dump.jsonl
cat "$shared"/corpus/*.jsonl >> dump.jsonl
lines=$(wc -l < dump.jsonl)
"$gazette" --input jsonl -j 1 --no-progress < dump.jsonl > single.jsonl
if head -25000 dump.jsonl | "$gazette" --input jsonl -j 1 --no-progress > /dev/null; then
  echo "FAIL: the documents meant to have no mention have one"
  exit 1
fi

# Blocks of 1 MiB rather than the recipe's 10 MiB, so that this 6 MB dump is cut into several.
start=$(date +%s%N)
"$python" "$recipe" --gazette "$gazette" --blocksize 1MiB --summary dump.jsonl > merged.jsonl 2> merged.err
ms=$(( ($(date +%s%N) - start) / 1000000 ))
summary=$(cat merged.err)
blocks=$(sed -n 's/^dask_recipe: \([0-9]*\) blocks, [0-9]* records$/\1/p' merged.err)
if [ -z "$blocks" ] || [ "$(wc -l < merged.err)" -ne 1 ]; then
  echo "FAIL: standard error is not just the summary line:"
  cat merged.err
  exit 1
fi
if [ "$blocks" -lt 3 ]; then
  echo "FAIL: $summary; the dump was not cut into blocks"
  exit 1
fi
if ! cmp -s single.jsonl merged.jsonl; then
  echo "FAIL: the merged output of $blocks blocks differs from one process's"
  diff single.jsonl merged.jsonl | head -20
  exit 1
fi

echo 'not a document' >> dump.jsonl
status=0
"$python" "$recipe" --gazette "$gazette" --blocksize 1MiB dump.jsonl > partial.jsonl 2> partial.err || status=$?
if [ "$status" -ne 2 ]; then
  echo "FAIL: a bad line in the last block gave status $status, not 2"
  cat partial.err
  exit 1
fi
if ! grep -q "^dask_recipe: error: block $blocks (.*dump.jsonl, part $blocks of $blocks): gazette exited with status 2:$" partial.err ||
   ! grep -q "^gazette: -:[0-9]*: invalid JSON" partial.err; then
  echo "FAIL: the error does not name block $blocks and give gazette's message:"
  cat partial.err
  exit 1
fi
written=$(wc -c < partial.jsonl)
if [ "$written" -eq 0 ] || ! cmp -s -n "$written" partial.jsonl single.jsonl; then
  echo "FAIL: before the failed block, the output is not the start of one process's ($written bytes)"
  exit 1
fi
echo "ok: $lines documents in $blocks blocks on 2 Dask workers in $ms ms, $(wc -l < merged.jsonl) records, the same bytes as one process; a bad line fails its block"
