// What the context rules share: the document they read, how a rule reports a find, and the
// rules themselves. Internal to match/context_*.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <unordered_set>
#include <vector>

#include "match/context_rules.h"
#include "match/name_runs.h"

namespace gazette::match::context {

// Where the document speaks of something as a product: "la plateforme DIAGNOW", "GEENG a conçu
// DIAGNOW", "DIAGNOW, une plateforme web". Built once per document, on first need, so that a
// test costs two hash probes however long the document.
class ProductCues {
 public:
  bool names(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first,
             std::size_t last);

 private:
  void build(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens);

  bool built_ = false;
  std::unordered_set<std::uint64_t> first_tokens_;  // a name starting here follows a product noun
  std::unordered_set<std::uint64_t> last_tokens_;   // a name ending here is followed by ", une plateforme"
};

// One document as the rules see it, and the rule that is running.
struct RuleContext {
  RuleContext(const tokens::Text& text, const MatchWords& words, const FirstNames* names, produce::CandidateSet& found)
      : f(text.folded), tokens(text.tokens), w(words), first_names(names), out(found), first_context(found.size()) {}

  const normalise::Normalised& f;
  const std::vector<Token>& tokens;
  const MatchWords& w;
  const FirstNames* first_names;
  produce::CandidateSet& out;
  const std::size_t first_context;  // out.all()[0, first_context) are the gazetteers' finds
  ProductCues products;
  // The names the document calls a project someone else carries (carried_projects.h), sorted;
  // read when a rule first emits a company.
  std::optional<std::vector<std::uint64_t>> carried;
  // The words the document writes right after a capitalised word as the last of two ("Bud
  // Luckey"), sorted: named alone elsewhere ("Luckey a également conçu"), such a word is a
  // person's surname, as companies keep their first word ("Pixar Animation Studios", "Pixar").
  std::optional<std::vector<std::uint64_t>> surnames;

  // Set by the dispatcher before each rule runs.
  produce::ProducerId producer = 0;
  unsigned vetoes = 0;

  std::string_view text(const Token& t) const { return token_text(f, t); }

  // Reports tokens[first..last] (to folded offset `end` when not 0: a legal form after the
  // name), unless the running rule's vetoes keep it out.
  void emit(std::size_t first, std::size_t last, std::size_t end, produce::EntityType type);
};

// The rules. A token rule runs at each token that is one of its anchors; a document rule runs
// once, after the token rules.
void company_noun(RuleContext& r, std::size_t i);
void company_role(RuleContext& r, std::size_t i);
void standing_noun(RuleContext& r, std::size_t i);
void acquired(RuleContext& r, std::size_t i);
void company_last_word(RuleContext& r, std::size_t i);
void nationality_noun(RuleContext& r, std::size_t i);
void made_by(RuleContext& r, std::size_t i);
void lab_noun(RuleContext& r, std::size_t i);
void noun_after_name(RuleContext& r, std::size_t i);
void legal_form(RuleContext& r, std::size_t i);
void founded(RuleContext& r, std::size_t i);
void activity_verb(RuleContext& r, std::size_t i);
void named_head(RuleContext& r, std::size_t i);
void unit_number(RuleContext& r, std::size_t i);
void acronym_parent(RuleContext& r, std::size_t i);
void bracketed_acronym(RuleContext& r);
void list_member(RuleContext& r);
void repeated(RuleContext& r);

}  // namespace gazette::match::context
