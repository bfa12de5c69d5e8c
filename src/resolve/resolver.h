// One mention per span of text. Every producer's candidates compete, by this policy:
//   1. the longest span (in folded bytes) wins: "Institut Pasteur de Lille" over "Pasteur";
//   2. between equal lengths, the type's rank (produce/entity_type.h): MONEY, then LAB, then
//      COMPANY -- an amount is checked by a grammar, a lab's name often holds a company-like word;
//   3. then the earlier span;
//   4. then the producer's precedence (gazetteer, pattern, context rule, model);
//   5. then the producer registered first, then the candidate added first.
// A candidate that overlaps one already accepted is dropped; the winners never overlap.
#pragma once
#include <vector>

#include "produce/candidate.h"
#include "produce/producer.h"

namespace gazette::resolve {

// Returns the indexes into `candidates.all()` of the winners, sorted by position.
std::vector<std::uint32_t> resolve_overlaps(const produce::CandidateSet& candidates,
                                            const produce::ProducerRegistry& producers);

}  // namespace gazette::resolve
