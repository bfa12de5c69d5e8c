// The rules that find labs: a head noun that is part of the name, a unit's number, an acronym
// before its parent organisation.
#include <algorithm>

#include "match/context_rule_support.h"

namespace gazette::match::context {
namespace {

using produce::EntityType;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "au laboratoire des Sciences Végétales et Fongiques", "le laboratoire de Physique
// Théorique": in lower case the head is part of the name only when capitalised words of a
// field follow it -- after "des", or two or more of them -- not a person's ("le laboratoire de
// Jean Plouët", "du Dr Virolle") nor a town's ("le laboratoire de Lille").
void lower_case_laboratory(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (i + 2 >= tokens.size()) return;
  const std::string_view de = r.text(tokens[i + 1]);
  const bool plural = de == "des";
  if (!plural && de != "de" && de != "du" && de != "d") return;
  const Token& first = tokens[i + 2];
  const std::string_view name = r.text(first);
  const bool title = name == "dr" || name == "pr" || name == "professeur" || name == "docteur";
  if (!first.word || !f.upper[first.begin] || title || is_acronym_like(f, first) ||
      r.w.not_names.contains(f.text, first) || (r.first_names && r.first_names->contains(first)))
    return;
  const std::size_t last = titled_run(r.w, f, tokens, i + 1);
  if (last == kNone) return;
  std::size_t capitalised = 0;
  for (std::size_t t = i + 2; t <= last; ++t) capitalised += tokens[t].word && f.upper[tokens[t].begin];
  if (plural || capitalised >= 2) r.emit(i, last, 0, EntityType::lab);
}

}  // namespace

// "Institut FEMTO-ST", "l'institut Curie", "Laboratoire Hubert Curien": the head is part of the
// lab's name ("le Laboratoire IREMIA", "le Laboratoire LaTEP" name IREMIA and LaTEP: before an
// acronym the head is a generic apposition, read by lab_noun).
void named_head(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::string_view word = r.text(tokens[i]);
  const bool institute = word == "institut";
  const bool laboratory = word == "laboratoire" && f.upper[tokens[i].begin] &&
                          (i + 1 >= tokens.size() || !is_acronym_like(f, tokens[i + 1]));
  if (institute || laboratory) {
    const std::size_t last = titled_run(r.w, f, tokens, i + 1);
    if (last != kNone) r.emit(i, last, 0, EntityType::lab);
    return;
  }
  if (word == "laboratoire") lower_case_laboratory(r, i);
}

// "UMR 5506", "UMR-S 1234", "EA 4360": a research unit named by its code and number
// (unit-codes.txt). In "UMR CNRS 5130" the parent's name stands between them and is a mention of
// its own.
void unit_number(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (!r.w.unit_codes.contains(f.text, tokens[i]) || !f.upper[tokens[i].begin] || !f.upper[tokens[i].end - 1]) return;
  const std::size_t n = tokens.size();
  std::size_t t = i + 1;
  if (t < n && r.text(tokens[t]) == "s" && hyphen_joined(f, tokens[i], tokens[t])) ++t;
  if (t < n && all_digits(r.text(tokens[t])) && r.text(tokens[t]).size() >= 3 &&
      spaces_only(f, tokens[t - 1].end, tokens[t].begin))
    r.emit(i, t, 0, EntityType::lab);
}

// "GREYC (CNRS ...)", "LIRMM (UMR 5506)", "LEPES/unité propre CNRS": an acronym right before
// a bracketed or slashed parent is a lab.
void acronym_parent(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (tokens[i].word) return;
  const char c = f.text[tokens[i].begin];
  if ((c != '(' && c != '/') || i == 0 || i + 1 >= tokens.size() || !is_acronym(f, tokens[i - 1]) ||
      r.w.lab_parents.contains(f.text, tokens[i - 1]))
    return;
  const std::string_view next = r.text(tokens[i + 1]);
  // After a slash only a unit's kind counts: "INPT/CNRS" joins a school to its parent.
  const bool parent =
      c == '(' ? r.w.lab_parents.contains(f.text, tokens[i + 1]) : next == "unite" || next == "equipe" || next == "umr";
  if (c == '/' && tokens[i].begin != tokens[i - 1].end) return;  // "LEPES/unité", glued
  if (parent) r.emit(acronym_start(f, tokens, i - 1), i - 1, 0, EntityType::lab);
}

}  // namespace gazette::match::context
