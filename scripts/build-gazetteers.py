#!/usr/bin/env python3
"""Build the shipped gazetteers data/companies.tsv and data/labs.tsv.

Usage:  python3 scripts/build-gazetteers.py [--sources DIR] [--out DIR]

Inputs
  * data/curated/companies.tsv, data/curated/labs.tsv   hand-maintained lists
  * data/curated/stopwords.txt                          common words, first names,
                                                        place names, common acronyms
  * DIR/ror-active.tsv            Research Organization Registry (CC0 1.0)
  * DIR/sp500-constituents.csv    S&P 500 constituents (ODC PDDL 1.0)
  * DIR/nasdaq-listed.csv         NASDAQ listed securities (ODC PDDL 1.0)
  * DIR/nyse-other-listed.csv     NYSE and other listed securities (ODC PDDL 1.0)
  * DIR/nsi-brands-operators.tsv  Name Suggestion Index brands and operators (BSD 3-Clause)
  * DIR/financedatabase-equities.tsv  FinanceDatabase equities (MIT)
  * DIR/rnsr-research-units.tsv   RNSR French research units (MIT / Licence Ouverte)
  * data/curated/people-and-places.txt, data/curated/not-organisations.txt, data/first-names.txt
  * /usr/share/dict/french and /usr/share/dict/american-english (Debian packages wfrench
    and wamerican): read at build time only, as filters; the script stops when they are
    missing. The generated data/ is committed, so building the product does not need them.
  DIR defaults to ../shared/gazetteer-sources relative to the repository root.

Output format (same as the curated files): UTF-8 TSV with the header
``canonical<TAB>type<TAB>aliases<TAB>ids<TAB>flags``; aliases are separated by
``|``; an alias starting with ``=`` only matches with exactly that case.
The output is sorted and carries no date, so a re-run reproduces it byte for byte.

Rules
  Match key.  Names are compared with the key the C++ matcher uses: NFKD, combining
  marks dropped, casefolded, oe/ae/ss ligatures expanded; tokens are runs of letters
  and digits, hyphens, apostrophes and whitespace separate tokens, every other
  punctuation character is a token of its own; the key is the tokens joined by one
  space ("CEA-Leti" -> "cea leti", "Alice & Bob" -> "alice & bob").

  Curated entries always win.  A source name whose key equals the key of any curated
  name is dropped.  A ROR organisation that a curated entry names by its ROR id (or,
  when the curated entry has no ROR id, whose full non-acronym name has exactly the
  key of the curated canonical name and no other ROR organisation of the same kind
  has it; a curated alias of three words or more counts like the canonical name)
  is folded into the curated entry: its remaining names become aliases and
  its ROR / Wikidata ids are added.

  Names from the sources are dropped when
    * the key has fewer than 3 characters (spaces excluded), or has no letter;
    * the name is written in a non-Latin script (it cannot occur in French text);
    * it contains a "|" or a tab (the TSV separators);
    * the key is a single word of data/curated/stopwords.txt (common French and
      English words, first names, place names, common acronyms such as PIB, TVA,
      legal forms such as SAS; the words of its "Whole names only" sections, acronyms
      of genes, techniques and job titles such as APC, SLAM, CSO, only count here);
    * the key has fewer than 3 letters or digits ("A&B", "I.P.");
    * the key is a single word of data/curated/french-words.txt (French words seen
      written in lowercase), unless the name is an all-capital acronym of at most 6
      letters, which the matcher compares case-sensitively ("Solutions", "Interface",
      "Territoires" and ROR acronyms such as "IMAGINE" or "PARTOUT" go);
    * the key has at most 3 tokens, every token is a stop word or a French word, and
      one of them is French ("Centre de recherche", "Maladies rares", "Laboratoire
      de chimie"); English-only pairs such as "Terra Quantum" are kept.

  US listings (sp500, nasdaq, nyse).  ETFs, closed-end funds and test issues are
  skipped; only the common / ordinary security of a company is read (common stock,
  ordinary shares, ADS/ADR, common units, shares of beneficial interest); warrants,
  units, rights, preferred shares, depositary shares of preferred, notes and
  debentures are skipped, so a company gives one entry (several share classes give
  several ticker ids); a company listed only through units, warrants or rights (a
  blank-check company before its merger) gives an entry without a ticker.  Share-class text and legal-form suffixes (Inc., Corp.,
  Corporation, Ltd, Limited, plc, N.V., S.A., SE, AG, LLC, L.P., Co., ...) are
  stripped for the canonical name; a trailing "Holdings"/"Group"/"Company" or a
  leading "The" is removed in an extra alias (the stop-word rules below still apply
  to it); the full form is kept as an alias when its legal form is a spelled-out
  word ("Alcoa Corporation", "Ford Motor Company"), not for abbreviations, which the
  matcher accepts after any name anyway.  Tickers become ids
  (``ticker:XXX``), never names.

  ROR.  Organisations of type ``company`` go to companies.  An organisation goes to
  labs when it is not of type education, healthcare or archive, no name contains an
  excluded word (ministry, agency, council, foundation, fund, museum, library,
  hospital, university, school, statistics, ...; academy and clinic do not exclude a name that
  starts with a research head, "Institute of Hydromechanics of National Academy of Sciences
  of Ukraine", nor politique(s) a laboratoire or unité de recherche) and either
    * it is of type ``facility``, or
    * it is of type government / nonprofit / other / funder and one of its full names
      contains a research word (laboratoire, laboratory, lab, recherche, research,
      observatoire, observatory, UMR, unité mixte, national laboratory,
      Forschungszentrum, ...), or contains institut/institute/centre/center together
      with a science word (science, physique, biolog..., chimie, technolog...).
  Display, label and alias names are used in every Latin-script language; a
  trailing parenthesised country ("Textron (United States)") is removed.
  Acronyms (ROR name type ``acronym`` and all-capital names) of organisations in
  France or a French-speaking neighbour (FR, BE, CH, LU, MC) are kept from 3
  characters on.  Acronyms of other organisations collide too often when short
  (AWS, CNRS of Lebanon, CEA...): 3-character ones are dropped; from 4 characters
  on they are kept when all capitals (the matcher then compares them
  case-sensitively), and a short mixed-case one ("Agri", "Sims") only when the
  organisation has a Wikidata item.  The well-known international ones
  (CERN, EMBL, NIST, NASA, ...) are in the curated list instead.  Short all-capital
  names are matched case-sensitively by the matcher, which limits the damage of
  what remains.

  A lab's ROR full name that organisations of two or more countries carry, and that is not
  the display name of each of them, is dropped as a generic description ("Institut National de
  Santé Publique", Burkina Faso and Burundi; "Institute of Physics"). A leading elided
  article before an institutional noun is removed from ROR names ("L'Institut Royal
  Météorologique de Belgique" -> "Institut Royal Météorologique de Belgique").

  Spelling variants.  The matcher folds case, accents, hyphens and apostrophes, so only
  spellings that fold to another key are added (see spelling_variants): "&" / "and" / "et",
  initials without their dots, sigles of 4 to 6 capitals with them ("S.N.C.F."), Center /
  Centre and Laboratory / Lab in English names, letters the key keeps (ø ł ı đ) in ASCII,
  German umlauts as digraphs; for a company of the sources also "Groupe X" -> "X" and
  "McDonald's" -> "McDonalds".  A variant goes through the filters of the name it comes
  from, and is dropped with it; it is never the canonical while a source name is left.
  Curated names get the same variants (not "Groupe" or the apostrophe) when no entry has
  their key.

  Stems.  A listed company (FinanceDatabase, the US listings) or a ROR company also gets the
  stem of its name without trailing business words ("Ubisoft" of "Ubisoft Entertainment",
  "Regeneron" of "Regeneron Pharmaceuticals") when the stem begins no other listed name of
  its source ("Tata" begins three), ends on a name rather than a dictionary word, is not made
  of places and people only, and in capitals belongs to a French-area company; stems are
  under the ambiguity policy of the new sources.  Stems and variants whose source name another
  entry already has join that entry.

  Name Suggestion Index.  Brands and operators of categories that are companies (not
  schools, hospitals, clinics, public services, parties, unions, associations, charities,
  clubs, municipal transit, bike-share systems, street furniture, land uses); an operator
  whose name reads as a public body ("City of", "Authority", "Stadtwerke", "Commune de")
  is left out.  One entry per Wikidata item; label, alias and acronym rows are names,
  the alias_lowercase rows (OSM tag values mapped to the brand) are not.  Acronyms of
  brands absent from France and its neighbours are kept from 4 capitals on, as
  case-sensitive names; one-word names of such brands are dropped unless coined or the
  brand, with a Wikidata item, is a chain of two or more European countries.

  FinanceDatabase.  Funds, ETFs, index trackers, certificates, SPAC shells, Chilean fund
  administrators and names cut short by the listing ("... Real Esta") are skipped; legal
  forms are cut (Co., Ltd, Tbk, PT, (publ), Oyj, S.p.A., JSC, ...) for the canonical name,
  names in capitals only are shown in title case, a trailing Group / Holdings gives an
  extra alias; a company listed on several exchanges gives one entry with all its ISIN /
  ticker ids; a one-word name is kept when coined or listed in the French area, Europe or
  North America (see NEW_SOURCES policy below).  A listing's ISIN joins an entry of another
  source with the same name; its ticker on another exchange does not.

  RNSR.  Units of type unité mixte, unité propre, unité mixte internationale, équipe
  interne and structure fédérative (not research networks, GIP, GIS, foundations, agencies,
  hospitals, museums); names: the acronym (exact case, when not a word or when a coined
  spelling of one, "SurEau"), the label (three words or more, two when a lab head and its
  name, "Institut Fourier", or one coined word, "BioMEMS") and the unit codes with a 3- or
  4-digit number, written with and without the space ("UMR 6183", "UMR6183").  The register
  as prepared has no former names.  A unit whose code or label a ROR or curated lab
  already has joins that lab: its rnsr id and its other names are added there.

  Ambiguity policy of the new sources (nsi, financedb, rnsr): see data/SOURCES.md.  In
  short: names of 3 characters or fewer, first names, surnames and places, dictionary
  words, French common-word phrases and the names of data/curated/not-organisations.txt
  are dropped; one-word names and English dictionary phrases match only as written.

  Deduplication.  One key belongs to one entry in the two shipped files together;
  priority curated > sp500 > ror > rnsr > nasdaq/nyse > nsi > financedb, then input order.  An entry whose
  canonical name is dropped takes its first remaining alias as canonical; an entry
  left with no name is dropped.
"""

