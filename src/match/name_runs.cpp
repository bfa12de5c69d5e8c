#include "match/name_runs.h"

#include <algorithm>

namespace gazette::match {
namespace {

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }

}  // namespace

bool ends_accented(const normalise::Normalised& f, const Token& t) {
  return t.end > t.begin && f.origin[t.end] - f.origin[t.end - 1] > 1;
}

bool has_upper(const normalise::Normalised& f, const Token& t) {
  for (std::uint32_t i = t.begin; i < t.end; ++i)
    if (f.upper[i]) return true;
  return false;
}

// All letters upper case, at least two of them: "LIRMM", "C2N", "FEMTO".
bool is_acronym(const normalise::Normalised& f, const Token& t) {
  if (!t.word) return false;
  std::size_t letters = 0;
  for (std::uint32_t i = t.begin; i < t.end; ++i) {
    if (!is_letter_byte(static_cast<unsigned char>(f.text[i]))) continue;
    if (!f.upper[i]) return false;
    ++letters;
  }
  return letters >= 2 || (letters >= 1 && t.end - t.begin >= 2);
}

bool is_acronym_like(const normalise::Normalised& f, const Token& t) {
  if (is_acronym(f, t)) return true;
  if (!t.word || !f.upper[t.begin]) return false;
  std::size_t upper = 0, lower = 0;
  for (std::uint32_t i = t.begin; i < t.end; ++i) {
    if (!is_letter_byte(static_cast<unsigned char>(f.text[i]))) continue;
    ++(f.upper[i] ? upper : lower);
  }
  return upper >= 3 && upper > lower;
}

// A capitalised word that can be part of a name: not a function word, a month, a sector noun,
// nor a lone letter ("C" of "C'est").
bool is_name_word(const MatchWords& w, const normalise::Normalised& f, const Token& t) {
  return t.word && t.end - t.begin >= 2 && has_upper(f, t) && !w.not_names.contains(f.text, t);
}

// Tokens joined without space by a hyphen ("FEMTO-ST", "IMEP-LAHC") form one name.
bool hyphen_joined(const normalise::Normalised& f, const Token& a, const Token& b) {
  return b.begin == a.end + 1 && f.text[a.end] == '-';
}

bool apostrophe_joined(const normalise::Normalised& f, const Token& a, const Token& b) {
  return b.begin == a.end + 1 && f.text[a.end] == '\'';
}

bool spaces_only(const normalise::Normalised& f, std::size_t begin, std::size_t end) {
  return only_spaces(f.text, begin, end);
}

bool name_joined(const normalise::Normalised& f, const Token& a, const Token& b) {
  return spaces_only(f, a.end, b.begin) || hyphen_joined(f, a, b);
}

std::size_t name_start(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                       std::size_t last) {
  std::size_t first = last;
  while (first > 0 && last - first + 1 < kMaxNameWords && is_name_word(w, f, tokens[first - 1]) &&
         name_joined(f, tokens[first - 1], tokens[first]))
    --first;
  return first;
}

std::size_t capitalised_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                            std::size_t first) {
  if (first >= tokens.size()) return kNone;
  // Lower-case names with a digit ("nav4you") are names too, never ordinary words.
  const std::string_view text = token_text(f, tokens[first]);
  const bool digit_name = tokens[first].word && text.size() >= 3 &&
                          std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                          std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!is_name_word(w, f, tokens[first]) && !digit_name) return kNone;
  std::size_t last = first;
  std::size_t words = 1;
  for (std::size_t t = first + 1; t < tokens.size() && words < kMaxNameWords; ++t) {
    if (!name_joined(f, tokens[t - 1], tokens[t])) break;
    if (tokens[t].word && has_upper(f, tokens[t])) {
      last = t;
      ++words;
    } else if (token_text(f, tokens[t]) == "&" && t + 1 < tokens.size() && is_name_word(w, f, tokens[t + 1])) {
      continue;
    } else if (tokens[t].word && hyphen_joined(f, tokens[t - 1], tokens[t])) {
      last = t;  // "Siemens-gamesa" style lower-case continuation of a hyphenated name
    } else {
      break;
    }
  }
  return last;
}

