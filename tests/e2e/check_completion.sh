#!/usr/bin/env bash
# The bash completion completes `gazette check`: every option `gazette check --help` lists, the
# values of --format, --min-level, --fail-level, --syntax and --input, and files and folders.
# COMP_WORDS and COMP_CWORD are set by hand, as bash sets them, and _gazette is called.
# Usage: check_completion.sh GAZETTE COMPLETION_FILE
# Not -u: completion functions run in the interactive shell, where unset variables are empty.
set -o pipefail
gazette=$1
completion=$2
# shellcheck source=/dev/null
source "$completion"

failures=0 checks=0
# complete WORD...: the line typed so far, split as bash splits it; the last word is the one
# being completed. Prints the candidates, one a line, sorted.
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _gazette 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sort
}
# expect "WANTED CANDIDATES" WORD...: the candidates are exactly these.
expect() {
  local wanted got
  wanted=$(tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort)
  shift
  got=$(complete_line "$@" | sed '/^$/d')
  checks=$((checks + 1))
  if [ "$got" != "$wanted" ]; then
    failures=$((failures + 1))
    echo "FAIL: '$*' completes to [$(echo $got)], expected [$(echo $wanted)]" >&2
  fi
}
# expect_has CANDIDATE WORD...: the candidates include this one.
expect_has() {
  local wanted=$1
  shift
  checks=$((checks + 1))
  if ! complete_line "$@" | grep -qxF -- "$wanted"; then
    failures=$((failures + 1))
    echo "FAIL: '$*' does not offer '$wanted'" >&2
  fi
}

# The command itself.
expect_has check gazette ch
expect "check" gazette chec

# Every option the help lists, and none it does not.
help_options=$("$gazette" check --help | sed -n '/^Options:/,/^Examples:/p' | grep -oE '^ +-[^ ]+' |
  tr ',' '\n' | sed 's/^ *//' | sed '/^$/d' | sort -u)
[ -n "$help_options" ] || { echo "FAIL: no options read from gazette check --help" >&2; exit 1; }
completed_options=$(complete_line gazette check - | sed '/^$/d' | sort -u)
checks=$((checks + 1))
if [ "$help_options" != "$completed_options" ]; then
  failures=$((failures + 1))
  echo "FAIL: gazette check - completes other options than check --help lists:" >&2
  diff <(echo "$help_options") <(echo "$completed_options") >&2
fi
expect "--format" gazette check --form
expect "--fail-level --fix --format" gazette check --f
expect "--min-level --money --money-currency --money-thousands" gazette check --m

# Option values, written "--opt value" and "--opt=value" (bash splits the latter at '=').
expect "text gcc json github sarif rdjsonl checkstyle junit" gazette check --format ""
expect "sarif" gazette check -f s
expect "sarif" gazette check --format = s
expect "--format=json --format=junit" gazette check --format=j   # "=" not a word break
expect "note warning error" gazette check --min-level ""
expect "warning" gazette check --fail-level w
expect "error" gazette check README.md --fail-level = e
expect "auto text markdown html" gazette check --syntax ""
expect "markdown" gazette check --syntax m
expect "text jsonl" gazette check --input ""
expect "" gazette check --input l          # lines is extract's, not check's
expect "lines" gazette extract --input l   # and extract keeps it
expect "symbol" gazette check --money-currency s
expect "nnbsp nbsp" gazette check --money-thousands n
expect "company lab money" gazette check --require ""

# Files and folders.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs/guide" "$work/dumps"
touch "$work/docs/article.md" "$work/docs/notes.txt" "$work/dumps/corpus.jsonl" "$work/.gazette.toml" "$work/rules.toml"
cd "$work"
expect "docs/article.md docs/guide docs/notes.txt" gazette check docs/
expect "docs dumps" gazette check -r d
expect "dumps/corpus.jsonl" gazette check --input jsonl dumps/c
expect "docs/article.md" gazette check --format sarif docs/a
expect "rules.toml" gazette check --rules r
expect_has "docs" gazette check --baseline d   # no baseline file here: folders and files

# Git refs for --diff, in a repository with a branch besides the current one.
if command -v git >/dev/null; then
  git init -q repo
  git -C repo -c user.name=test -c user.email=test@example.org commit -q --allow-empty -m start
  git -C repo branch feature
  cd repo
  expect "feature" gazette check --diff f
  expect_has HEAD gazette check --diff ""
  cd ..
fi

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
