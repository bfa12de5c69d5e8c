// Finds companies and labs that no gazetteer lists, from the words around them:
// "la start-up AcuSurgical", "le groupe PSA", "Quandela SAS", "le laboratoire LIRMM",
// "UMR 5506", "GREYC (CNRS)". A name found once this way is found again wherever the document
// repeats it with the same spelling.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "match/gazetteer.h"
#include "match/person_names.h"
#include "match/tokeniser.h"
#include "normalise/normaliser.h"

namespace gazette::match {

struct ContextMatch {
  std::size_t begin = 0, end = 0;  // folded offsets
  EntryType type = EntryType::company;
};

class ContextMatcher {
 public:
  // `first_names`, when given, keeps people out: "le groupe Hervé de La Martinière".
  explicit ContextMatcher(std::shared_ptr<const FirstNames> first_names = nullptr)
      : first_names_(std::move(first_names)) {}

  // `tokens` are the tokens of `folded` (as the name matcher made them); `known` are the
  // gazetteer's finds, whose bracketed acronyms ("Pakistan International Airlines (PIA)") are
  // learnt like context finds.
  void find(const normalise::Normalised& folded, const std::vector<Token>& tokens,
            const std::vector<ContextMatch>& known, std::vector<ContextMatch>& out) const;

 private:
  std::shared_ptr<const FirstNames> first_names_;
};

}  // namespace gazette::match
