#!/usr/bin/env python3
"""Writes the hand-made seed inputs of fuzz/corpus/TARGET/ (seed-*). Inputs that fuzzing found
(crash-*, regression-*) are kept beside them by hand and never rewritten. Run from anywhere:
python3 fuzz/make_seeds.py"""
import gzip
import os
import struct
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
REPO = os.path.dirname(HERE)

NBSP, NNBSP, ACUTE, BOM = "\u00a0", "\u202f", "\u0301", "\ufeff"

TEXTS = [
    "Le CNRS et Airbus ont levé 3\u00a0M€ à Grenoble.",
    "Amazon Web Services (AWS) investit 1,5 milliard d'euros, soit près de 2 Md$.",
    BOM + "Le CEA-Leti et l'Inria signent.\r\nSociété Générale prête 50 000 €.\r\n",
    "Soci" + "e" + ACUTE + "te" + ACUTE + " Ge" + ACUTE + "ne" + ACUTE + "rale et l\u2019\u0153uvre d\u2019Airbus SE",
    "Ynsect\U0001F680 a lev\u00e9 entre 10 et 20 millions d\u2019euros.\tGoogle\tNvidia\n",
    "vingt-trois euros cinquante, $2.5bn, 10k€, EUR 20, 3" + NNBSP + "000,50" + NBSP + "€",
    "jusqu'à 100 millions de dollars canadiens ; moins de 5 000 francs CFA (XOF).",
    "Le CNRS \xff\xfe et Inria",  # replaced below by raw bytes
    "\n\n\n   \t\t\r\r\n",
    "",
    "Inria et Nvidia. " * 40,
    "x" * 300 + " Airbus",
    "1" * 60 + " €  " + "9" * 30 + ",5 milliards de milliards d'euros",
    "0,000000000000000000000000001 € et 0,1 €",
    "L\u2019Oréal, LVMH, TotalEnergies SE, BNP Paribas : 7\u202f% de 1\u202f200 M€.",
    "Unité Inserm U1234, UMR 6183, Institut Pasteur, Sanofi.\n\nFin.",
    "\u00c9lectricit\u00e9 de France (EDF)\u00a0: 12,3\u00a0milliards d\u2019euros.\r\n",
    "ﬁnance ﬂux ǅ ß İstanbul ＡＢＣ ① ½ ﷺ ¨ ‌‍­",
]
RAW = [
    b"Le CNRS \xff\xfe et Inria \xc3 Google\n\xe2\x82 Airbus",
    b"overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf surrogate \xed\xa0\x80\xed\xbf\xbf past \xf4\x90\x80\x80 Airbus",
    b"NUL\x00byte CNRS",
    b"\xef\xbb\xbf\xef\xbb\xbfdouble BOM Airbus 3 \xe2\x82\xac",
    b"cut \xf0\x9f\x9a Airbus 5 \xe2\x82",
    b"\xe2\x82\xac" * 50,
]


def texts():
    out = [t.encode("utf-8") for t in TEXTS if "\xff" not in t]
    return out + RAW


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def seeds_text(target):
    for i, t in enumerate(texts()):
        write(target, f"seed-{i:02d}", t)


def seeds_money():
    amounts = [
        "50 milliards de dollars", "1,5 M€", "$2.5bn", "vingt-trois euros cinquante",
        "entre 10 et 20 millions d'euros", "2 ou 3 milliards d'euros", "15 000 et 12 000 euros",
        "plus de 3 000 €", "environ 40 millions de livres sterling", "CHF 12,50", "¥ 300 millions",
        "un demi-million d'euros", "1.234.567,89 €", "0,1 €", "10 k€", "3 m€", "1 million et demi de dollars",
        "99999999999999999999999999 milliards de milliards d'euros", "0,0000000000000000000000000000001 €",
        "de 1 à 2 €", "entre 20 et 10 millions d'euros", "mille milliards de dollars canadiens",
        "dix-sept francs CFA", "US$ 5", "€€€ 1 1 1 € € €", "5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 €",
        "quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf euros",
    ]
    for i, a in enumerate(amounts):
        write("money", f"seed-{i:02d}", ("Le projet a reçu " + a + ".").encode())


def seeds_json():
    docs = [
        b'{"id": "a1", "text": "Le CNRS et Airbus"}', b'[1, -2.5e10, true, false, null, "x"]',
        b'"\\u00e9\\ud83d\\ude80\\n\\t\\"\\\\\\/"', b'"\\ud800"', b'"\\udc00\\ud800"', b'{"a": {"b": {"c": [[]]}}}',
        b"[" * 200 + b"]" * 200, b"[" * 5000, b'{"a": 1, "a": 2}', b"", b"   ", b"01", b"1.", b"-", b"1e999999",
        b'"\x00"', b'"\xff"', b'{"text": "\xc0\xaf"}', b"[1,]", b'{"a" 1}', b"nul", b'"unterminated',
        b"123456789012345678901234567890.123456789e-400", b'{"x":"' + b"y" * 500 + b'"}', b"\xef\xbb\xbf{}",
    ]
    for i, d in enumerate(docs):
        write("json", f"seed-{i:02d}", d)


