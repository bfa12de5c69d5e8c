#!/usr/bin/env bash
# `gazette check --format sarif` validates against the SARIF 2.1.0 schema (kept in
# tests/fixtures/sarif, nothing is fetched): on the check fixtures with every rule on, on a clean
# file, and on the seed article. Needs a python3 with the jsonschema module (Debian's
# python3-jsonschema); without one the test is skipped (exit 77).
# Usage: check_sarif_schema.sh GAZETTE CHECK_FIXTURES_DIR SCHEMA SEED_JSONL
set -euo pipefail
gazette=$(realpath "$1") fixtures=$2 schema=$(realpath "$3") seed=$(realpath "$4")
. "$(dirname "$0")/python_with.sh"
python=$(python_with jsonschema)
if [ -z "$python" ]; then
  echo "skipped: no python3 with the jsonschema module (apt-get install python3-jsonschema)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sarif() {  # name args...: writes $out/name.sarif; exit 0 or 1 (findings) is expected
  local name=$1 status=0
  shift
  "$gazette" check --no-config --format sarif "$@" > "$out/$name.sarif" || status=$?
  [ "$status" -le 1 ] || { echo "check $*: exit status $status" >&2; exit 1; }
}
(cd "$fixtures" && sarif fixtures --consistency --money --deny Huawei --require lab article.md clean.txt docs/guide.md)
(cd "$fixtures" && sarif clean clean.txt)
sarif seed --input jsonl "$seed"
"$python" - "$schema" "$out"/*.sarif <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema)
for path in sys.argv[2:]:
    log = json.load(open(path))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
    assert not errors, f"{path}: {len(errors)} schema errors"
    results = sum(len(run["results"]) for run in log["runs"])
    print(f"ok: {path.rsplit('/', 1)[-1]} is valid SARIF 2.1.0 ({results} results)")
PY
