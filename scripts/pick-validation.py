#!/usr/bin/env python3
"""Picks the documents of the validation set in tests/validation/ from ../shared/corpus.

First draw: 30 Wikinews articles and 30 i-Lab summaries, drawn with a fixed seed among the
corpus documents of more than 200 characters that are not dev gold documents. Most news
articles drawn that way speak of sport or politics and name no company, so a second draw adds
30 Wikinews articles among those where the WiNER-fr annotations (../shared/train) mark at least
three organisations (of any kind: the draw reads no entity type), and 20 more i-Lab summaries.
A third draw adds 20 Wikinews articles chosen the same way and 40 i-Lab summaries, and a fourth,
a fifth, a sixth, a seventh, an eighth and a ninth 30 of each, none of them picked by the earlier draws. The ids of each draw are printed after those of the draws before
it, so that adding a draw leaves the earlier ids as they were.
Prints the ids, one a line, so that the draw can be checked:
python3 scripts/pick-validation.py ../shared
"""
import glob
import json
import random
import sys

SEED = 20261201
PER_SOURCE = 30
SECOND_SEED = 20261202
SECOND_NEWS, SECOND_ILAB = 30, 20
THIRD_SEED = 20261203
THIRD_NEWS, THIRD_ILAB = 20, 40
FOURTH_SEED = 20261204
FOURTH_NEWS, FOURTH_ILAB = 30, 30
FIFTH_SEED = 20261205
FIFTH_NEWS, FIFTH_ILAB = 30, 30
SIXTH_SEED = 20261206
SIXTH_NEWS, SIXTH_ILAB = 30, 30
SEVENTH_SEED = 20261214
SEVENTH_NEWS, SEVENTH_ILAB = 30, 30
EIGHTH_SEED = 20261221
EIGHTH_NEWS, EIGHTH_ILAB = 30, 30
NINTH_SEED = 20261228
NINTH_NEWS, NINTH_ILAB = 30, 30


def main(shared):
    dev = set()
    for path in glob.glob(f"{shared}/eval/dev/*.jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                dev.add(doc.get("meta", {}).get("id", doc.get("id")))
    organisations = {}
    with open(f"{shared}/train/winer-fr.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            organisations[doc["id"]] = sum(1 for s in doc["spans"] if s["label"] == "Organization")
    picked = []
    pools = {}
    for name in ["wikinews-fr-2016-2018", "ilab-laureates-fr"]:
        with open(f"{shared}/corpus/{name}.jsonl", encoding="utf-8") as f:
            docs = [json.loads(line) for line in f]
        pools[name] = sorted(d["id"] for d in docs if d["id"] not in dev and len(d["text"]) > 200)
        picked += sorted(random.Random(SEED).sample(pools[name], PER_SOURCE))
    for seed, news_count, ilab_count in [(SECOND_SEED, SECOND_NEWS, SECOND_ILAB),
                                         (THIRD_SEED, THIRD_NEWS, THIRD_ILAB),
                                         (FOURTH_SEED, FOURTH_NEWS, FOURTH_ILAB),
                                         (FIFTH_SEED, FIFTH_NEWS, FIFTH_ILAB),
                                         (SIXTH_SEED, SIXTH_NEWS, SIXTH_ILAB),
                                         (SEVENTH_SEED, SEVENTH_NEWS, SEVENTH_ILAB),
                                         (EIGHTH_SEED, EIGHTH_NEWS, EIGHTH_ILAB),
                                         (NINTH_SEED, NINTH_NEWS, NINTH_ILAB)]:
        before = set(picked)
        news = [i for i in pools["wikinews-fr-2016-2018"]
                if i not in before and organisations.get(i, 0) >= 3]
        ilab = [i for i in pools["ilab-laureates-fr"] if i not in before]
        rng = random.Random(seed)
        picked += sorted(rng.sample(news, news_count)) + sorted(rng.sample(ilab, ilab_count))
    for doc_id in picked:
        print(doc_id)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
