// One decision per surface and document ("one sense per discourse"): the mentions of a
// candidate with the same folded tokens form a unit, whose features are the surface's own,
// the average of its mentions' surroundings, and document-level counts. A start-up named
// fifteen times, once after "la start-up", gets that trigger at all fifteen.
#pragma once
#include <cstdint>
#include <vector>

#include "model/candidates.h"
#include "model/document_view.h"
#include "model/feature_hash.h"

namespace gazette::model {

struct Unit {
  std::uint64_t key = 0;                // hash of the folded token sequence
  std::vector<std::uint32_t> mentions;  // indices into the candidates, in document order
  WeightedFeatures features;            // sorted by hash, each hash once
};

// Groups `candidates` into units (in order of first mention) and computes their features.
// With `only_free`, units whose every mention overlaps another producer's find are left out:
// the model would decide nothing for them (training keeps them: they still teach).
void build_units(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, std::vector<Unit>& units,
                 bool only_free = false);

}  // namespace gazette::model
