#include "match/name_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "match/acronym_definitions.h"
#include "match/legal_suffix.h"
#include "match/name_runs.h"
#include "match/product_use.h"
#include "match/word_glue.h"

namespace gazette::match {

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
bool is_business_word(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                      std::size_t t) {
  const Token& token = tokens[t];
  if (!token.word || !folded.upper[token.begin]) return false;
  const std::size_t gap_begin = tokens[t - 1].end;
  const bool hyphenated = token.begin == gap_begin + 1 && folded.text[gap_begin] == '-';  // "Airbus-Defence"
  if (!hyphenated && !only_spaces(folded.text, gap_begin, token.begin)) return false;
  return w.business_words.contains(folded.text, token);
}

// ".com", ".fr" right after a name, glued to it and to nothing after.
bool web_domain_follows(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                        std::size_t last) {
  if (last + 2 >= tokens.size()) return false;
  const Token& dot = tokens[last + 1];
  const Token& domain = tokens[last + 2];
  if (dot.word || folded.text[dot.begin] != '.' || dot.begin != tokens[last].end || domain.begin != dot.end)
    return false;
  if (folded.upper[domain.begin]) return false;
  return w.web_domains.contains(folded.text, domain);
}

// "au format Sprint", "l'épreuve Ironman": a one-word name right after a noun of a kind
// (kind-nouns.txt), with no article between, names that kind of thing.
bool named_as_a_kind(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                     std::size_t i) {
  if (i == 0) return false;
  const Token& noun = tokens[i - 1];
  return noun.word && !folded.upper[noun.begin] && only_spaces(folded.text, noun.end, tokens[i].begin) &&
         w.kind_nouns.contains(folded.text, noun);
}

// "le comté d'Orange", "les habitants d'Orange", "l'entrée d'Orange centre, Orange sud": a one-word
// name after a place noun (place-nouns.txt) and "de", or before a compass point in lower case,
// names a place. (Not a place noun right before it: "la gare SNCF" is the company's station.)
bool named_as_a_place(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                      std::size_t i) {
  const auto text = [&](std::size_t t) { return token_text(folded, tokens[t]); };
  if (i >= 2 && (text(i - 1) == "de" || text(i - 1) == "d") && !folded.upper[tokens[i - 2].begin] &&
      w.place_nouns.contains(folded.text, tokens[i - 2]))
    return true;
  if (i + 1 >= tokens.size() || folded.upper[tokens[i + 1].begin] ||
      !only_spaces(folded.text, tokens[i].end, tokens[i + 1].begin))
    return false;
  const std::string_view next = text(i + 1);
  // "est" is the verb more often than the point: "Orange est un opérateur".
  return next == "nord" || next == "sud" || next == "ouest" || next == "centre";
}

// "Louis Dreyfus, président du directoire": a name that starts with a first name and is followed
// by what a person is (person-roles.txt) is a person's, whatever company the gazetteer lists
// under it.
bool person_with_role(const MatchWords& w, const FirstNames* first_names, const normalise::Normalised& folded,
                      const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  if (!first_names || last == first || last + 2 >= tokens.size() || !first_names->contains(tokens[first])) return false;
  const Token& comma = tokens[last + 1];
  return !comma.word && folded.text[comma.begin] == ',' && !folded.upper[tokens[last + 2].begin] &&
         w.person_roles.contains(folded.text, tokens[last + 2]);
}

// Whether the bytes [begin, end) between two tokens hold a blank line.
bool paragraph_break(std::string_view text, std::size_t begin, std::size_t end) {
  int breaks = 0;
  for (std::size_t p = begin; p < end; ++p) breaks += text[p] == '\n';
  return breaks >= 2;
}

// "le laboratoire TIMC" names "TIMC", as "le laboratoire LIRMM" does, even when the gazetteer
// lists "laboratoire TIMC": a lower-case lab noun before an acronym is an apposition. A head
// that names ("laboratoire national de Los Alamos", "institut FEMTO-ST") stays.
bool lab_head_before_acronym(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                             std::size_t head, std::size_t last) {
  if (folded.upper[tokens[head].begin]) return false;
  const auto* trigger = w.triggers.find(tokens::extend_sequence(tokens::kSequenceSeed, tokens[head].hash));
  if (!trigger || !trigger->complete || trigger->value.type != produce::EntityType::lab) return false;
  for (std::size_t t = head + 1; t <= last; ++t)
    for (std::uint32_t b = tokens[t].begin; b < tokens[t].end; ++b)
      if (folded.text[b] >= 'a' && folded.text[b] <= 'z' && !folded.upper[b]) return false;
  return true;
}

}  // namespace

