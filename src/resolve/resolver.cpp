#include "resolve/resolver.h"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <map>
#include <numeric>

namespace gazette::resolve {

std::vector<std::uint32_t> resolve_overlaps(const produce::CandidateSet& set,
                                            const produce::ProducerRegistry& producers) {
  const std::vector<produce::Candidate>& all = set.all();
  std::vector<std::uint32_t> order(all.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const produce::Candidate& a = all[x];
    const produce::Candidate& b = all[y];
    const std::uint32_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    const int ra = produce::info(a.type).rank, rb = produce::info(b.type).rank;
    if (ra != rb) return ra < rb;
    if (a.begin != b.begin) return a.begin < b.begin;
    const auto pa = producers[a.producer].precedence, pb = producers[b.producer].precedence;
    if (pa != pb) return pa > pb;
    return a.producer < b.producer;
  });
  // Accepted spans keyed by begin; they never overlap, so a neighbour check suffices.
  std::map<std::uint32_t, std::uint32_t> accepted;  // begin -> index
  for (const std::uint32_t i : order) {
    const produce::Candidate& c = all[i];
    assert(c.begin < c.end);
    auto next = accepted.lower_bound(c.begin);
    if (next != accepted.end() && next->first < c.end) continue;
    if (next != accepted.begin() && all[std::prev(next)->second].end > c.begin) continue;
    accepted.emplace(c.begin, i);
  }
  std::vector<std::uint32_t> winners;
  winners.reserve(accepted.size());
  for (const auto& [begin, index] : accepted) winners.push_back(index);
  return winners;
}

}  // namespace gazette::resolve
