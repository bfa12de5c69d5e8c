#!/usr/bin/env bash
# On the shared corpus, the default rules of `gazette check` give at most 2 findings per 100
# documents: more would make the check a nuisance in CI, where each finding stops a job.
# Usage: check_corpus_budget.sh GAZETTE CORPUS_DIR
set -euo pipefail
gazette=$1
dumps=("$2"/*.jsonl)
documents=$(cat "${dumps[@]}" | wc -l)
status=0
summary=$("$gazette" check --no-config --input jsonl --format json "${dumps[@]}" | tail -1) || status=$?
[ "$status" -le 1 ] || { echo "check exited $status" >&2; exit 1; }
findings=$(sed -n 's/.*"summary": {"documents": [0-9]*, "findings": \([0-9]*\).*/\1/p' <<<"$summary")
[ -n "$findings" ] || { echo "no summary in: $summary" >&2; exit 1; }
echo "$findings findings in $documents documents"
[ "$documents" -gt 0 ] && [ $((findings * 100)) -le $((2 * documents)) ]