def seeds_jsonl():
    lines = (b'{"id": "a1", "text": "Le CNRS et Airbus ont lev\xc3\xa9 3 M\xe2\x82\xac."}\n'
             b'\n{"id": 2, "text": "Inria"}\r\n{"id": [1], "text": "x"}\n{"text": 3}\n'
             b'{"id": "bad", "text": "\xff"}\nnot json\n{"text": "sans id"}')
    nested = (b'{"meta": {"id": "n1"}, "content": {"body": "Google et Nvidia"}, "a": 1.50, "b": {"c": [1]}}\n'
              b'{"meta": {"id": null}, "content": {"body": "x"}}\n{"meta": 5, "content": "y"}\n')
    seeds = [
        (0, lines), (1, lines), (2, nested), (6, nested), (0, b""), (0, b"\n\n\n"), (0, b'{"text": "a"}\x00\n{}'),
        (0, b"\xef\xbb\xbf" + lines), (0, b'{"text": "' + b"Airbus " * 200 + b'"}'), (4, lines),
        (0, gzip.compress(lines, mtime=0)), (0, gzip.compress(lines, mtime=0)[:40]),
        (0, gzip.compress(lines, mtime=0) + gzip.compress(nested, mtime=0)), (0, b"\x1f\x8b\x08\x00garbage"),
        (1, b'{"text": "\xff\xfe", "id": "lossy"}\n'),
    ]
    try:
        zst = subprocess.run(["zstd", "-q", "-c"], input=lines, capture_output=True, check=True).stdout
        seeds += [(0, zst), (0, zst[: len(zst) // 2]), (0, zst + zst), (0, b"\x28\xb5\x2f\xfdgarbage")]
    except (OSError, subprocess.CalledProcessError):
        pass
    for i, (flags, data) in enumerate(seeds):
        write("jsonl", f"seed-{i:02d}", bytes([flags]) + data)


def seeds_gazetteer():
    rows = [
        "Airbus\tcompany\tAirbus SE|Airbus Group\twikidata:Q2311\t",
        "Unité Inserm\tlab\t\\binserm u ?\\d{3,4}\\b\t\tpattern",
        "Orange\tcompany\t=Orange\twikidata:Q1431486\t",
        "Bel\tcompany\tGroupe Bel\t\tlabel",
        "CNRS\tlab\tcnrs\t\tnocase",
        "# comment", "", "Bad\tcountry\tx\t\t", "Too\tfew", "X\tcompany\t(unclosed\t\tpattern",
        "Y\tcompany\t" + "|".join(["a b c d e f g h i j"] * 20) + "\t\t",
        "É\u0301\tcompany\t\u00a0\t\t", "Z\tcompany\tz\t\tunknownflag",
        "W\tlab\t" + "w" * 300 + "\t\t",
    ]
    for i, r in enumerate(rows):
        write("gazetteer", f"seed-{i:02d}", (r + "\n" + rows[0] + "\n").encode())


def seeds_gazetteer_image():
    # flags (bit 0: repair size and checksum), u32 truncation (0: none), then (u16 offset, byte) patches
    recipes = [
        (1, 0, []), (0, 0, []), (0, 0, [(100, 0xFF)]), (1, 0, [(100, 0xFF)]), (1, 7, []), (1, 39, []),
        (1, 200, []), (1, 0, [(0, ord("X"))]), (1, 0, [(8, 2)]), (1, 0, [(12, 0)]), (1, 0, [(32, 10)]),
        (1, 0, [(40, 0xFF), (41, 0xFF), (42, 0xFF)]), (1, 0, [(48, 0xFF), (55, 0x7F)]), (1, 0, [(41, 1)]),
        (1, 0, [(40 + 16 * s + k, 0xFF) for s in range(9) for k in range(1)]),
        (1, 0, [(200 + 24 * i, 0x7F) for i in range(10)]), (1, 0, [(400 + i, 0x00) for i in range(64)]),
        (1, 0, [(600 + i, 0xFF) for i in range(0, 200, 7)]), (1, 0, [(1000 + i, 0x01) for i in range(50)]),
        (1, 0xFFFFFFFF, [(300, 0x41)]), (1, 0, [(i * 997 % 65536, i & 0xFF) for i in range(100)]),
    ]
    for i, (flags, cut, patches) in enumerate(recipes):
        data = bytes([flags]) + struct.pack("<I", cut)
        for offset, value in patches:
            data += struct.pack("<HB", offset, value)
        write("gazetteer_image", f"seed-{i:02d}", data)


def seeds_check_rules():
    files = []
    for path in ("examples/gazette.toml", "tests/fixtures/check/bad-rules.toml", "tests/fixtures/check/docs/.gazette.toml"):
        with open(os.path.join(REPO, path), "rb") as f:
            files.append(f.read())
    files += [
        b"", b"# nothing\n", b"[canonical]\nenabled = false\n", b'[canonical]\nallow = ["Deep Mind", \'x\']\n',
        b'[[deny]]\nname = "Facebook"\nmessage = "say \\"Meta\\"\\n\\u00e9"\nseverity = "warning"\n',
        b'[[require]]\ntype = "company"\n', b"[money]\nenabled = true\ncurrency = \"code\"\nthousands = \"nnbsp\"\n",
        b"[consistency]\nenabled = true\nseverity = \"note\"\n", b"[unknown]\nx = 1\n", b"a = 99999999999999999999\n",
        b"[canonical\n", b'x = "unterminated\n', b"x = [1, 2]\n", b"[[deny]]\n[[deny]]\nid = \"wikidata:Q95\"\n",
        b'[canonical]\nallow = ["\\ud800"]\n', b'[canonical]\nallow = ["a\x00b", "\xff"]\n', b"[canonical]\r\nfuzzy = true\r\n",
        b'[[deny]]\nname = "x"\nmessage = "line\\nbreak # not a comment"\n',
    ]
    for i, f in enumerate(files):
        write("check_rules", f"seed-{i:02d}", f)


def main():
    seeds_text("extract")
    seeds_text("normaliser")
    seeds_money()
    seeds_json()
    seeds_jsonl()
    seeds_gazetteer()
    seeds_gazetteer_image()
    seeds_check_rules()


if __name__ == "__main__":
    main()
