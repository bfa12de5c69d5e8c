#!/usr/bin/env bash
# gazette-train run twice on the tiny fixture set writes the same model file, byte for byte.
set -euo pipefail
train=$1 fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in 1 2; do
  "$train" --train "$fixtures/tiny-train.jsonl" --org-types "$fixtures/tiny-org-types.tsv" --bits 14 \
    --dictionary-bits 16 --folds 2 --out "$work/model-$run.bin" >"$work/log-$run.txt"
done
cmp "$work/model-1.bin" "$work/model-2.bin"
diff <(grep -v "^wrote" "$work/log-1.txt") <(grep -v "^wrote" "$work/log-2.txt")
grep -q "cross-validated, 2 folds" "$work/log-1.txt"
