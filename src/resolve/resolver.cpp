#include "resolve/resolver.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace gazette::resolve {
namespace {

int rank(MentionType type) {
  switch (type) {
    case MentionType::money: return 0;
    case MentionType::lab: return 1;
    default: return 2;
  }
}

}  // namespace

std::vector<Candidate> resolve_overlaps(std::vector<Candidate>& candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (rank(a.type) != rank(b.type)) return rank(a.type) < rank(b.type);
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.payload < b.payload;
  });
  // Accepted spans keyed by begin; they never overlap, so a neighbour check suffices.
  std::map<std::size_t, Candidate> accepted;
  for (const Candidate& c : candidates) {
    if (c.end <= c.begin) continue;
    auto next = accepted.lower_bound(c.begin);
    if (next != accepted.end() && next->first < c.end) continue;
    if (next != accepted.begin() && std::prev(next)->second.end > c.begin) continue;
    accepted.emplace(c.begin, c);
  }
  std::vector<Candidate> winners;
  winners.reserve(accepted.size());
  for (auto& [begin, c] : accepted) winners.push_back(c);
  return winners;
}

}  // namespace gazette::resolve
