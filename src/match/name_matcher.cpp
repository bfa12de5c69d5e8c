#include "match/name_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_set>

#include "match/legal_suffix.h"
#include "match/word_glue.h"

namespace gazette::match {

std::string_view to_string(MatchSource source) { return source == MatchSource::pattern ? "pattern" : "gazetteer"; }

namespace {

// A company name followed by another capitalised word or a model code is part of a longer
// proper noun: a product ("Nintendo Switch", "Airbus A320"), a venue ("Vodafone Arena"), an
// event ("Volvo Open Cup") or a company the gazetteer does not list in full ("Kairos
// Discovery"). None of these is a mention of the listed company.
bool part_of_longer_proper_noun(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                                std::size_t last) {
  if (last + 1 >= tokens.size()) return false;
  const Token& next = tokens[last + 1];
  if (!next.word || next.begin == tokens[last].end) return false;
  // "ATR-42", "Boeing 737-500": a hyphen and a number make a model.
  const bool hyphen = next.begin == tokens[last].end + 1 && folded.text[tokens[last].end] == '-';
  if (hyphen) return folded.text[next.begin] >= '0' && folded.text[next.begin] <= '9';
  if (!only_spaces(folded.text, tokens[last].end, next.begin)) return false;
  if (folded.upper[next.begin]) return true;
  bool letter = false, digit = false;
  if (next.end - next.begin == 3 && std::all_of(folded.text.begin() + next.begin, folded.text.begin() + next.end,
                                                [](char c) { return c >= '0' && c <= '9'; }))
    return true;  // "Boeing 737", "Peugeot 307"; four digits would be a year
  for (std::size_t i = next.begin; i < next.end; ++i) {
    const char c = folded.text[i];
    letter = letter || (c >= 'a' && c <= 'z');
    digit = digit || (c >= '0' && c <= '9');
  }
  return letter && digit;  // "A320", "MU-2B-60"
}

// Capitalised words that make a listed company's name the name of one of its subsidiaries or
// divisions: "Havas France", "APTAR Pharma", "Stef Transport".
bool is_business_word(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t t) {
  static const std::unordered_set<std::string_view> words = {
      "pharma",         "transport",  "transports",  "technologies",    "technology",  "solutions",    "systems",
      "systemes",       "services",   "industries",  "industrie",       "energy",      "energies",     "energie",
      "capital",        "ventures",   "bio",         "therapeutics",    "robotics",    "consulting",   "finance",
      "bank",           "banque",     "assurance",   "assurances",      "immobilier",  "distribution", "logistique",
      "logistics",      "france",     "europe",      "international",   "group",       "holding",      "holdings",
      "geotechnique",   "ingenierie", "engineering", "digital",         "medical",     "healthcare",   "aerospace",
      "defense",        "defence",    "automotive",  "electronics",     "software",    "telecom",      "media",
      "studios",        "research",   "labs",        "investissements", "investments", "partners",     "gestion",
      "participations", "fret"};
  const Token& token = tokens[t];
  if (!token.word || !folded.upper[token.begin]) return false;
  const std::size_t gap_begin = tokens[t - 1].end;
  const bool hyphenated = token.begin == gap_begin + 1 && folded.text[gap_begin] == '-';  // "Airbus-Defence"
  if (!hyphenated && !only_spaces(folded.text, gap_begin, token.begin)) return false;
  return words.count(std::string_view(folded.text).substr(token.begin, token.end - token.begin)) != 0;
}

// ".com", ".fr" right after a name, glued to it and to nothing after.
bool web_domain_follows(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t last) {
  static const std::unordered_set<std::string_view> domains = {"com", "fr", "io", "net", "org",  "ai",
                                                               "co",  "eu", "de", "uk",  "tech", "app"};
  if (last + 2 >= tokens.size()) return false;
  const Token& dot = tokens[last + 1];
  const Token& domain = tokens[last + 2];
  if (dot.word || folded.text[dot.begin] != '.' || dot.begin != tokens[last].end || domain.begin != dot.end)
    return false;
  if (folded.upper[domain.begin]) return false;
  return domains.count(std::string_view(folded.text).substr(domain.begin, domain.end - domain.begin)) != 0;
}

// "une Mercedes", "d'un Airbus", "114 Airbus": a company's name counted like a thing is its
// product.
bool counted_as_product(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first) {
  if (first == 0) return false;
  const Token& before = tokens[first - 1];
  if (!only_spaces(folded.text, before.end, tokens[first].begin)) return false;
  const std::string_view word = std::string_view(folded.text).substr(before.begin, before.end - before.begin);
  if (word == "un" || word == "une") return !folded.upper[before.begin];
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) && word.size() <= 4 &&
         !(word.size() == 4 && (word[0] == '1' || word[0] == '2'));  // "2018 Airbus" is a year
}

bool is_generic_head(std::string_view text, const Token& token) {
  const std::string_view word = text.substr(token.begin, token.end - token.begin);
  return word == "groupe" || word == "group" || word == "editions" || word == "societe" || word == "compagnie";
}

}  // namespace

NameMatcher::NameMatcher(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const FirstNames> first_names)
    : gazetteer_(std::move(gazetteer)), first_names_(std::move(first_names)) {
  index_.build(gazetteer_->names());
}