import argparse
import collections
import csv
import os
import re
import sys
import unicodedata

HEADER = "canonical\ttype\taliases\tids\tflags"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------- keys

_APOS = "\u2019\u2018\u201b\u02bc\u02bb\u0060\u00b4\u2032"
_DASH = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u00ad"
_TRANS = {ord(c): "'" for c in _APOS}
_TRANS.update({ord(c): "-" for c in _DASH})
_TRANS.update({ord("\u0153"): "oe", ord("\u0152"): "OE", ord("\u00e6"): "ae",
               ord("\u00c6"): "AE", ord("\u00df"): "ss"})


def fold(text):
    """NFKD, combining marks dropped, casefolded, ligatures and dashes mapped."""
    text = text.translate(_TRANS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().translate(_TRANS)


def tokens(text):
    out, cur = [], []
    for c in fold(text):
        if c.isalnum():
            cur.append(c)
            continue
        if cur:
            out.append("".join(cur))
            cur = []
        if c.isspace() or c in "'-":
            continue
        out.append(c)
    if cur:
        out.append("".join(cur))
    return out


def match_key(text):
    return " ".join(tokens(text))


def is_latin(text):
    for c in unicodedata.normalize("NFKD", text):
        if c.isalpha():
            try:
                if not unicodedata.name(c).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def clean_ws(text):
    return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()


# ----------------------------------------------------------------- stop words


def load_stopwords(path, whole=None):
    """All stop words, and those of the sections whose title starts with 'French'.

    Words of the sections whose title starts with 'Whole names only' go to the set
    `whole` instead: they stop a one-word name ("GEO") but do not make a longer name
    common ("Geo-Ocean", "Lam Research").
    """
    words, french = set(), set()
    section = ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# ---"):
                section = line[5:].strip().lower()
                continue
            for word in line.split("#", 1)[0].split():
                toks = tokens(word)
                if whole is not None and section.startswith("whole names only"):
                    whole.update(toks)
                    continue
                words.update(toks)
                if section.startswith("french"):
                    french.update(toks)
    return words, french


# ------------------------------------------------------------------- entries


class Entry:
    __slots__ = ("canonical", "type", "names", "ids", "flags", "source", "order", "derived", "strict")

    def __init__(self, canonical, etype, names, ids, flags, source, order):
        self.derived = {}     # names the build wrote (spelling variants) -> the name written
        self.strict = set()   # names under the ambiguity policy of the new sources (stems)
        self.canonical = canonical
        self.type = etype
        self.names = names  # list of names, the canonical first
        self.ids = ids      # list of ids
        self.flags = flags
        self.source = source
        self.order = order


def read_tsv(path, source, start_order=0):
    entries = []
    with open(path, encoding="utf-8") as f:
        header_seen = False
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                if line != HEADER:
                    sys.exit("%s:%d: bad header %r" % (path, lineno, line))
                header_seen = True
                continue
            cols = line.split("\t")
            if len(cols) > 5:
                sys.exit("%s:%d: %d columns" % (path, lineno, len(cols)))
            cols += [""] * (5 - len(cols))
            canonical, etype, aliases, ids, flags = (c.strip() for c in cols)
            if etype not in ("company", "lab") or not canonical:
                sys.exit("%s:%d: bad entry %r" % (path, lineno, line))
            names = [canonical] + [a.strip() for a in aliases.split("|") if a.strip()]
            entries.append(Entry(canonical, etype, names, ids.split(),
                                 [x for x in flags.split(",") if x], source,
                                 start_order + len(entries)))
    return entries


# --------------------------------------------------------------- legal forms

_LEGAL = (r"(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Co|Company Limited|"
          r"Ltd\.?|Limited|L\.?L\.?C\.?|L\.?P\.?|LLP|PLC|plc|P\.L\.C\.|"
          r"N\.?V\.?|S\.?A\.?|S\.A\.S\.?|SAS|SE|AG|A\.G\.|GmbH|KGaA|S\.p\.A\.?|SpA|"
          r"A/S|AS|ASA|AB|Oyj|Oy|B\.?V\.?|S\.?E\.?|Pty|Bhd|Berhad|Tbk|K\.K\.|"
          r"Co\.,? Ltd\.?|S\.?A\.?B\.? de C\.?V\.?|SAB de CV|S\.A\.B\.|Ltda\.?)")
_LEGAL_TAIL = re.compile(r"(?:,?\s+|,)" + _LEGAL + r"\s*$")
_LEGAL_ONLY = re.compile(r"^" + _LEGAL + r"$")
_WEAK_TAIL = re.compile(r"\s+(?:Holdings?|Group|Company|Companies|& Co\.?|and Company|Bancorp(?:oration)?|Enterprises)\s*$",
                        re.I)
_THE = re.compile(r"^The\s+", re.I)
_SPELLED_LEGAL = re.compile(r"\s(Corporation|Incorporated|Company|Limited|Holdings?|Group)$")


def strip_legal(name):
    name = clean_ws(name).rstrip(",;")
    for _ in range(4):
        new = _LEGAL_TAIL.sub("", name).rstrip(" ,;")
        if new == name or not new:
            break
        name = new
    return name


# ------------------------------------------------------------- US listings

_BAD_SECURITY = re.compile(
    r"\b(warrants?|units?|rights?|preferred|preference|notes?|debentures?|bonds?|"
    r"ETF|ETN|fund|trust certificates?|exchangeable|convertible|subordinated|"
    r"senior|due \d{4}|when issued|%)", re.I)
_COMMON_UNITS = re.compile(r"\bcommon units\b|\bunits? representing limited partner", re.I)
_GOOD_SECURITY = re.compile(
    r"\b(common stock|common shares?|ordinary shares?|ordinary share|american deposit[ao]ry|"
    r"ADSs?|ADRs?|common units|shares of beneficial interest|subordinate voting|"
    r"capital stock|limited partnership|class [a-z] shares|shares)\b", re.I)
_SHARE_CLASS = re.compile(
    r"\s*[-\u2013,]?\s*(?:New\s+)?(?:(?:Series|Class) [A-Z0-9]+\s+)?(?:Common Stock|Common Shares?|"
    r"Ordinary Shares?|American Deposit[ao]ry|ADSs?\b|ADRs?\b|Common Units|Units? representing|Shares of Beneficial|"
    r"Subordinate Voting|Capital Stock|Class [A-Z] Shares|Shares\b|Common stock|Sponsored ADR)"
    r".*$", re.I)


def listing_name(security, company=None):
    name = company or security
    name = _SHARE_CLASS.sub("", name)
    name = re.sub(r"\s*\((?:The|DE|Canada|Ireland|[A-Z][a-z]+ ?[A-Za-z]*)\)\s*$", "", name)
    name = re.sub(r"\s+-\s*$", "", name)
    return clean_ws(name)


def name_variants(full):
    """Canonical (legal form stripped) plus extra aliases for a listed company."""
    base = strip_legal(full)
    base = re.sub(r"\s*\((?:Class [A-Z]|The)\)\s*$", "", base)
    if not base or _LEGAL_ONLY.match(base):
        return []
    out = [base]
    m = re.match(r"^(.*),\s*The$", base)
    if m:
        base = m.group(1)
        out = [base]
    short = _THE.sub("", base)
    if short != base:
        out.append(short)
    weak = strip_legal(_WEAK_TAIL.sub("", short))
    if weak != short and weak and sum(c.isalpha() for c in weak) >= 4:
        out.append(weak)
    # the full form is kept too when its legal form is a spelled-out word that people
    # write ("Alcoa Corporation", "Ford Motor Company"), not an abbreviation
    spelled = re.sub(r",?\s+(Inc\.?|Corp\.?|Co\.|Ltd\.?|L\.?P\.?|LLC|plc|PLC|N\.?V\.?|S\.?A\.?|SE|AG)$",
                     "", clean_ws(full).rstrip(",; "))
    spelled = _THE.sub("", re.sub(r"^(.*),\s*The$", r"\1", spelled)).replace(",", "")
    if _SPELLED_LEGAL.search(spelled) and spelled not in out:
        out.append(spelled)
    return out


def read_sp500(path):
    entries = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sym = row["Symbol"].strip()
            name = re.sub(r"\s*\((?:Class [A-Z]|Series [A-Z])\)\s*$", "", row["Security"].strip())
            names = name_variants(name)
            if not names:
                continue
            entries.append(Entry(names[0], "company", names, ["ticker:" + sym], [], "sp500", 0))
    return entries


_SPAC_SECURITY = re.compile(r"\s*[-\u2013]?\s*\b(Units?|Warrants?|Rights?|Redeemable Warrants?)\b", re.I)


def read_listing(path, source, sym_col, etf_col, test_col, use_company_col):
    by_name = collections.OrderedDict()
    only_derived = collections.OrderedDict()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sym = (row.get(sym_col) or "").strip()
            if not sym or row.get(etf_col, "").strip() != "N" or row.get(test_col, "").strip() != "N":
                continue
            if any(c in sym for c in "$^+=") or re.search(r"\.(W|WS|U|R|RT|P)", sym):
                continue
            sec = clean_ws(row.get("Security Name", ""))
            company = clean_ws(row.get("Company Name", "")) if use_company_col else None
            if _COMMON_UNITS.search(sec):
                pass
            elif _BAD_SECURITY.search(sec) or not _GOOD_SECURITY.search(sec):
                # a company listed only through units, warrants or rights (a SPAC before
                # its merger) is still a company: remember it, without a ticker
                m = _SPAC_SECURITY.search(sec)
                if m and not re.search(r"\b(ETF|ETN|Fund|Notes?|Preferred|Trust)\b", sec):
                    only_derived.setdefault(match_key(company or sec[:m.start()]),
                                            company or sec[:m.start()])
                continue
            full = listing_name(sec, company)
            if re.search(r"\b(ETF|ETN|Fund|Trust Units)\b", full):
                continue
            names = name_variants(full)
            if not names:
                continue
            k = match_key(names[0])
            if k in by_name:
                if "ticker:" + sym not in by_name[k].ids:
                    by_name[k].ids.append("ticker:" + sym)
                continue
            by_name[k] = Entry(names[0], "company", names, ["ticker:" + sym], [], source, 0)
    for k, company in only_derived.items():
        names = name_variants(clean_ws(re.sub(r"\s*[-\u2013]\s*$", "", company)))
        if names and match_key(names[0]) not in by_name:
            by_name[match_key(names[0])] = Entry(names[0], "company", names, [], [], source, 0)
    return list(by_name.values())


# --------------------------------------------------------------------- ROR

_UNIT_NUMBER = re.compile(r"^(UMR|UPR|UMS|UAR|USR|FRE|UMRS|UMR-S|UMR_S|EA|IRL|UMI|ERL)( ?)([1-9][0-9]{2,3})$")
_COUNTRY_TAIL = re.compile(r"\s*\(([^()]*)\)\s*$")
FRENCH_AREA = {"FR", "BE", "CH", "LU", "MC"}
_LAB_STRONG = re.compile(
    r"\b(laboratoires?|laboratory|laboratories|labs?|laboratorio|laboratorium|"
    r"recherches?|research|researches|observatoire|observatory|observatorio|"
    r"umr|unite mixte|unit[e]? de recherche|forschungszentrum|forschungsinstitut|"
    r"forschung|centro de investigacion|investigaciones?|pesquisa|ricerca|"
    r"national lab|synchrotron|accelerator|telescope|geological survey|onderzoek\w*|"
    r"badawczy|badan|vyzkumny|kutatointezet|tutkimus\w*|forskning\w*)\b")
_LAB_HEAD = re.compile(r"\b(institut|institute|institutes|instituto|istituto|instytut|institutet|"
                       r"instituut|centre|center|centro|zentrum|station)\b")
_LAB_SCIENCE = re.compile(
    r"\b(sciences?|scientifique|scientific|physique|physics|physical|chimie|chemistry|chemical|"
    r"biolog\w*|biomedic\w*|genetique|genetics|genomi\w*|technolog\w*|mathemati\w*|"
    r"informatique|computer|computing|ingenierie|engineering|astronom\w*|astrophysi\w*|"
    r"geophysi\w*|oceanograph\w*|nucleaire|nuclear|energie|energy|materiaux|materials|"
    r"neuro\w*|medical research|agronom\w*|ecolog\w*|immunolog\w*|cancer|oncolog\w*|"
    r"physiolog\w*|pharmacolog\w*|molecular|moleculaire|cellular|cellulaire|"
    r"nanosciences?|nanotechnolog\w*|photoni\w*|optique|optics|electroni\w*|robotique|robotics|"
    r"tecnolog\w*|cienci\w*|scienz\w*|wissenschaft\w*|fisica|quimica|chimica|geolog\w*|"
    r"agricultur\w*|agronomic\w*|marine|oceanograph\w*|veterinar\w*|virolog\w*|microbiolog\w*|"
    r"medic\w*|medecine|medicine|sante|health|environment\w*|environnement\w*|climat\w*|"
    r"forest\w*|forestier\w*|fisher\w*|peche|water|eau|space|spatial\w*|aerospace|aerospatial\w*|"
    r"polar|polaire|tropical\w*|epidemiolog\w*|nutrition|food|aliment\w*|brain|cerveau|"
    r"vaccin\w*|infecti\w*|bioinformati\w*|artificial intelligence|intelligence artificielle|"
    r"metrolog\w*|standards|seismolog\w*|volcanolog\w*|meteorolog\w*|hydrolog\w*|mining|"
    r"minier\w*|petroleum|petrole|textile|automotive|aeronauti\w*|economic research|"
    r"studies|study|etudes|economics?|economie|economique\w*|sociolog\w*|histor\w*|archaeolog\w*|"
    r"archeolog\w*|linguisti\w*|philosoph\w*|demograph\w*|psycholog\w*|anthropolog\w*)\b")
_LAB_EXCLUDE = re.compile(
    r"\b(ministry|ministere|minister|department of|departement|agency|agence|council|conseil|"
    r"foundation|fondation|fund|fonds|funding|trust|museum|musee|library|bibliotheque|archives?|"
    r"hospital|hopital|hospitalier|clinic|clinique|university|universite|universidad|"
    r"universitat|universita|school|ecole|college|academy|academie|statisti\w*|"
    r"society|societe|association|federation|union|chamber|chambre|court|tribunal|"
    r"office of|bureau of|commission|authority|autorite|parliament|parlement|embassy|"
    r"ambassade|police|army|armee|think tank|policy|politique|politiques|zoo|botanical garden|"
    r"sciences po|propriete industrielle|industrial property|intellectual property|patents?|"
    r"brevets?|trademarks?|previdenza|social security|securite sociale|pensions?|insurance)\b")
# A name that starts with a research head keeps its lab when the excluded word only says
# what it studies or who runs it: "Institute of Informatics Systems, Siberian Branch of the
# Russian Academy of Sciences", "Laboratoire d'études juridiques et politiques", "Laboratoire
# de pharmacologie clinique de la douleur"
_RESEARCH_HEAD = re.compile(
    r"^(?:the )?(?:(?:[a-z]+ )?(?:institute|institut|instituto|istituto|laboratoire|laboratory|"
    r"laboratorio)|unite de recherches?|centre de recherches?|research (?:institute|centre|center))\b")
_SOFT_EXCLUDE = re.compile(r"academy|academie|clinique|clinic")
# policy institutes are think tanks ("Potomac Institute for Policy Studies"); a laboratory or
# research unit of political science is a lab
_LAB_UNIT_HEAD = re.compile(r"^(?:laboratoire|unite de recherches?|centre de recherches?)\b")


def _RESEARCH_NAMED(key):
    """The excluded words of a research-headed name are all soft ones (see above)."""
    if not _RESEARCH_HEAD.search(key):
        return False
    return all(_SOFT_EXCLUDE.fullmatch(m.group(1)) or
               (m.group(1) in ("politique", "politiques") and _LAB_UNIT_HEAD.search(key))
               for m in _LAB_EXCLUDE.finditer(key))


_HEALTH_RESEARCH = re.compile(
    r"\b(research institute|research centre|research center|research unit|institut de recherche|"
    r"centre de recherche|laboratory|laboratoire|forschungsinstitut|instituto de investigacion)\b")
_HOSPITAL = re.compile(
    r"\b(hospital\w*|hopital\w*|hospitalier\w*|clinic\w*|clinique\w*|klinik\w*|ospedal\w*|"
    r"medical cent(?:er|re)|health (?:system|service)s?|care|treatment|chu|chru|diagnostics?)\b")
_INSTITUTE = re.compile(r"\b(institut|institute|instituto|istituto|instytut|institutet|instituut)\b")
_FACILITY_EXCLUDE = re.compile(
    r"^(?:the )?(?:university|universite|universidad|universitat|universita|college|school|ecole)\b|"
    r"\b(ministry|ministere|museum|musee|library|bibliotheque|archives?|hospital|hopital|clinic|"
    r"clinique|zoo|botanical garden|policy|politique|politiques|sciences po|embassy|ambassade|"
    r"standards institute)\b|"
    # national statistics offices ("Institut National de la Statistique et des Etudes
    # Economiques", "Istituto Nazionale di Statistica"); a lab of statistics keeps its name
    r"\b(?:institut national de la statistique|istituto nazionale di statistica|"
    r"national (?:institute|office|bureau) of statistics|office national de la statistique|"
    r"(?:bureau|office|agency) of statistics|statistics (?:office|bureau|agency|authority))\b|"
    # a facility named after a French region only ("Centre Val de Loire")
    r"^(?:centre val de loire|grand est|hauts de france|nouvelle aquitaine|occitanie|bretagne|normandie|"
    r"pays de la loire|ile de france|bourgogne franche comte|auvergne rhone alpes|provence alpes cote d azur|corse)$")
# ROR records that the type rules would take as labs but that are not labs
_ROR_EXCLUDED_IDS = {
    "0321g0743",  # Institut Gustave Roussy: a cancer hospital
    "019tcpt25",  # CentraleSupélec: a school
}
_ROR_EXCLUDED_TYPES = {"education", "healthcare", "archive"}


def read_ror(path):
    orgs = collections.OrderedDict()
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header[:7] == ["ror_id", "types", "country", "wikidata", "name_type", "lang", "name"], header
        for row in reader:
            if len(row) < 7:
                continue
            rid, types, country, qid, ntype, lang, name = row[:7]
            o = orgs.get(rid)
            if o is None:
                o = orgs[rid] = {"id": rid, "types": set(types.split(",")), "country": country,
                                 "qid": qid, "names": []}
            o["names"].append((ntype, lang, name))
    return orgs


def ror_kind(org):
    types = org["types"]
    if org["id"] in _ROR_EXCLUDED_IDS:
        return None
    if "company" in types:
        return "company"
    full = [match_key(n) for t, _, n in org["names"] if t in ("display", "label")]
    if types & _ROR_EXCLUDED_TYPES:
        # a research institute run by a health body is a lab; a hospital or clinic is not
        if (types & _ROR_EXCLUDED_TYPES) == {"healthcare"} and \
                any(_HEALTH_RESEARCH.search(k) for k in full) and \
                not any(_HOSPITAL.search(k) for k in full):
            return "lab"
        return None
    if "facility" in types:
        # a facility is a lab unless its own name says it is something else
        if any(_FACILITY_EXCLUDE.search(k) for k in full):
            return None
        return "lab"
    if any(_LAB_EXCLUDE.search(k) and not _RESEARCH_NAMED(k) for k in full):
        return None
    if types & {"government", "nonprofit", "other", "funder"}:
        for k in full:
            if _LAB_STRONG.search(k):
                return "lab"
            if _LAB_HEAD.search(k) and _LAB_SCIENCE.search(k):
                return "lab"
            if _INSTITUTE.search(k):
                return "lab"
    return None


def is_short_acronym(name):
    """All capitals, at most 6 letters: the matcher compares such names case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and not any(c.islower() for c in letters)


def is_acronym_form(name):
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and " " not in name.strip()


_ELIDED_ARTICLE = re.compile(
    r"^[Ll]['\u2019]\s*(?=(?:Institut|Istituto|Unit[eé]|Universit|Alliance|Association|Agen[cz]|"
    r"H[oô]pital|Ospedale|Assurance|Assembl|Observatoire|Office|[EÉ]cole|Inserm)\w*\b)")


def ror_names(org, company=False):
    """(name, is_acronym) pairs of one ROR organisation, cleaned, display first.

    A name with a leading "The" also gives the name without it; company names also
    give the variant without a trailing Group / Holdings / Company (see name_variants).
    """
    order = {"display": 0, "label": 1, "alias": 2, "acronym": 3}
    out = []
    for ntype, lang, name in sorted(org["names"], key=lambda x: order.get(x[0], 9)):
        name = clean_ws(name)
        if not name:
            continue
        parts = [name]
        m = _COUNTRY_TAIL.search(name)
        if m:
            inner = m.group(1).strip()
            parts = [name[:m.start()].strip()]
            if is_acronym_form(inner) and ntype != "acronym":
                parts.append(inner)
        if ": " in parts[0]:
            head, tail = parts[0].split(": ", 1)
            parts[0:1] = [head, tail]
        # "L'Institut Royal Météorologique de Belgique": the elided article is not part of
        # the name (a match would take "l'" into the span); "L'Oréal" keeps it
        parts = [_ELIDED_ARTICLE.sub("", p) for p in parts]
        for p in parts:
            raw = p
            if company:
                p = strip_legal(p)
            if not p:
                continue
            acr = ntype == "acronym" or is_acronym_form(p)
            if acr:
                out.append((p, True))
                continue
            variants = name_variants(raw) if company else [p, _THE.sub("", p)]
            for v in variants:
                if v and (v, False) not in out:
                    out.append((v, False))
    return out


# ------------------------------------------------------ spelling variants

# The matcher folds case, accents, hyphens and apostrophes (see the match key above), so a
# variant that only changes those adds nothing. What it does not fold, and what French text
# writes both ways, are the conjunction ("Marks & Spencer", "Marks and Spencer", "Moët et
# Chandon"), the dots of initials ("J.P. Morgan", "JP Morgan") and a leading "Groupe" /
# "Group" / "Grupo" before a company's own name ("Groupe Beneteau", "Beneteau").
_AMP = re.compile(r"\s+&\s+")
_AND = re.compile(r"\s+(and|et)\s+")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s|$)")
_GROUP_HEAD = re.compile(r"^(?:Groupe|Group|Grupo|Gruppo|Gruppe)\s+(?=\S)")
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D",
                           "ħ": "h", "Ħ": "H", "ŧ": "t"})
_UMLAUT_DIGRAPH = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_GERMAN = re.compile(r"\b(?:für|und|der|des|die|GmbH|AG|KGaA|Bank|Institut|Forschung\w*|\w*[zZ]entrum|"
                     r"\w*[gG]esellschaft|\w*[wW]erke?|Universität|Klinikum|\w*[sS]tiftung|Technische)\b|ß")
_SIGLE = re.compile(r"^[A-Z]{4,6}$")  # three dotted letters are initials as often as not
_FRENCH_GLUE = {"de", "du", "des", "la", "le", "les", "pour", "aux", "sur", "en"}


# lower-case words of the word lists, set by main(): a word beside "&" that is one makes the
# conjunction that of the name's language ("Oil & Gas" -> "Oil and Gas", never "Oil et Gas")
VARIANT_WORDS = {"fr": set(), "en": set(), "proper": set()}
MAX_VARIANTS = 4


def spelling_variants(name, etype, curated=False):
    """Other spellings of a name that fold to another key.

    An acronym of 4 to 6 capitals is also written with dots ("SNCF" -> "S.N.C.F.").
    Letters the match key keeps are written in ASCII ("Ørsted" -> "Orsted", "Łukasiewicz" ->
    "Lukasiewicz"), and the umlauts of a German name as digraphs ("Jülich" -> "Juelich"). For names of
    two words or more:

    "&" between two names ("Procter & Gamble", "Moët & Chandon") gives "and" and "et" for a
    company, which French text writes both ways; between words it gives the conjunction of
    their language ("Oil & Gas" -> "Oil and Gas", "Recherche & Développement" -> "Recherche
    et Développement"); one "and" gives "&" (both for a company, in a lab's English name),
    a company's one "et" gives "&" ("Moët et Chandon"). Initials in capitals lose their dots
    ("U.S. Steel" -> "US Steel"; a legal form so undotted is cut, "Sanayi A.S." -> "Sanayi");
    a company's "Groupe X" gives "X", its "McDonald's" gives "McDonalds".
    """
    out = []
    # letters the key keeps ("Ørsted", "Łukasiewicz", "Işık") and French text writes in ASCII
    ascii_ = name.translate(_TRANSLIT)
    if ascii_ != name:
        out.append(ascii_)
    # German umlauts written as digraphs ("Forschungszentrum Juelich"): in German names only
    if _GERMAN.search(name) and re.search("[äöüÄÖÜ]", name):
        out.append(name.translate(_UMLAUT_DIGRAPH))
    toks = tokens(name)
    if _SIGLE.match(name):
        # a French sigle is also written with its dots ("la S.N.C.F.", "l'O.N.U.")
        out.append("".join(c + "." for c in name))
    if len(toks) < 2:
        return out
    french = bool(_FRENCH_GLUE & set(toks))
    m = re.search(r"(\S+)\s+&\s+(\S+)", name)
    if m and len(_AMP.findall(name)) == 1:
        around = [match_key(w) for w in m.groups()]
        fr = any(w in VARIANT_WORDS["fr"] and w not in VARIANT_WORDS["en"] for w in around)
        en = any(w in VARIANT_WORDS["en"] for w in around)
        if fr or (french and not en):
            joins = (" et ",)
        elif en or etype != "company":
            joins = (" and ",)
        else:
            joins = (" and ", " et ")
        out += [_AMP.sub(j, name) for j in joins]
    elif len(_AND.findall(name)) == 1:
        conj = _AND.search(name).group(1)
        if (conj == "and" and not french) or (conj == "et" and etype == "company"):
            out.append(_AND.sub(" & ", name))
    if not french:
        # English names are spelled both ways ("Lewis Research Center", "... Centre") and
        # "Laboratory" / "Laboratories" shortened ("Argonne National Lab", "Abbott Labs")
        for a, b in ((r"\bCenter\b", "Centre"), (r"\bCentre\b", "Center"), (r"\bCenters\b", "Centres"),
                     (r"\bCentres\b", "Centers"), (r"\bLaboratory\b", "Lab"), (r"\bLaboratories\b", "Labs")):
            if etype == "company" and "Cent" in a:
                continue
            for n in [name] + out:
                if re.search(a, n) and len(re.findall(a, n)) == 1:
                    out.append(re.sub(a, b, n))
    for n in [name] + out:
        undotted = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), n).strip()
        if undotted != n:
            if etype == "company":
                undotted = strip_legal(undotted)
            if len(tokens(undotted)) >= 2:  # "Bloomberg L.P." does not give "Bloomberg"
                out.append(undotted)
    if etype == "company" and not curated:
        # (a curated entry chose itself whether its "Groupe" or apostrophe is needed)
        head = group_head(name)
        if head:
            out.append(head)
        # "McDonald's", "Sainsbury's" are also written without the apostrophe
        unquoted = re.sub(r"(\w{3,})['\u2019]s\b", r"\1s", name)
        if unquoted != name and (len(tokens(unquoted)) > 1 or coined(unquoted)):
            out.append(unquoted)  # not "Nicholsons", "Gregorys": a surname's plural
    keys = {match_key(name)}
    uniq = []
    for v in out:
        v = clean_ws(v)
        if v and match_key(v) not in keys:
            keys.add(match_key(v))
            uniq.append(v)
    # the variants combine ("U.S. ... & ... Laboratory"): the first few are the likely ones
    return uniq[:MAX_VARIANTS]


def group_head(name):
    """ "Beneteau" of "Groupe Beneteau"; not "RAR" of "Grupo RAR" (three letters are a file
    type, a gene, anything)."""
    head = _GROUP_HEAD.sub("", name)
    if head == name or sum(c.isalnum() for c in head) < 4:
        return None
    return head


def add_spelling_variants(e):
    """Append the spelling variants of an entry's names; they are derived names."""
    extra = []
    for n in e.names:
        for v in spelling_variants(n, e.type):
            if v not in e.names and v not in extra:
                extra.append(v)
                e.derived[v] = n
                if e.type == "company" and v == group_head(n):
                    e.strict.add(v)  # one word left ("Lusófona"): the new sources' policy
    e.names = e.names + extra


# ------------------------------------------------------------ word lists

# Debian's word lists (packages wfrench and wamerican), read at build time only: the
# generated data/ is committed, so building the product does not need them.
DICT_FILES = ("/usr/share/dict/french", "/usr/share/dict/american-english")


def load_dictionaries(paths, proper=None):
    """Keys of the lower-case words of the word lists; the capitalised entries (names of
    people and places: "Lincoln", "Buffalo", "Doppler") go to the set `proper`."""
    words = set()
    for p in paths:
        if not os.path.exists(p):
            sys.exit("%s missing: install Debian's wfrench and wamerican packages "
                     "(apt-get install wfrench wamerican) to build the gazetteers" % p)
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or w.endswith("'s") or not w.isalpha():
                    continue
                if w == w.lower():
                    words.add(match_key(w))
                elif proper is not None and w[0].isupper() and w[1:] == w[1:].lower():
                    proper.add(match_key(w))
    return words


def load_lines(path):
    """One match key a line; '#' starts a comment line."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(match_key(line))
    return out


def coined(name):
    """A one-word name that does not read as a word or a person's or place's name: an inner
    capital ("GreenBee", "BioNTech"), a digit ("1000mercis"), or capitals only ("TCDD")."""
    letters = [c for c in name if c.isalpha()]
    return any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:] if c.isalpha()) \
        or (len(letters) >= 4 and not any(c.islower() for c in letters))


def read_source_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        for row in reader:
            row += [""] * (len(header) - len(row))
            yield dict(zip(header, row))


# -------------------------------------------------- Name Suggestion Index

# NSI categories whose brands or operators are not companies by the guidelines: schools,
# hospitals, public services, associations, parties, unions, charities, clubs, municipal
# transit and bike-share systems, street furniture and land uses.
_NSI_EXCLUDED = re.compile(
    r"/(?:amenity/(?:hospital|clinic|school|college|university|kindergarten|childcare|library|"
    r"social_facility|social_centre|community_centre|public_bookcase|bicycle_rental|"
    r"bicycle_parking|bicycle_repair_station|recycling|food_sharing|waste_basket|trolley_bay|"
    r"animal_shelter|mortuary|music_school|driving_school|post_box|weighbridge|"
    r"conference_centre|telephone|photo_booth)|"
    r"club/|office/(?:government|political_party|union|association|lawyer)|emergency/|"
    r"healthcare/(?:blood_donation|counselling|rehabilitation|alternative)|highway/street_lamp|"
    r"landuse/|leisure/(?:playground|dog_park|fitness_station|sports_centre)|shop/charity|"
    r"tourism/information|internet_access/|barrier/|"
    r"route/(?:bus|tram|trolleybus|subway|light_rail|tracks))\b")
# names of public bodies and non-profits among the operators ("City of ...", "... Authority")
_PUBLIC_BODY = re.compile(
    r"\b(?:city|county|state|town|village|borough|municipality|municipal|government|ministry|"
    r"department|authority|administration|council|district|commission|agency|board|"
    r"public works|regional transit|transit district|federal|national park|army|navy|"
    r"air force|police|fire|school|university|college|hospital|church|diocese|parish|"
    r"foundation|charity|association|society|trust|union|ville|commune|mairie|"
    r"communaute|metropole|departement|region|conseil|syndicat|regie|agence|ministere|"
    r"gemeinde|stadt|landkreis|kreis|bundes\w*|stadtwerke|comune|ayuntamiento|"
    r"municipio|prefeitura|gmina|miasto|kommune|kommun|amt|agentur|zweckverband)\b")


NSI_EUROPE = {"DE", "NL", "IT", "ES", "PT", "AT", "IE", "GB", "SE", "NO", "DK", "FI", "IS", "PL",
              "CZ", "GR"}


def read_nsi(path, common):
    """NSI brands and operators as company entries, one per Wikidata item (else per name)."""
    groups = collections.OrderedDict()
    for row in read_source_tsv(path):
        if _NSI_EXCLUDED.search(row["source"]):
            continue
        kind = row["kind"]
        if kind == "alias_lowercase":
            continue  # OSM tag values mapped to the brand, not the brand's names
        canonical = clean_ws(row["canonical_name"])
        qid = row["wikidata_qid"].strip()
        if _PUBLIC_BODY.search(match_key(canonical)):
            continue
        gkey = qid or "name:" + match_key(canonical)
        g = groups.get(gkey)
        if g is None:
            g = groups[gkey] = {"canonical": canonical, "qid": qid, "names": [],
                                "countries": set(), "acronyms": set()}
        g["countries"].update(c for c in row["country"].split(";") if c)
        name = clean_ws(row["name"])
        name = _COUNTRY_TAIL.sub("", name).strip() if _COUNTRY_TAIL.search(name) else name
        name = strip_legal(name)
        if not name:
            continue
        if row["common_word"]:
            common[match_key(name)] = row["common_word"]
        if kind == "acronym":
            g["acronyms"].add(name)
        for n in (name, _THE.sub("", name)):
            if n not in g["names"]:
                g["names"].append(n)
    entries = []
    for gkey, g in groups.items():
        names = []
        canon = strip_legal(_COUNTRY_TAIL.sub("", g["canonical"]).strip()) or g["canonical"]
        french = bool(g["countries"] & (FRENCH_AREA | {"WORLD"}))
        # a European chain of several countries with a Wikidata item is cited by its one-word
        # name too ("Jula", "Smiggle"): kept, as written only, under the same filters; a brand
        # of one country ("Egon", restaurants in Norway, and a storm in French news) is not
        europe = french or (g["qid"] and len(g["countries"] & NSI_EUROPE) >= 2)
        for n in [canon] + g["names"]:
            if n in names or _PUBLIC_BODY.search(match_key(n)):
                continue
            if len(tokens(n)) == 1 and not europe and not coined(n):
                continue  # a one-word brand of elsewhere is mostly a homonym in French text
            if (n in g["acronyms"] or is_acronym_form(n)) and not french:
                size = len(match_key(n).replace(" ", ""))
                if size < 4 or not is_short_acronym(n):
                    continue  # short acronyms of foreign brands collide ("BPI", "AUB")
            names.append(n)
        if names:
            ids = ["wikidata:" + g["qid"]] if g["qid"] else []
            entries.append(Entry(names[0], "company", names, ids, [], "nsi", 0))
    return entries


# ------------------------------------------------------- FinanceDatabase

_FD_LEGAL = re.compile(
    r"(?:,?\s+|,)(?:\(publ\)|\(Publ\)|Public Company Limited|Public Co\.?,? Ltd\.?|PCL|"
    r"Joint Stock Company|JSC|PJSC|OJSC|PAO|OAO|Tbk\.?|Aktiengesellschaft|"
    r"Company,? Limited|Co\.,\s*Ltd\.?|Co\.,Ltd\.?|Co\.?,? Limited|Co Ltd|Co\.Ltd\.?|"
    r"S\.?A\.?B\.? de C\.?V\.?|S\.A\.B\. de C\.V\.|SAB de CV|S\.?A\.?C\.?I\.?|S\.?A\.?I\.?C\.?A?\.?|"
    r"S\.?p\.?A\.?|S\.?A\.?S\.?|S\.A\.|SA|N\.V\.|NV|SE|AG|A/S|ASA|AB|Oyj|Oy|plc|PLC|P\.L\.C\.|"
    r"Limited|Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|Holdings? Limited|Bhd\.?|Berhad|"
    r"Ltda\.?|S\.?R\.?L\.?|GmbH|KGaA|& Co\.? KGaA|SGPS|S\.?G\.?P\.?S\.?|A\.?Ş\.?|T\.A\.Ş\.|"
    r"d\.d\.|a\.s\.|S\.?C\.?A\.?|SCA|NL|REIT)\s*$")
_FD_PREFIX = re.compile(r"^(?:PT\.?|P\.T\.|PJSC|JSC|OJSC|PAO|The)\s+")
# instruments and shells that are not operating companies
_FD_JUNK = re.compile(
    r"\b(?:fund|funds|etf|etn|index|tracker|leverage|leveraged|inverse|futures|certificates?|"
    r"warrants?|notes?|bonds?|debentures?|preferred|pref|acquisition corp\w*|acquisition co|"
    r"acquisition company|acquisition limited|acquisitions? inc|blank check|spac|"
    r"investment trust|income trust|unit trust|opportunit(?:y|ies) trust|trust units?|"
    r"dividend|yield|portfolio|split corp|capital trust|mutual|fd|idx|lof|classified|fondos?|"
    r"fundo|inversion|investimento|sicav|fcp|sicaf|administradora)\b")


def fd_clean(name):
    name = clean_ws(name).rstrip(",;. ") if name.endswith(",") else clean_ws(name)
    name = re.sub(r"\s*\((?:publ|Publ|The)\)\s*", " ", name).strip()
    for _ in range(4):
        new = _FD_LEGAL.sub("", name).rstrip(" ,;")
        new = strip_legal(new)
        if new == name or not new:
            break
        name = new
    name = _FD_PREFIX.sub("", name)
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 6 and not any(c.islower() for c in letters):
        # written all in capitals on the listing ("TERVEYSTALO"): shown in title case
        name = " ".join(w if len(w) <= 3 and w.isupper() and " " in name else w.capitalize()
                        for w in name.split(" "))
    return name


def truncated(name, dictionary, prefixes):
    """A long listing name cut inside its last word ("Cairo Investment & Real Esta")."""
    last = match_key(name).split()[-1] if name.strip() else ""
    return len(name) >= 25 and len(last) >= 3 and last.isalpha() and \
        last not in dictionary and last in prefixes


# the countries of listings whose one-word names French text cites as the company's
# ("Bekaert", "Umicore", "Geberit"): France and its French-speaking neighbours
_FD_FRENCH_AREA = {"France", "Belgium", "Switzerland", "Luxembourg", "Monaco"}
# listings of the rest of Europe and of North America: French business news cites their
# one-word names too ("Brenntag", "Fugro", "Brembo"), so these are kept as written, as the
# French area's
_FD_ONE_WORD_COUNTRIES = {"Germany", "Netherlands", "Italy", "Spain", "Portugal", "Austria", "Ireland",
              "United Kingdom", "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Poland",
              "Czech Republic", "Greece",
              # and North America's, Quebec's companies first among them ("Dollarama")
              "United States", "Canada"}
# a trailing word that describes the business, not the name: "Ubisoft Entertainment" is
# cited as "Ubisoft", "Nemetschek Group" as "Nemetschek"
_FD_DESCRIPTOR = re.compile(
    r"\s+(?:Entertainment|Technolog(?:y|ies)|Industries|International|Pharmaceuticals?|Pharma|"
    r"Systems|Solutions|Holdings?|Group|Groupe|Enterprises|Communications|Networks|Software|"
    r"Therapeutics|Biosciences|Biotech|Electronics|Semiconductors?|Interactive|Worldwide|"
    r"Global|Brands|Medical|Healthcare|Energy|Resources|Aktiengesellschaft|Industrie|Sciences?|"
    r"Heavy|Electronic|Information|Engineering)$")


def fd_stem(name):
    """The name without its trailing business words: "Hangzhou IECHO Science & Technology"
    -> "Hangzhou IECHO", "Sioen Industries" -> "Sioen"."""
    for _ in range(3):
        new = re.sub(r"(?:\s+(?:&|and|et)|,)$", "", _FD_DESCRIPTOR.sub("", name))
        if new == name:
            break
        name = new
    return name


def stem_allowed(stem, names, starts, french):
    """A stem ("Ubisoft" of "Ubisoft Entertainment") is a name when it is the start of one
    company's names only ("Tata" begins Tata Motors, Tata Steel and Tata Power), ends on a
    name rather than a word ("BJC Heavy", "Integrated Wind"), is not made of places and
    people only ("Taiwan-Asia"), and, in capitals, belongs to a French-area company (a
    stem in capitals of a company of elsewhere is an acronym of many: "SITC")."""
    key = match_key(stem)
    last = key.split()[-1] if key else ""
    return stem not in names and sum(c.isalpha() for c in stem) >= 4 and "(" not in stem and \
        len(starts.get(key, ())) == 1 and \
        last not in VARIANT_WORDS["en"] and last not in VARIANT_WORDS["fr"] and \
        not all(t in VARIANT_WORDS["proper"] for t in key.split()) and \
        (french or not is_short_acronym(stem))


def name_starts(keys):
    """For each proper prefix of words of the keys, the keys it begins."""
    starts = collections.defaultdict(set)
    for k in keys:
        toks = k.split()
        for i in range(1, len(toks)):
            starts[" ".join(toks[:i])].add(k)
    return starts


def add_company_stems(entries):
    """US listings and ROR companies: the stem of a company's name ("Regeneron" of
    "Regeneron Pharmaceuticals") as a name under the ambiguity policy of the new sources."""
    starts = name_starts({match_key(e.names[0]) for e in entries})
    for e in entries:
        stem = fd_stem(e.names[-1] if len(e.names) > 1 and _WEAK_TAIL.search(e.names[0]) else e.names[0])
        if stem_allowed(stem, e.names, starts, False) and \
                (len(tokens(stem)) > 1 or coined(stem) or len(stem) >= 5):
            e.names.append(stem)
            e.strict.add(stem)


def read_financedb(path, dictionary):
    prefixes = set()
    for w in dictionary:
        for i in range(3, len(w)):
            prefixes.add(w[:i])
    rows = []
    for row in read_source_tsv(path):
        full = clean_ws(row["canonical_name"] or row["name"])
        if not full or _FD_JUNK.search(match_key(full)) or truncated(full, dictionary, prefixes):
            continue
        base = fd_clean(full)
        if not base or _LEGAL_ONLY.match(base):
            continue
        rows.append((row, base))
    # a name cut to its stem ("Ubisoft") must be the start of one listed company's names
    # only: "Tata" begins Tata Motors, Tata Steel and Tata Power, and names none of them
    starts = name_starts({match_key(base) for _, base in rows})
    by_key = collections.OrderedDict()
    for row, base in rows:
        names = [base]
        weak = strip_legal(_WEAK_TAIL.sub("", base))
        if weak != base and weak and sum(c.isalpha() for c in weak) >= 4:
            names.append(weak)
        # the stem must end on a name, not a word ("BJC Heavy", "Integrated Wind"), and a
        # stem in capitals of a company of elsewhere is an acronym of many ("SITC")
        french = row["country"] in _FD_FRENCH_AREA
        stem = fd_stem(weak or base)
        if stem_allowed(stem, names, starts, french):
            names.append(stem)
        # a one-word listed name ("Akatsuki", "Analytica", "Falco") is mostly a homonym of a
        # word, a person or a place of some language in French text: kept only when coined,
        # or when listed in Europe or North America (then as written only)
        one_word = french or row["country"] in _FD_ONE_WORD_COUNTRIES
        names = [n for n in names if len(tokens(n)) > 1 or coined(n) or one_word]
        if not names:
            continue
        rid = row["id"].strip()
        ids = []
        if rid.upper().startswith("ISIN:"):
            ids.append("isin:" + rid[5:])
        elif rid.upper().startswith("TICKER:"):
            ids.append("ticker:" + rid[7:])
        k = match_key(base)
        if k in by_key:
            by_key[k].ids.extend(i for i in ids if i not in by_key[k].ids)
            continue
        by_key[k] = Entry(base, "company", names, ids, [], "financedb", 0)
    return list(by_key.values())


# ------------------------------------------------------------------ RNSR

_RNSR_TYPES = {"Unité mixte", "Unité propre", "Unité mixte internationale", "Equipe interne",
               "Structures Fédératives de Recherche"}
_RNSR_CODE = re.compile(r"^(UMR|UPR|UMS|UAR|USR|FRE|UMRS|UMR_S|UMR-S|EA|IRL|UMI|ERL|U|UR|"
                        r"FR|FED|USC|UE|EMR|CIC|ULR|UMR_A|UMR_D|UMR-A|UMR-D|UMR_T|UMR_E|UMR_I|UMR_MA|"
                        r"GRC|IFR)[ _]?([1-9][0-9]{2,3})$")
# a two-word label names a lab when it is a lab's head and its name ("Institut Fourier",
# "Laboratoire Navier", "Synchrotron SOLEIL"); other two-word labels are descriptions
# ("Unité Littoral", "Normandie Mathématiques") and are left to the acronym
_RNSR_SHORT_HEAD = {"institut", "laboratoire", "observatoire", "synchrotron", "station"}


_RNSR_NOT_LAB = re.compile(r"\b(?:agence|agency|ministere|fondation|foundation|hopital|hospital|"
                           r"musee|museum|bibliotheque|library|archives)\b")


def read_rnsr(path):
    """RNSR research units as lab entries: acronym (when kept) first, then the label and
    the unit codes ("UMR 6183", also written "UMR6183")."""
    units = collections.OrderedDict()
    for row in read_source_tsv(path):
        if row["type_de_structure"] not in _RNSR_TYPES:
            continue
        u = units.setdefault(row["rnsr_id"], {"acr": [], "label": [], "codes": [], "common": {}})
        name = clean_ws(row["name"])
        if row["kind"] == "acronym":
            u["acr"].append(name)
            if row["common_word"]:
                u["common"][name] = row["common_word"]
        elif row["kind"] == "label":
            u["label"].append(name)
        elif row["kind"] == "unit_code":
            m = _RNSR_CODE.match(name)
            if m:
                pre = m.group(1).replace("_", "-")
                for v in (pre + " " + m.group(2), pre + m.group(2)):
                    if v not in u["codes"]:
                        u["codes"].append(v)
    entries = []
    for rid, u in units.items():
        if any(_RNSR_NOT_LAB.search(match_key(lab)) for lab in u["label"]):
            continue
        names = []
        for a in u["acr"]:
            if " " in a or len(match_key(a).replace(" ", "")) < 3:
                continue
            if u["common"].get(a) and (a == a.upper() or not coined(a)):
                # "LIEN", "IMAGER": an acronym that is a word is left to the label; a coined
                # spelling of a word ("SurEau", "PAnTher") is kept, as written
                continue
            names.append(a)
        for lab in u["label"]:
            # a label that is only its acronym again, or a short generic label, adds nothing
            toks = tokens(lab)
            if len(toks) >= 3 or (len(toks) == 2 and toks[0] in _RNSR_SHORT_HEAD) or \
                    (len(toks) == 1 and coined(lab) and lab not in u["acr"]):
                names.append(lab)
        names += u["codes"]
        if names:
            entries.append(Entry(names[0], "lab", names, ["rnsr:" + rid], [], "rnsr", 0))
    return entries


# ------------------------------------------------------------------- main


def write_tsv(path, etype, entries, comment):
    rows = []
    for e in entries:
        if e.type != etype:
            continue
        ids = " ".join(sorted(set(e.ids)))
        aliases = "|".join(e.names[1:])
        rows.append("\t".join([e.canonical, e.type, aliases, ids, ",".join(e.flags)]))
    rows.sort(key=lambda r: (match_key(r.split("\t", 1)[0]), r))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(comment + "\n")
        f.write(HEADER + "\n")
        for r in rows:
            f.write(r + "\n")
    return rows


NEW_SOURCES = ("nsi", "financedb", "rnsr")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default=os.path.join(REPO, "..", "shared", "gazetteer-sources"))
    ap.add_argument("--out", default=os.path.join(REPO, "data"))
    ap.add_argument("--curated", default=os.path.join(REPO, "data", "curated"))
    args = ap.parse_args()
    src = args.sources
    log = lambda *a: print(*a, file=sys.stderr)

    stop_whole = set()
    stop, stop_fr = load_stopwords(os.path.join(args.curated, "stopwords.txt"), stop_whole)
    vocab, _ = load_stopwords(os.path.join(args.curated, "french-words.txt"))
    dict_words, _ = load_stopwords(os.path.join(args.curated, "dictionary-words.txt"))
    proper = set()
    dictionary = load_dictionaries(DICT_FILES, proper)
    not_companies = load_lines(os.path.join(args.curated, "not-organisations.txt"))
    french_dict = load_dictionaries(DICT_FILES[:1])
    VARIANT_WORDS["fr"] = french_dict | vocab
    VARIANT_WORDS["en"] = load_dictionaries(DICT_FILES[1:])
    people_places = load_lines(os.path.join(args.curated, "people-and-places.txt"))
    first_names = load_lines(os.path.join(REPO, "data", "first-names.txt"))
    VARIANT_WORDS["proper"] = people_places | proper | first_names
    source_common = {}  # key -> "fr" / "en" / "fr,en" as the source files flag them
    curated = read_tsv(os.path.join(args.curated, "companies.tsv"), "curated")
    # more curated companies, one file per sector: companies-SECTOR.tsv, read in name order
    for extra in sorted(os.listdir(args.curated)):
        if extra.startswith("companies-") and extra.endswith(".tsv"):
            curated += read_tsv(os.path.join(args.curated, extra), "curated", len(curated))
    curated += read_tsv(os.path.join(args.curated, "labs.tsv"), "curated", len(curated))

    # keys of every curated name: source names with these keys are dropped
    curated_keys = {}
    for e in curated:
        if "pattern" in e.flags:
            continue
        for n in e.names[1:] if "label" in e.flags else e.names:
            curated_keys.setdefault(match_key(n.lstrip("=")), e)

    sp500 = read_sp500(os.path.join(src, "sp500-constituents.csv"))
    nasdaq = read_listing(os.path.join(src, "nasdaq-listed.csv"), "nasdaq",
                          "Symbol", "ETF", "Test Issue", True)
    nyse = read_listing(os.path.join(src, "nyse-other-listed.csv"), "nyse",
                        "ACT Symbol", "ETF", "Test Issue", False)

    add_company_stems(sp500 + nasdaq + nyse)
    nsi = read_nsi(os.path.join(src, "nsi-brands-operators.tsv"), source_common)
    financedb = read_financedb(os.path.join(src, "financedatabase-equities.tsv"), dictionary)
    rnsr = read_rnsr(os.path.join(src, "rnsr-research-units.tsv"))

    orgs = read_ror(os.path.join(src, "ror-active.tsv"))
    # fold ROR records into curated entries: by explicit ror id, else by unique full-name key
    by_ror_id = {}
    for e in curated:
        for i in e.ids:
            if i.startswith("ror:"):
                by_ror_id[i[4:]] = e
    fullname_index = collections.defaultdict(set)
    ror_entries = []
    folded_names = []
    stats_drop = collections.Counter()
    kinds = {}
    for rid, org in orgs.items():
        kind = ror_kind(org)
        kinds[rid] = kind
        if kind is None:
            continue
        for n, acr in ror_names(org, kind == "company"):
            if not acr:
                fullname_index[(kind, match_key(n))].add(rid)
    folded = {}
    for rid, e in by_ror_id.items():
        if rid in orgs:
            folded[rid] = e
    for e in curated:
        if "pattern" in e.flags or any(i.startswith("ror:") for i in e.ids):
            continue
        for n in e.names:
            n = n.lstrip("=")
            if n != e.canonical and len(tokens(n)) < 3:
                continue  # aliases fold only when they are full names
            cands = fullname_index.get((e.type, match_key(n)), set())
            if len(cands) == 1 and len(tokens(n)) >= 2:
                folded.setdefault(next(iter(cands)), e)
                break

    # A full name that ROR gives to organisations of several countries, and that is not
    # the display name of each of them, is a generic description ("Institut National de
    # Santé Publique" in Burkina Faso and Burundi, "Institute of Physics"): it names no
    # one lab in a text. (Companies keep such names: "Merck Sharp & Dohme" or "Toray" in
    # several countries are one group's subsidiaries.)
    name_orgs = collections.defaultdict(set)
    display_keys = collections.defaultdict(set)
    for rid, org in orgs.items():
        for ntype, lang, n in org["names"]:
            if ntype == "display":
                display_keys[rid].update(match_key(v) for v, _ in ror_names(
                    {"names": [(ntype, lang, n)]}))
        for n, acr in ror_names(org):
            if not acr:
                name_orgs[match_key(n)].add(rid)
    ambiguous = set()
    for k, rids in name_orgs.items():
        if len({orgs[r]["country"] for r in rids}) >= 2 and \
                not all(k in display_keys[r] for r in rids):
            ambiguous.add(k)

    for rid, org in orgs.items():
        kind = kinds[rid]
        target = folded.get(rid)
        if kind is None and target is None:
            continue
        names = []
        for n, acr in ror_names(org, (kind or target.type) == "company"):
            if not acr and target is None and kind == "lab" and match_key(n) in ambiguous:
                stats_drop["ror name shared across countries"] += 1
                continue
            if acr and org["country"] not in FRENCH_AREA and target is None:
                size = len(match_key(n).replace(" ", ""))
                if size < 4 or (size <= 6 and not is_short_acronym(n) and not org["qid"]):
                    stats_drop["ror acronym outside FR area"] += 1
                    continue
            names.append(n)
            # a unit number is written with and without its space: "UMR 5506", "UMR5506"
            m = _UNIT_NUMBER.match(n)
            if m and org["country"] in FRENCH_AREA:
                other = m.group(1) + ("" if m.group(2) else " ") + m.group(3)
                if other not in names:
                    names.append(other)
        ids = ["ror:" + rid] + (["wikidata:" + org["qid"]] if org["qid"] else [])
        if target is not None:
            if not any(i.startswith("wikidata:") for i in target.ids):
                target.ids.extend(i for i in ids if i.startswith("wikidata:"))
            if "ror:" + rid not in target.ids:
                target.ids.append("ror:" + rid)
            # these names join the curated entry after its own names, through the filters
            folded_names.append((target, names))
            continue
        if not names:
            continue
        ror_entries.append(Entry(names[0], kind, names, ids, [], "ror", 0))

    add_company_stems([e for e in ror_entries if e.type == "company"])

    # ------------------------------------------------------------ filter + dedup
    seen = {}  # key -> entry that owns it
    shipped = []
    stats = collections.defaultdict(collections.Counter)

    def accept(name, source):
        """Filter a source name; return its key or None."""
        k = match_key(name)
        compact = k.replace(" ", "")
        if sum(c.isalnum() for c in compact) < 3 or not any(c.isalpha() for c in compact):
            stats_drop["too short / no letter"] += 1
            return None
        if not is_latin(name):
            stats_drop["non-Latin script"] += 1
            return None
        if "|" in name or "\t" in name:
            stats_drop["separator inside the name"] += 1
            return None
        toks = k.split()
        if len(toks) == 1 and (k in stop or k in stop_whole):
            stats_drop["stop word"] += 1
            return None
        if len(toks) == 1 and k in vocab and not is_short_acronym(name):
            stats_drop["French word"] += 1
            return None
        words = [t for t in toks if any(c.isalnum() for c in t) and len(t) > 1]
        if len(toks) <= 3 and words and all(t in stop or t in vocab for t in words) and \
                any(t in stop_fr or t in vocab for t in words):
            stats_drop["all tokens common words"] += 1
            return None
        if k in curated_keys:
            stats_drop["key of a curated name"] += 1
            return None
        if k in not_companies:
            stats_drop["not an organisation (not-organisations.txt)"] += 1
            return None
        if source in NEW_SOURCES:
            # the ambiguity policy of the brand, listing and research-unit sources
            if len(compact) <= 3:
                stats_drop["new sources: 3 characters or fewer"] += 1
                return None
            if len(toks) == 1 and (k in first_names or k in people_places):
                stats_drop["new sources: first name, surname or place"] += 1
                return None
            if len(toks) > 1 and k in people_places:
                stats_drop["new sources: place or person name"] += 1
                return None
            if len(toks) == 1 and k in proper:
                stats_drop["new sources: name in the word lists"] += 1
                return None
            if len(toks) >= 2 and toks[0] in ("saint", "sainte", "st", "san", "santa", "sao"):
                stats_drop["new sources: saint's name (a place)"] += 1
                return None
            common = source_common.get(k, "")
            if len(toks) == 1 and (common or k in french_dict or
                                   (source != "rnsr" and k in dictionary)):
                stats_drop["new sources: dictionary word"] += 1
                return None
            if len(words) <= (4 if source == "rnsr" else 3) and words and \
                    all(t in french_dict or t in stop or t in vocab for t in words) and \
                    any(t in french_dict or t in vocab for t in words):
                stats_drop["new sources: French common words only"] += 1
                return None
            if source == "rnsr" and re.search(r"\b(?:chu|chru|hopital|hospitalier|universite|"
                                              r"university|ecole|faculte)\b", k) and \
                    not re.search(r"\b(?:laboratoire|recherche|institut|unite|centre)\b", k):
                stats_drop["new sources: a hospital or university, not a lab"] += 1
                return None
            if len(toks) == 1 and is_short_acronym(name) and (common or k in dictionary):
                stats_drop["new sources: capitalised dictionary word"] += 1
                return None
            if name == name.lower() and words and all(t in dictionary or t in stop for t in words):
                stats_drop["new sources: lower-case common words"] += 1
                return None
        return k

    def dictionary_word(name, key, source=None):
        """A one-word source name that is a common English or French word; for the brand,
        listing and research-unit sources also a name of at most three tokens that are all
        dictionary or stop words ("Detection Technology", "Bank of Georgia" is not one)."""
        if is_short_acronym(name):
            return False
        if " " not in key and key in dict_words:
            return True
        if source in NEW_SOURCES and " " not in key:
            return True  # one-word brand, listing or unit names match only as written
        if source in NEW_SOURCES and key.split()[0] in ("la", "le", "les", "l") and name[:1].isupper():
            # "La Grande Récré": written with its capital, else "de la Grande Récré" takes the
            # article into the span
            return True
        if source in NEW_SOURCES:
            words = [t for t in key.split() if any(c.isalnum() for c in t)]
            if len(words) <= 3 and all(t in dictionary or t in stop or t in vocab or
                                       t in source_common for t in words):
                return True
        return False

    def protect_case(e, kept, derived):
        """Dictionary-word names of a source entry: derived aliases go, the others keep only
        their written case; an entry left with exact-case names only gets a canonical with
        a qualifier that never matches the word ("Ratio (laboratoire)")."""
        out = []
        for n in kept:
            k = match_key(n)
            if dictionary_word(n, k, "financedb" if n in e.strict else e.source):
                if n in derived and (k in dict_words or k in dictionary):
                    stats_drop["dictionary word (derived alias)"] += 1
                    continue
                stats_drop["dictionary word kept in its case only (not a drop)"] += 1
                n = "=" + n
            out.append(n)
        # a spelling variant ("D.E.K.R.A.", "Foo and Bar") is no canonical while a name of
        # the source is left
        spelt = [n for n in out if n.lstrip("=") in e.derived]
        if len(spelt) < len(out):
            out = [n for n in out if n.lstrip("=") not in e.derived] + spelt
        if out and out[0].startswith("="):
            plain = [n for n in out if not n.startswith("=") and n not in e.derived]
            if plain:
                out.remove(plain[0])
                out.insert(0, plain[0])
            elif e.source in NEW_SOURCES:
                # the canonical is only shown ("label"); the name matches as written
                out.insert(0, out[0][1:])
                if "label" not in e.flags:
                    e.flags.append("label")
            else:
                out.insert(0, "%s (%s)" % (out[0][1:], "entreprise" if e.type == "company" else "laboratoire"))
        return out

    # curated first: names kept as written
    for e in curated:
        kept = []
        anycase = set()  # keys this entry already matches in any case
        for n in e.names:
            if n is e.names[0] and ("label" in e.flags or "pattern" in e.flags):
                kept.append(n)  # only what records show: not a name to match
                continue
            if "pattern" in e.flags:
                kept.append(n)
                continue
            k = match_key(n.lstrip("="))
            owner = seen.get(k)
            if owner is not None and owner is not e:
                log("warning: curated name %r of %r already belongs to %r" % (n, e.canonical, owner.canonical))
                continue
            if owner is e and n.lstrip("=") != n:
                kept.append(n)  # exact-case variant of a name already there
                continue
            if owner is e and is_short_acronym(n) and k not in anycase and n not in kept:
                kept.append(n)  # "ARM" after "=Arm": a case-sensitive acronym of its own
                continue
            if owner is e:
                continue
            seen[k] = e
            kept.append(n)
            if not n.startswith("=") and not is_short_acronym(n):
                anycase.add(k)
        e.names = kept
        shipped.append(e)

    # spelling variants of curated names ("&" / "and" / "et", initials without dots) join
    # their entry once every curated name has its key, when no entry has the variant's key;
    # "=" stays on a variant
    for e in curated:
        for n in list(e.names) if "pattern" not in e.flags else []:
            if n is e.names[0] and "label" in e.flags:
                continue
            exact = "=" if n.startswith("=") else ""
            # a curated entry chose itself whether its "Groupe" is needed
            for v in spelling_variants(n.lstrip("="), e.type, curated=True):
                k = match_key(v)
                if k in seen:
                    continue
                seen[k] = e
                e.names.append(exact + v)
                stats["curated variants"]["names"] += 1

    # folded ROR names join their curated entry
    for target, names in folded_names:
        for n in names:
            k = match_key(n)
            if seen.get(k) is target:
                continue
            if seen.get(k) is not None:
                continue
            kk = accept(n, "ror")
            if kk is None:
                continue
            if dictionary_word(n, kk):
                stats_drop["dictionary word kept in its case only (not a drop)"] += 1
                n = "=" + n
            seen[kk] = target
            target.names.append(n)
            stats["curated+ror"]["names"] += 1

    for group in (sp500, ror_entries, rnsr, nasdaq + nyse, nsi, financedb):
        for e in group:
            add_spelling_variants(e)
            kept = []
            owner = None
            if e.source in NEW_SOURCES:
                # the same organisation already shipped under another source: its ids join
                # that entry (a lab by its unit code or label, a company by its canonical
                # name), and so do its remaining names when it is a research unit
                for n in e.names if e.source == "rnsr" else e.names[:1]:
                    o = seen.get(match_key(n))
                    if o is not None and o.type == e.type and \
                            (o.source != "curated" or e.source == "rnsr"):
                        owner = o
                        break
                if owner is not None:
                    has_qid = any(x.startswith("wikidata:") for x in owner.ids)
                    for i in e.ids:
                        # a listing's ticker on another exchange ("NAQ.DE" for Nasdaq) is no
                        # better id than the one the entry has; its ISIN is
                        if e.source == "financedb" and i.startswith("ticker:") and owner.ids:
                            continue
                        if i not in owner.ids and not (i.startswith("wikidata:") and has_qid):
                            owner.ids.append(i)
                    stats_drop["merged into an entry of another source"] += 1
                    if e.source != "rnsr":
                        continue
            written = set()  # names of the source that the filters let through
            for n in e.names:
                if n in e.derived and e.derived[n] not in written:
                    continue  # a variant of a name the filters dropped ("L.I.E.N." of "LIEN")
                kk = accept(n, "financedb" if n in e.strict else e.source)
                if kk is None:
                    continue
                written.add(n)
                if kk in seen:
                    if seen[kk] is not e and seen[kk] is not owner:
                        stats_drop["duplicate key"] += 1
                    continue
                if owner is not None:
                    if dictionary_word(n, kk, e.source):
                        n = "=" + n
                    seen[kk] = owner
                    owner.names.append(n)
                    stats["rnsr+merged"]["names"] += 1
                    continue
                seen[kk] = e
                kept.append(n)
            if owner is not None:
                continue
            first = seen.get(match_key(e.names[0])) if e.names else None
            if kept and first is not None and first is not e and first.type == e.type and \
                    all(n in e.derived or n in e.strict for n in kept):
                # only the names the build wrote are left ("Ascentage" of "Ascentage Pharma",
                # which another source shipped first): they join that entry
                for n in kept:
                    if dictionary_word(n, match_key(n), "financedb" if n in e.strict else e.source):
                        n = "=" + n
                    seen[match_key(n.lstrip("="))] = first
                    first.names.append(n)
                    stats["variants+merged"]["names"] += 1
                continue
            # listing entries: names after the first are derived (no "The", no Holdings...)
            derived = set(e.names[1:]) if e.source not in ("ror", "rnsr", "nsi") else set()
            derived |= set(e.derived)
            kept = protect_case(e, kept, derived)
            if not kept:
                stats_drop["entry with no name left"] += 1
                continue
            e.names = kept
            e.canonical = kept[0]
            shipped.append(e)

    for e in shipped:
        stats[e.source][e.type + " entries"] += 1
        stats[e.source][e.type + " names"] += len(e.names)

    comment = ("# Built by scripts/build-gazetteers.py from data/curated/ and ROR (CC0 1.0), "
               "S&P 500 constituents, NASDAQ and NYSE listings (ODC PDDL 1.0), the Name Suggestion "
               "Index (BSD 3-Clause), FinanceDatabase (MIT) and RNSR (MIT / Licence Ouverte); "
               "see data/SOURCES.md")
    os.makedirs(args.out, exist_ok=True)
    for etype, fname in (("company", "companies.tsv"), ("lab", "labs.tsv")):
        rows = write_tsv(os.path.join(args.out, fname), etype, shipped, comment)
        n_names = sum(1 + (len(r.split("\t")[2].split("|")) if r.split("\t")[2] else 0) for r in rows)
        log("%-14s %6d entries %7d names" % (fname, len(rows), n_names))
    log("per source (after dedup):")
    for s in ("curated", "sp500", "ror", "rnsr", "nasdaq", "nyse", "nsi", "financedb"):
        c = stats[s]
        log("  %-8s company: %6d entries %7d names   lab: %6d entries %7d names" % (
            s, c["company entries"], c["company names"], c["lab entries"], c["lab names"]))
    log("  names added to curated entries from their ROR records: %d" % stats["curated+ror"]["names"])
    log("  names added to ROR labs from their RNSR units: %d" % stats["rnsr+merged"]["names"])
    log("  spelling variants added to curated entries: %d" % stats["curated variants"]["names"])
    log("  variants and stems added to the entry of another source: %d" % stats["variants+merged"]["names"])
    log("dropped:")
    for k, v in sorted(stats_drop.items()):
        log("  %-32s %7d" % (k, v))


if __name__ == "__main__":
    main()
