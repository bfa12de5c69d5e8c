// Finds gazetteer names in folded text: longest match first at each token start, names
// verified against their key and case, legal forms taken into the span. Two producers: the
// gazetteers' names ("gazetteer") and their RE2 patterns ("pattern").
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "match/gazetteer.h"
#include "match/name_index.h"
#include "match/person_names.h"
#include "match/words.h"
#include "produce/producer.h"

namespace gazette::match {

struct NameMatch {
  std::size_t begin = 0, end = 0;  // folded offsets
  std::uint32_t entry = 0;         // into Gazetteer::entries()
  // The span is a listed company's name extended by a business word ("Havas France", "APTAR
  // Pharma"): a subsidiary the gazetteer does not list, named by its own surface.
  bool subsidiary = false;
};

class GazetteerNames : public produce::Producer {
 public:
  // `first_names`, when given, keeps surnames out: "Martine Orange" is not Orange.
  GazetteerNames(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const MatchWords> words,
                 std::shared_ptr<const FirstNames> first_names, produce::ProducerRegistry& registry);
  ~GazetteerNames() override;

  produce::TypeSet types() const override {
    return produce::TypeSet::of({produce::EntityType::company, produce::EntityType::lab});
  }
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;
  // The matches themselves, in text order.
  void find(const tokens::Text& text, std::vector<NameMatch>& out) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  bool verify(const tokens::Text& text, std::size_t first, std::size_t last, const Name& name) const;
  void drop_short_lab_aliases(const MatchWords& w, const normalise::Normalised& folded,
                              const std::vector<Token>& tokens, std::vector<NameMatch>& out) const;

  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const MatchWords> words_;
  std::shared_ptr<const FirstNames> first_names_;
  const NameLookup& lookup_;
  produce::ProducerId id_;
};

class GazetteerPatterns : public produce::Producer {
 public:
  GazetteerPatterns(std::shared_ptr<const Gazetteer> gazetteer, produce::ProducerRegistry& registry);
  ~GazetteerPatterns() override;

  produce::TypeSet types() const override {
    return produce::TypeSet::of({produce::EntityType::company, produce::EntityType::lab});
  }
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  produce::ProducerId id_;
};

}  // namespace gazette::match
