#!/usr/bin/env bash
# `gazette eval` and the reference scorer (eval/score.py) must report the same figures for the
# same records, on every development gold file and every file of the validation set.
set -euo pipefail
gazette=$1
shared=$2
validation=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for gold in "$shared"/eval/dev/*.jsonl ${validation:+"$validation"/*.jsonl}; do
  name=$(basename "$gold" .jsonl)
  "$gazette" eval --gold "$gold" --format json --records-dir "$work/$name" > "$work/$name.gazette.json"
  python3 "$shared/eval/score.py" "$gold" "$work/$name" --json > "$work/$name.reference.json"
  python3 - "$work/$name.gazette.json" "$work/$name.reference.json" "$name" <<'PY' || status=1
import json, sys
ours = json.load(open(sys.argv[1]))
ref = json.load(open(sys.argv[2]))
name = sys.argv[3]
bad = []
for t in ("COMPANY", "LAB", "MONEY"):
    if ours[t]["gold"] != ref[t]["gold"]:
        bad.append(f"{t} gold {ours[t]['gold']} != {ref[t]['gold']}")
    for mode in ("strict", "lenient"):
        for i, k in enumerate(("precision", "recall", "f1")):
            a, b = ours[t][mode][k], ref[t][mode][i]
            if abs(a - b) > 1e-6:
                bad.append(f"{t} {mode} {k}: gazette {a:.6f} reference {b:.6f}")
a, b = ours["MONEY"]["value_accuracy"], ref["MONEY"]["value_acc"]
if abs(a - b) > 1e-6:
    bad.append(f"MONEY value accuracy: gazette {a:.6f} reference {b:.6f}")
for line in bad:
    print(f"{name}: {line}")
print(f"{name}: {'agree' if not bad else 'DISAGREE'}")
sys.exit(1 if bad else 0)
PY
done
exit $status
