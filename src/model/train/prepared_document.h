// A training document as the runtime sees it: folded, tokenised, with the spans the gazetteer
// and the context rules find (the model's evidence, and the rules' own output to compare
// against), and its gold names moved to folded offsets.
#pragma once
#include <memory>
#include <vector>

#include "match/context_rules.h"
#include "match/name_matcher.h"
#include "model/model_types.h"
#include "model/train/annotated_corpus.h"
#include "normalise/normaliser.h"
#include "produce/producer.h"

namespace gazette::model::train {

struct FoldedName {
  std::uint32_t begin = 0, end = 0;  // folded offsets
  Label type = Label::none;
  bool optional = false;
};

struct PreparedDocument {
  std::string id;
  normalise::Normalised folded;
  std::vector<Token> tokens;
  std::vector<KnownSpan> known;  // every find of the gazetteer and the context rules
  std::vector<KnownSpan> rules;  // the same after overlaps are resolved, as gazette reports them
  std::vector<FoldedName> gold;
};

// Runs the shipped gazetteers and context rules, as the extractor does.
class RuleRunner {
 public:
  explicit RuleRunner(std::shared_ptr<const match::FirstNames> first_names);
  void run(const normalise::Normalised& folded, std::vector<Token>& tokens, std::vector<KnownSpan>& known,
           std::vector<KnownSpan>& resolved) const;
  const match::MatchWords& words() const { return *words_; }

 private:
  std::shared_ptr<const match::MatchWords> words_;
  std::shared_ptr<const match::Gazetteer> gazetteer_;
  produce::ProducerRegistry registry_;
  std::unique_ptr<match::GazetteerNames> names_;
  std::unique_ptr<match::GazetteerPatterns> patterns_;
  std::unique_ptr<match::ContextRules> context_;
};

PreparedDocument prepare(const AnnotatedDocument& doc, const RuleRunner& rules);

}  // namespace gazette::model::train
