#include "model/train/span_scores.h"

#include <fmt/format.h>

#include <set>
#include <tuple>

namespace gazette::model::train {

void SpanScores::add(const std::vector<FoldedName>& gold, const std::vector<KnownSpan>& found) {
  std::set<std::tuple<std::uint32_t, std::uint32_t, int>> wanted, matched;
  std::set<std::pair<std::uint32_t, std::uint32_t>> optional;
  for (const FoldedName& g : gold) {
    if (g.optional)
      optional.insert({g.begin, g.end});
    else
      wanted.insert({g.begin, g.end, static_cast<int>(g.type)});
  }
  for (const KnownSpan& f : found) {
    const auto key = std::make_tuple(f.begin, f.end, static_cast<int>(f.type));
    if (wanted.count(key)) {
      if (matched.insert(key).second) ++by_type[static_cast<int>(f.type)].tp;
    } else if (!optional.count({f.begin, f.end})) {
      ++by_type[static_cast<int>(f.type)].fp;
    }
  }
  for (const auto& w : wanted)
    if (!matched.count(w)) ++by_type[std::get<2>(w)].fn;
}

std::string SpanScores::line(const std::string& name) const {
  const Counts& c = by_type[static_cast<int>(Label::company)];
  const Counts& l = by_type[static_cast<int>(Label::lab)];
  return fmt::format("{:<28} COMPANY {:.3f} / {:.3f} / {:.3f}   LAB {:.3f} / {:.3f} / {:.3f}\n", name, c.precision(),
                     c.recall(), c.f1(), l.precision(), l.recall(), l.f1());
}

}  // namespace gazette::model::train
