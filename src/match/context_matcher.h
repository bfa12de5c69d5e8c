// Finds companies and labs that no gazetteer lists, from the words around them:
// "la start-up AcuSurgical", "le groupe PSA", "Quandela SAS", "le laboratoire LIRMM",
// "UMR 5506", "GREYC (CNRS)". A name found once this way is found again wherever the document
// repeats it with the same spelling.
#pragma once
#include <string>
#include <vector>

#include "match/gazetteer.h"
#include "match/tokeniser.h"
#include "normalise/normaliser.h"

namespace gazette::match {

struct ContextMatch {
  std::size_t begin = 0, end = 0;  // folded offsets
  EntryType type = EntryType::company;
};

class ContextMatcher {
 public:
  // `tokens` are the tokens of `folded` (as the name matcher made them).
  void find(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::vector<ContextMatch>& out) const;
};

}  // namespace gazette::match
