// Strict precision, recall and F1 per type over spans in folded offsets, as `gazette eval`
// counts them: same extent and type; a find with the extent of an OPTIONAL gold name counts
// neither way.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "model/model_types.h"
#include "model/train/prepared_document.h"

namespace gazette::model::train {

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SpanScores {
  std::array<Counts, kLabels> by_type;  // [company], [lab]
  void add(const std::vector<FoldedName>& gold, const std::vector<KnownSpan>& found);
  std::string line(const std::string& name) const;  // "name  COMPANY P/R/F1  LAB P/R/F1"
};

}  // namespace gazette::model::train