NameMatcher::~NameMatcher() = default;

bool NameMatcher::verify(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t last, const Name& name) const {
  // The hash said yes; the bytes decide (a 64-bit collision is unlikely, not impossible).
  const std::string_view text = folded.text;
  std::size_t at = 0;
  for (std::size_t t = first; t <= last; ++t) {
    const std::string_view token = text.substr(tokens[t].begin, tokens[t].end - tokens[t].begin);
    if (t > first) {
      if (at >= name.key.size() || name.key[at] != ' ') return false;
      ++at;
    }
    if (name.key.compare(at, token.size(), token) != 0) return false;
    at += token.size();
  }
  if (at != name.key.size()) return false;
  if (name.case_pattern.empty()) return true;
  std::size_t p = 0;
  for (std::size_t t = first; t <= last; ++t) {
    if (!tokens[t].word) continue;
    for (std::uint32_t i = tokens[t].begin; i < tokens[t].end; ++i, ++p) {
      if (p >= name.case_pattern.size()) return false;
      const char want = name.case_pattern[p];
      if ((want == 'U' && !folded.upper[i]) || (want == 'l' && folded.upper[i])) return false;
    }
  }
  return p == name.case_pattern.size();
}

void NameMatcher::find(const normalise::Normalised& folded, MatchScratch& scratch, std::vector<NameMatch>& out) const {
  std::vector<Token>& tokens = scratch.tokens;
  tokenise(folded.text, tokens);
  const std::vector<Name>& names = gazetteer_->names();
  const std::size_t max_tokens = index_.max_tokens();
  const std::size_t n = tokens.size();

  for (std::size_t i = 0; i < n;) {
    std::uint64_t sequence = kSequenceSeed;
    std::int32_t best_name = NameIndex::kNoName;
    std::size_t best_last = 0;
    for (std::size_t j = i; j < n && j - i < max_tokens; ++j) {
      sequence = extend_sequence(sequence, tokens[j].hash);
      const bool may_be_name = index_.may_be_name(sequence);
      const bool may_continue = index_.may_continue(sequence);
      if (may_be_name) {
        const NameIndex::Slot* slot = index_.find(sequence);
        if (slot && verify(folded, tokens, i, j, names[slot->name])) {
          best_name = slot->name;
          best_last = j;
        }
      }
      if (!may_continue) break;
    }
    // "TripAdvisor.com", "Amazon.fr": a web domain is the company's name too.
    const bool domain = best_name != NameIndex::kNoName && web_domain_follows(folded, tokens, best_last);
    if (best_name == NameIndex::kNoName ||
        glued_to_longer_word(folded, tokens, i, domain ? best_last + 2 : best_last) ||
        (first_names_ && first_names_->precede(folded, tokens, i))) {
      ++i;
      continue;
    }
    NameMatch match;
    match.begin = tokens[i].begin;
    match.end = tokens[best_last].end;
    match.entry = names[best_name].entry;
    if (domain) {
      best_last += 2;
      match.end = tokens[best_last].end;
    }
    if (gazetteer_->entries()[match.entry].type == EntryType::company) {
      std::size_t last = best_last;
      while (last + 1 < n && last < best_last + 2 && is_business_word(folded, tokens, last + 1)) ++last;
      if (last > best_last) {
        match.subsidiary = true;
        best_last = last;
        match.end = tokens[last].end;
      }
      if (const std::size_t suffix_end = legal_suffix_end(folded, tokens, best_last + 1)) {
        match.end = suffix_end;
      } else if (part_of_longer_proper_noun(folded, tokens, best_last) ||
                 (best_last == i && counted_as_product(folded, tokens, i))) {
        ++i;
        continue;
      }
      // "le groupe PSA" names "PSA": a lower-case generic head stays outside the span even
      // when the gazetteer lists "Groupe PSA".
      if (best_last > i && !folded.upper[tokens[i].begin] && is_generic_head(folded.text, tokens[i]))
        match.begin = tokens[i + 1].begin;
    }
    out.push_back(match);
    i = best_last + 1;
  }
  find_patterns(folded, out);
}

void NameMatcher::find_patterns(const normalise::Normalised& folded, std::vector<NameMatch>& out) const {
  const std::shared_ptr<const re2::RE2>& any_pattern = gazetteer_->combined_pattern();
  if (!any_pattern) return;
  const re2::StringPiece text(folded.text);
  const auto& patterns = gazetteer_->patterns();
  re2::StringPiece match;
  std::size_t pos = 0;
  // One DFA pass finds where some pattern matches; only there do we ask which one.
  while (pos < text.size() && any_pattern->Match(text, pos, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
    const std::size_t begin = match.data() - text.data();
    const std::size_t end = begin + match.size();
    for (const Pattern& pattern : patterns) {
      re2::StringPiece own;
      if (pattern.regex->Match(text, begin, text.size(), re2::RE2::ANCHOR_START, &own, 1) &&
          own.size() == match.size()) {
        if (end > begin) out.push_back({begin, end, pattern.entry, MatchSource::pattern});
        break;
      }
    }
    pos = end > pos ? end : pos + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;  // next code point
  }
}

}  // namespace gazette::match