GazetteerNames::GazetteerNames(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const MatchWords> words,
                               std::shared_ptr<const FirstNames> first_names, produce::ProducerRegistry& registry)
    : gazetteer_(std::move(gazetteer)),
      words_(std::move(words)),
      first_names_(std::move(first_names)),
      lookup_(gazetteer_->lookup()),
      id_(registry.add("gazetteer", produce::Precedence::gazetteer)) {}

GazetteerNames::~GazetteerNames() = default;

bool GazetteerNames::verify(const tokens::Text& text, std::size_t first, std::size_t last, const Name& name) const {
  // The hash said yes; the bytes decide (a 64-bit collision is unlikely, not impossible).
  const std::vector<Token>& tokens = text.tokens;
  std::size_t at = 0;
  for (std::size_t t = first; t <= last; ++t) {
    const std::string_view token = text.token_text(tokens[t]);
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
      if ((want == 'U' && !text.folded.upper[i]) || (want == 'l' && text.folded.upper[i])) return false;
    }
  }
  return p == name.case_pattern.size();
}

void GazetteerNames::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  std::vector<NameMatch> matches;
  find(text, matches);
  for (const NameMatch& m : matches) {
    produce::Candidate c;
    c.begin = static_cast<std::uint32_t>(m.begin);
    c.end = static_cast<std::uint32_t>(m.end);
    c.type = gazetteer_->entry(m.entry).type;
    c.producer = id_;
    // A subsidiary is named by its own surface, not by its parent's canonical and ids.
    c.entry = m.subsidiary ? produce::Candidate::kNone : m.entry;
    candidates.add(c);
  }
}

// "la CDC" of a bank's deal is the Caisse des dépôts, not the unit "Biologie cellulaire et
// Cancer" the research registers (RNSR, ROR) know as CDC: a registered lab found by an acronym of
// two or three letters that is not its usual name (its canonical) is that lab only in a document
// that speaks of research (research-cues.txt). "le CEA", "l'ESA", whose acronym is their name,
// need no such word.
void GazetteerNames::drop_short_lab_aliases(const MatchWords& w, const normalise::Normalised& folded,
                                            const std::vector<Token>& tokens, std::vector<NameMatch>& out) const {
  std::optional<bool> research;
  std::size_t t = 0;  // matches come in text order
  const auto keep = [&](const NameMatch& m) {
    const Entry entry = gazetteer_->entry(m.entry);
    const std::size_t length = m.end - m.begin;
    if (entry.type != produce::EntityType::lab || length < 2 || length > 3) return true;
    // Only the registers' acronyms (RNSR, ROR): a user's list means what it says.
    if (entry.ids.find("rnsr:") == std::string_view::npos && entry.ids.find("ror:") == std::string_view::npos)
      return true;
    while (t < tokens.size() && tokens[t].begin < m.begin) ++t;
    if (t >= tokens.size() || tokens[t].begin != m.begin || tokens[t].end != m.end) return true;
    for (std::uint32_t b = m.begin; b < m.end; ++b)
      if (!folded.upper[b]) return true;
    if (entry.canonical.size() == length) {
      bool same = true;
      for (std::size_t k = 0; k < length && same; ++k)
        same =
            static_cast<char>(std::tolower(static_cast<unsigned char>(entry.canonical[k]))) == folded.text[m.begin + k];
      if (same) return true;
    }
    if (!research) {
      research = false;
      for (const Token& token : tokens)
        if (token.word && w.research_cues.contains(folded.text, token)) {
          research = true;
          break;
        }
    }
    return *research;
  };
  out.erase(std::remove_if(out.begin(), out.end(), [&](const NameMatch& m) { return !keep(m); }), out.end());
}