// The last token of a name that follows a head noun: capitalised words, possibly joined by
// "de", "du", "des", "d'", "et" ("Institut de Recherche et Développement"), at most 8 words.
std::size_t titled_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                       std::size_t first) {
  std::size_t last = kNone;
  std::size_t t = first;
  bool seen_et = false, seen_de = false;
  for (std::size_t words = 0; t < tokens.size() && words < 10; ++t, ++words) {
    if (t > first && !name_joined(f, tokens[t - 1], tokens[t]) && !apostrophe_joined(f, tokens[t - 1], tokens[t]))
      break;
    const std::string_view text = token_text(f, tokens[t]);
    if (w.not_lab_institutes.contains(f.text, tokens[t])) return kNone;
    // "et" joins the words of a descriptive name ("Institut de Recherche et Développement"),
    // not a name and the next one ("Institut Curie et Argobio").
    if (text == "et") {
      if (seen_et || !seen_de) break;
      seen_et = true;
    }
    if (text == "de" || text == "du" || text == "des" || text == "d") seen_de = true;
    // "... de l'Université de Grenoble", "... du CEA": the name of a parent, not of the lab.
    const bool parent_follows = w.name_connectors.contains(f.text, tokens[t]) && t + 1 < tokens.size() &&
                                (is_acronym(f, tokens[t + 1]) || w.parent_institutions.contains(f.text, tokens[t + 1]));
    if (parent_follows) break;
    if (tokens[t].word && has_upper(f, tokens[t]) && !w.not_names.contains(f.text, tokens[t])) {
      last = t;
    } else if (tokens[t].word && last == t - 1 && t > first && hyphen_joined(f, tokens[t - 1], tokens[t])) {
      last = t;  // "Micro-électronique"
    } else if (!(tokens[t].word && !f.upper[tokens[t].begin] && w.name_connectors.contains(f.text, tokens[t]) &&
                 last != kNone) &&
               !(t == first && w.name_connectors.contains(f.text, tokens[t]) && !f.upper[tokens[t].begin])) {
      break;
    }
  }
  return last;
}

std::size_t acronym_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                        std::size_t first) {
  // "le laboratoire UMR 5506": a unit's kind, not its name (the UMR rule reads the number).
  if (first >= tokens.size() || !is_acronym_like(f, tokens[first]) || w.unit_kinds.contains(f.text, tokens[first]))
    return kNone;
  // Engineering schools: "ENSAIT", "ENSAM" (every "ENS..." is one), "INSA", "IUT".
  const std::string_view word = token_text(f, tokens[first]);
  if (word.substr(0, 3) == "ens" || w.school_acronyms.contains(word)) return kNone;
  std::size_t last = first;
  while (last + 1 < tokens.size() && hyphen_joined(f, tokens[last], tokens[last + 1]) &&
         is_acronym_like(f, tokens[last + 1]))
    ++last;
  return last;
}

// The first token of an acronym run ending at `last`, walking back over hyphens.
std::size_t acronym_start(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t last) {
  std::size_t first = last;
  while (first > 0 && hyphen_joined(f, tokens[first - 1], tokens[first]) && is_acronym(f, tokens[first - 1])) --first;
  return first;
}

const Trigger* trigger_at(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                          std::size_t i, std::size_t& after) {
  const tokens::PhraseTable<Trigger>& table = w.triggers;
  if (!table.may_start(tokens[i].hash)) return nullptr;
  const Trigger* trigger = nullptr;
  std::uint64_t sequence = tokens::kSequenceSeed;
  for (std::size_t j = i; j < tokens.size() && j < i + 3; ++j) {
    if (j > i && (!tokens[j].word || f.upper[tokens[j].begin])) break;
    sequence = tokens::extend_sequence(sequence, tokens[j].hash);
    const auto* node = table.find(sequence);
    if (!node) break;
    if (node->complete) {
      trigger = &node->value;
      after = j + 1;
    }
    if (!node->has_longer) break;
  }
  return trigger;
}

}  // namespace gazette::match
