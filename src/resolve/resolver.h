// One mention per span of text. Candidates from every matcher compete: the longest span wins;
// on equal length MONEY beats LAB beats COMPANY (an amount is checked by a grammar, and a lab's
// name often contains a company-like word: "Institut Pasteur"); then the earliest, then the
// lower payload (producers number their candidates so that the gazetteer beats context rules).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "resolve/mention.h"

namespace gazette::resolve {

struct Candidate {
  std::size_t begin = 0, end = 0;  // folded offsets
  MentionType type = MentionType::company;
  std::uint32_t payload = 0;  // index into the producing matcher's own results
};

// Returns the winners, sorted by position. `candidates` is reordered.
std::vector<Candidate> resolve_overlaps(std::vector<Candidate>& candidates);

}  // namespace gazette::resolve
