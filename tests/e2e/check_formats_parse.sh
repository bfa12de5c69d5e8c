#!/usr/bin/env bash
# The machine-readable formats of `gazette check` parse with standard tools: SARIF has the
# fields GitHub code scanning needs, JSON and rdjsonl are JSON, Checkstyle and JUnit are XML.
# Usage: check_formats_parse.sh GAZETTE FIXTURES_DIR
set -euo pipefail
gazette=$1
cd "$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for format in sarif json rdjsonl checkstyle junit; do
  status=0
  "$gazette" check --no-config --format "$format" article.md clean.txt docs/guide.md > "$out/$format" || status=$?
  [ "$status" -eq 1 ] || { echo "check --format $format: exit status $status, expected 1" >&2; exit 1; }
done
python3 - "$out" <<'PY'
import json, sys, xml.etree.ElementTree as ET
out = sys.argv[1]
sarif = json.load(open(f"{out}/sarif"))
assert sarif["$schema"] and sarif["version"] == "2.1.0"
run = sarif["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "gazette"
ids = set()
for rule in driver["rules"]:
    ids.add(rule["id"])
    for field in ("shortDescription", "fullDescription", "help"):
        assert rule[field]["text"], (rule["id"], field)
assert run["columnKind"] in ("utf16CodeUnits", "unicodeCodePoints")
assert len(run["results"]) >= 4
for result in run["results"]:
    assert result["ruleId"] in ids and result["level"] in ("error", "warning", "note")
    assert result["message"]["text"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"]
    region = loc["region"]
    for field in ("startLine", "startColumn", "endLine", "endColumn"):
        assert isinstance(region[field], int) and region[field] >= 1, field
    assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"])
    assert result["partialFingerprints"]["primaryLocationLineHash"]
fingerprints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in run["results"]]
assert len(fingerprints) == len(set(fingerprints)), "fingerprints repeat"
doc = json.load(open(f"{out}/json"))
assert doc["summary"]["findings"] == len(doc["findings"]) == len(run["results"])
for line in open(f"{out}/rdjsonl"):
    d = json.loads(line)
    assert d["location"]["range"]["start"]["line"] >= 1 and d["code"]["value"]
ET.parse(f"{out}/checkstyle")
suite = ET.parse(f"{out}/junit").getroot().find("testsuite")
assert int(suite.get("failures")) == len(run["results"])
print(f"ok: {len(run['results'])} results in every format")
PY
