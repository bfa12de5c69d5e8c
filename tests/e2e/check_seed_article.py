#!/usr/bin/env python3
"""The acceptance check of `gazette check`: on the seed article, the default rules report exactly
one finding, NVvidia -> Nvidia, in every format, each placed where the word is in the column
unit that format counts in (code points, UTF-16 units or UTF-8 bytes), found from the article's
own text rather than written here.

Usage: check_seed_article.py GAZETTE SEED_JSONL
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

gazette, seed = sys.argv[1], sys.argv[2]
doc = json.loads(open(seed, encoding="utf-8").readline())
text, doc_id = doc["text"], doc["id"]
WRONG, RIGHT = "NVvidia", "Nvidia"
assert text.count(WRONG) == 1, "the seed article holds the misspelling once"
at = text.index(WRONG)
line = text.count("\n", 0, at) + 1
line_start = text.rfind("\n", 0, at) + 1
before = text[line_start:at]
col_points = len(before) + 1
col_utf16 = len(before.encode("utf-16-le")) // 2 + 1
col_bytes = len(before.encode("utf-8")) + 1
start_byte = len(text[:at].encode("utf-8"))
# The line holds accents before the word, so the units differ and each format's is tested.
assert col_points != col_bytes, "no accent before the finding: the column units would not be told apart"


def run(fmt):
    p = subprocess.run([gazette, "check", "--no-config", "--input", "jsonl", "--format", fmt, seed],
                       capture_output=True, text=True)
    assert p.returncode == 1, f"--format {fmt}: exit status {p.returncode}, expected 1 (an error-level finding)\n{p.stderr}"
    return p.stdout


checked = []
for fmt in ("text", "gcc"):
    out = run(fmt).splitlines()
    assert out == [f"{doc_id}:{line}:{col_points}: error: '{WRONG}' looks like a misspelling of '{RIGHT}' "
                   f"(company {RIGHT}) [canonical]"], (fmt, out)
    checked.append(fmt)

out = run("github").splitlines()
assert len(out) == 1, out
assert out[0].startswith(f"::error file={doc_id},line={line},endLine={line},col={col_points},"
                         f"endColumn={col_points + len(WRONG)},title=gazette canonical::"), out[0]
assert f"'{WRONG}'" in out[0] and f"'{RIGHT}'" in out[0], out[0]
checked.append("github")

sarif = json.loads(run("sarif"))
results = sarif["runs"][0]["results"]
assert len(results) == 1, results
r = results[0]
assert r["ruleId"] == "canonical" and r["level"] == "error"
region = r["locations"][0]["physicalLocation"]["region"]
assert sarif["runs"][0]["columnKind"] == "utf16CodeUnits"
assert (region["startLine"], region["startColumn"], region["endColumn"]) == (line, col_utf16, col_utf16 + len(WRONG)), region
assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == doc_id
replacement = r["fixes"][0]["artifactChanges"][0]["replacements"][0]
assert replacement["insertedContent"]["text"] == RIGHT, replacement
checked.append("sarif")

rd = [json.loads(l) for l in run("rdjsonl").splitlines()]
assert len(rd) == 1, rd
rng = rd[0]["location"]["range"]
assert (rng["start"]["line"], rng["start"]["column"], rng["end"]["column"]) == (line, col_bytes, col_bytes + len(WRONG)), rng
assert rd[0]["code"]["value"] == "canonical" and rd[0]["severity"] == "ERROR"
assert [s["text"] for s in rd[0]["suggestions"]] == [RIGHT]
checked.append("rdjsonl")

root = ET.fromstring(run("checkstyle"))
errors = root.findall("./file/error")
assert len(errors) == 1 and root.find("file").get("name") == doc_id
e = errors[0]
assert (int(e.get("line")), int(e.get("column"))) == (line, col_points)
assert e.get("severity") == "error" and e.get("source").endswith("canonical") and f"'{RIGHT}'" in e.get("message")
checked.append("checkstyle")

root = ET.fromstring(run("junit"))
failures = root.findall(".//testcase/failure")
assert len(failures) == 1, ET.tostring(root)
assert int(root.find("testsuite").get("failures")) == 1
assert f"'{WRONG}'" in failures[0].get("message") and f"'{RIGHT}'" in failures[0].get("message")
checked.append("junit")

j = json.loads(run("json"))
assert len(j["findings"]) == 1 and j["summary"]["findings"] == 1 and j["summary"]["error"] == 1, j
f = j["findings"][0]
assert (f["text"], f["suggestion"], f["rule"], f["severity"]) == (WRONG, RIGHT, "canonical", "error"), f
assert (f["path"], f["line"], f["column"], f["end_column"]) == (doc_id, line, col_points, col_points + len(WRONG)), f
assert (f["start"], f["end"]) == (start_byte, start_byte + len(WRONG.encode())), f
checked.append("json")

print(f"ok: one finding, {WRONG} -> {RIGHT}, in {len(checked)} formats ({', '.join(checked)})")
