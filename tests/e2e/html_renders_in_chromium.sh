#!/usr/bin/env bash
# `--format html` renders in a real browser: headless Chromium loads the page of the example
# article without network or script, takes a screenshot (a non-empty PNG), and its DOM holds the
# mentions as marks. Exits 77 (ctest's SKIP_RETURN_CODE) when Chromium is not installed.
# Usage: html_renders_in_chromium.sh GAZETTE EXAMPLES_DIR
set -euo pipefail
gazette=$1
examples=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium is not installed (apt-get install chromium)" >&2
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$examples" && "$gazette" --format html article-fr.txt) > "$out/page.html"
# The same page from the records' point of view: one mark per record.
records=$(cd "$examples" && "$gazette" article-fr.txt | wc -l)
browse() {
  # No profile left behind, no network: the page must stand alone.
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$out/profile" \
    --proxy-server=127.0.0.1:9 --window-size=1200,900 "$@" "file://$out/page.html" 2> "$out/browser.log"
}
browse --screenshot="$out/page.png" || { cat "$out/browser.log" >&2; exit 1; }
[ -s "$out/page.png" ] || { echo "no screenshot written" >&2; exit 1; }
[ "$(head -c 8 "$out/page.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  { echo "the screenshot is not a PNG" >&2; exit 1; }
browse --dump-dom > "$out/dom.html" || { cat "$out/browser.log" >&2; exit 1; }
marks=$(grep -o '<mark class="m [a-z]*"' "$out/dom.html" | wc -l)
legend=3  # one sample mark per type in the legend (the fuzzy sample has two classes)
[ "$marks" -eq $((records + legend)) ] ||
  { echo "the loaded page has $marks marks, expected $records records + $legend in the legend" >&2; exit 1; }
for text in '>CEA-Leti</mark>' '>CNRS</mark>' '>50 milliards de dollars</mark>' '>STMicroelectronics</mark>' 'title="company: Amazon Web Services'; do
  grep -qF "$text" "$out/dom.html" || { echo "the loaded page lacks $text" >&2; exit 1; }
done
echo "rendered: $marks marks, screenshot $(wc -c < "$out/page.png") bytes"