void GazetteerNames::find(const tokens::Text& text, std::vector<NameMatch>& out) const {
  const normalise::Normalised& folded = text.folded;
  const std::vector<Token>& tokens = text.tokens;
  const MatchWords& w = *words_;
  const std::size_t max_tokens = lookup_.max_tokens();
  const std::size_t n = tokens.size();

  for (std::size_t i = 0; i < n;) {
    std::uint64_t sequence = tokens::kSequenceSeed;
    std::int32_t best_name = NameIndex::kNoName;
    std::uint32_t best_entry = 0;
    std::size_t best_last = 0;
    for (std::size_t j = i; j < n && j - i < max_tokens; ++j) {
      // A title line and the text after it ("l'équipe de France\n\n3 septembre") are no one
      // name; a line wrapped inside a paragraph may be.
      if (j > i && tokens[j].begin > tokens[j - 1].end + 1 &&
          paragraph_break(folded.text, tokens[j - 1].end, tokens[j].begin))
        break;
      sequence = tokens::extend_sequence(sequence, tokens[j].hash);
      bool continues = false;
      const std::int32_t found = lookup_.find(sequence, continues);
      if (found != NameIndex::kNoName) {
        // Decoded once, here: an image's name is read from its record.
        const Name name = gazetteer_->name(static_cast<std::uint32_t>(found));
        if (verify(text, i, j, name)) {
          best_name = found;
          best_entry = name.entry;
          best_last = j;
        }
      }
      if (!continues) break;
    }
    // "TripAdvisor.com", "Amazon.fr": a web domain is the company's name too.
    const bool domain = best_name != NameIndex::kNoName && web_domain_follows(w, folded, tokens, best_last);
    if (best_name == NameIndex::kNoName ||
        glued_to_longer_word(w, folded, tokens, i, domain ? best_last + 2 : best_last) ||
        (first_names_ && first_names_->precede(folded, tokens, i)) ||
        person_with_role(w, first_names_.get(), folded, tokens, i, best_last)) {
      ++i;
      continue;
    }
    NameMatch match;
    match.begin = tokens[i].begin;
    match.end = tokens[best_last].end;
    match.entry = best_entry;
    if (domain) {
      best_last += 2;
      match.end = tokens[best_last].end;
    }
    if (gazetteer_->entry(match.entry).type == produce::EntityType::company) {
      std::size_t last = best_last;
      while (last + 1 < n && last < best_last + 2 && is_business_word(w, folded, tokens, last + 1)) ++last;
      if (last > best_last) {
        match.subsidiary = true;
        best_last = last;
        match.end = tokens[last].end;
      }
      if (const std::size_t suffix_end = legal_suffix_end(w, folded, tokens, best_last + 1)) {
        match.end = suffix_end;
      } else if (part_of_longer_proper_noun(folded, tokens, best_last) ||
                 (best_last == i && (counted_as_product(folded, tokens, i) || named_as_a_kind(w, folded, tokens, i) ||
                                     named_as_a_place(w, folded, tokens, i)))) {
        ++i;
        continue;
      }
      // "le groupe PSA" names "PSA": a lower-case generic head stays outside the span even
      // when the gazetteer lists "Groupe PSA".
      if (best_last > i && !folded.upper[tokens[i].begin] && w.generic_heads.contains(folded.text, tokens[i]))
        match.begin = tokens[i + 1].begin;
    } else if (best_last > i && lab_head_before_acronym(w, folded, tokens, i, best_last)) {
      match.begin = tokens[i + 1].begin;
    }
    out.push_back(match);
    i = best_last + 1;
  }
  drop_redefined_acronyms(text, w, out);
  drop_short_lab_aliases(w, folded, tokens, out);
}

GazetteerPatterns::GazetteerPatterns(std::shared_ptr<const Gazetteer> gazetteer, produce::ProducerRegistry& registry)
    : gazetteer_(std::move(gazetteer)), id_(registry.add("pattern", produce::Precedence::pattern)) {}

GazetteerPatterns::~GazetteerPatterns() = default;

void GazetteerPatterns::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  const std::shared_ptr<const re2::RE2>& any_pattern = gazetteer_->combined_pattern();
  if (!any_pattern) return;
  const re2::StringPiece folded(text.folded.text);
  const auto& patterns = gazetteer_->patterns();
  re2::StringPiece match;
  std::size_t pos = 0;
  // One DFA pass finds where some pattern matches; only there do we ask which one.
  while (pos < folded.size() && any_pattern->Match(folded, pos, folded.size(), re2::RE2::UNANCHORED, &match, 1)) {
    const std::size_t begin = match.data() - folded.data();
    const std::size_t end = begin + match.size();
    for (const Pattern& pattern : patterns) {
      re2::StringPiece own;
      if (pattern.regex->Match(folded, begin, folded.size(), re2::RE2::ANCHOR_START, &own, 1) &&
          own.size() == match.size()) {
        if (end > begin) {
          produce::Candidate c;
          c.begin = static_cast<std::uint32_t>(begin);
          c.end = static_cast<std::uint32_t>(end);
          c.type = gazetteer_->entry(pattern.entry).type;
          c.producer = id_;
          c.entry = pattern.entry;
          c.own_canonical = true;
          candidates.add(c);
        }
        break;
      }
    }
    pos = end > pos ? end : pos + 1;
    while (pos < folded.size() && (static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80) ++pos;  // next code point
  }
}

}  // namespace gazette::match
