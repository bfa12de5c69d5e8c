// `extract --fuzzy`: one-word gazetteer names written a letter or two wrong (`NVvidia` for
// Nvidia), found by the policy `gazette check` reports misspellings by (match/misspellings.h).
// Its candidates name the gazetteer entry and carry the edit distance; records show them with
// `"match": "fuzzy"`. It runs after the gazetteer names and patterns, whose finds it needs: a
// word inside a listed name is never a misspelling, and a name the document writes right makes a
// near word of it a misspelling.
#pragma once
#include <memory>

#include "match/approximate_names.h"
#include "match/gazetteer.h"
#include "match/misspellings.h"
#include "produce/producer.h"

namespace gazette::match {

class FuzzyNames : public produce::Producer {
 public:
  FuzzyNames(std::shared_ptr<const Gazetteer> gazetteer, produce::ProducerRegistry& registry);

  produce::TypeSet types() const override {
    return produce::TypeSet::of({produce::EntityType::company, produce::EntityType::lab});
  }
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  ApproximateNames names_;  // targets are entry indexes
  MisspellingWords words_;
  MisspellingFinder finder_;
  produce::ProducerId id_;
};

}  // namespace gazette::match
