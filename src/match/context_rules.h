// Companies and labs that no gazetteer lists, found from the words around them: "la start-up
// AcuSurgical", "Quandela SAS", "le laboratoire LIRMM", "UMR 5506", "GREYC (CNRS)". Each rule
// is a producer of its own: its records say "context:RULE", and it can be run, tested and
// measured alone (gazette eval --by-source).
//
// To add a rule: write it in one of the context_*_rules.cpp files, declare it in
// context_rule_support.h and give it a row in kContextRules (context_rules.cpp), with the
// words it starts from and the vetoes it applies.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/person_names.h"
#include "match/words.h"
#include "produce/producer.h"

namespace gazette::match {

// What keeps a rule's find out, besides names glued into a longer word (which no rule keeps).
enum Veto : unsigned {
  kAfterFirstName = 1u << 0,  // "Martine Orange", "M. Girard": a surname after a first name or an initial
  kIsFirstName = 1u << 1,     // "Manuel développe ...": a person
  kPersonShaped = 1u << 2,    // "le groupe Hervé de La Martinière": a first name and a surname
};

struct RuleInfo {
  std::string_view name;     // "company_noun": records say "context:company_noun"
  std::string_view example;  // one line, for the docs and `gazette rules`
  unsigned vetoes;
};

// Every rule, in the order they run.
const std::vector<RuleInfo>& context_rules();

class ContextRules : public produce::Producer {
 public:
  // Runs every rule, or only those named in `only` ("company_noun"), for tests and experiments.
  // Throws std::invalid_argument for a name no rule has.
  ContextRules(std::shared_ptr<const MatchWords> words, std::shared_ptr<const FirstNames> first_names,
               produce::ProducerRegistry& registry, const std::vector<std::string>& only = {});
  ~ContextRules() override;

  produce::TypeSet types() const override {
    return produce::TypeSet::of({produce::EntityType::company, produce::EntityType::lab});
  }
  // Reads the gazetteers' candidates already in `candidates` (bracketed acronyms, lists).
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;

 private:
  struct Plan;
  std::shared_ptr<const MatchWords> words_;
  std::shared_ptr<const FirstNames> first_names_;
  std::unique_ptr<const Plan> plan_;
};

}  // namespace gazette::match
