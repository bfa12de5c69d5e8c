#!/usr/bin/env python3
"""Writes benchmark inputs built from the shared corpus, each the corpus repeated to a size.

usage: make_inputs.py CORPUS_DIR OUT_DIR FILE=KIND:MEGABYTES...
KIND is `text` (the articles' texts separated by blank lines: one big document), `dump` (the
articles as JSON Lines) or `line` (every text on one line: one single-line document).
"""
import glob
import json
import os
import sys


def main(corpus, out_dir, specs):
    lines = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            lines += [l if l.endswith("\n") else l + "\n" for l in f if l.strip()]
    texts = [json.loads(l)["text"] for l in lines]
    units = {
        "text": ("\n\n".join(texts) + "\n\n", ""),
        "dump": ("".join(lines), ""),
        "line": (" ".join(t.replace("\n", " ") for t in texts) + " ", "\n"),
    }
    for spec in specs:
        name, kind_size = spec.split("=")
        kind, megabytes = kind_size.split(":")
        unit, end = units[kind]
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
            size = 0
            while size < float(megabytes) * 1000 * 1000:
                out.write(unit)
                size += len(unit.encode("utf-8"))
            out.write(end)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
