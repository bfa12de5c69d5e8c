#!/usr/bin/env python3
"""Picks the documents of the validation set in tests/validation/ from ../shared/corpus.

30 Wikinews articles and 30 i-Lab summaries, drawn with a fixed seed among the corpus documents
of more than 200 characters that are not dev gold documents. Prints their ids, one a line, so
that the draw can be checked: python3 scripts/pick-validation.py ../shared
"""
import glob
import json
import random
import sys

SEED = 20261201
PER_SOURCE = 30


def main(shared):
    dev = set()
    for path in glob.glob(f"{shared}/eval/dev/*.jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                dev.add(doc.get("meta", {}).get("id", doc.get("id")))
    for name in ["wikinews-fr-2016-2018", "ilab-laureates-fr"]:
        with open(f"{shared}/corpus/{name}.jsonl", encoding="utf-8") as f:
            docs = [json.loads(line) for line in f]
        ids = sorted(d["id"] for d in docs if d["id"] not in dev and len(d["text"]) > 200)
        for doc_id in sorted(random.Random(SEED).sample(ids, PER_SOURCE)):
            print(doc_id)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
