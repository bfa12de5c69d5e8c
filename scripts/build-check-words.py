#!/usr/bin/env python3
"""Build data/lang/check/ordinary-words.txt, the words `gazette check` never reads as a
misspelt name.

Usage:  python3 scripts/build-check-words.py [--dict FILE]

The approximate matcher of `gazette check` suggests a gazetteer name for a capitalised word
that is a small edit away from it (``NVvidia`` -> ``Nvidia``). A capitalised ordinary word at
the start of a sentence or in a title (``Orage``, ``Ovale``) must never be such a word. This
list holds every French word that is within two edits of a one-word gazetteer name, folded
the way the matcher folds (no accents, lower case), so the binary carries a few thousand
words instead of the whole dictionary.

Inputs: data/companies.tsv and data/labs.tsv (the one-word names), Debian's wfrench
(/usr/share/dict/french, GPL-2) and data/curated/french-words.txt, stopwords.txt and
data/first-names.txt. The output is sorted, so a re-run reproduces it byte for byte;
re-run it when the gazetteers change.
"""
import argparse
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("bg", os.path.join(ROOT, "scripts", "build-gazetteers.py"))
bg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bg)

MIN_LENGTH = 4  # the matcher looks at words of five letters or more; one edit may remove one


def deletes(word, depth):
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out


def osa(a, b, limit):
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def one_word_names():
    names = set()
    for name in ("companies.tsv", "labs.tsv"):
        with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("canonical\t"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 4 and "pattern" in cols[4]:
                    continue
                forms = [cols[0]] + [a.lstrip("=") for a in cols[2].split("|")] if len(cols) > 2 else [cols[0]]
                for form in forms:
                    toks = bg.tokens(form)
                    if len(toks) == 1 and len(toks[0]) >= 5:
                        names.add(toks[0])
    return names


def words(paths):
    out = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                for tok in bg.tokens(line):
                    if len(tok) >= MIN_LENGTH and tok.isalpha():
                        out.add(tok)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dict", default="/usr/share/dict/french")
    args = parser.parse_args()
    names = one_word_names()
    index = {}
    for name in names:
        for d in deletes(name, 2):
            index.setdefault(d, []).append(name)
    sources = [args.dict] + [os.path.join(ROOT, "data", "curated", f) for f in ("french-words.txt", "stopwords.txt")]
    sources.append(os.path.join(ROOT, "data", "first-names.txt"))
    kept = set()
    for word in words(sources):
        if word in names:
            continue  # a name already: the matcher never reads a known name as a misspelling
        for d in deletes(word, 2):
            if any(osa(word, n, 2) <= 2 for n in index.get(d, ())):
                kept.add(word)
                break
    out = os.path.join(ROOT, "data", "lang", "check", "ordinary-words.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Built by scripts/build-check-words.py: French words within two edits of a one-word gazetteer\n")
        f.write("# name (wfrench, data/curated/french-words.txt, stopwords.txt, data/first-names.txt), folded.\n")
        for word in sorted(kept):
            f.write(word + "\n")
    print(f"{len(kept)} words written to {os.path.relpath(out, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
