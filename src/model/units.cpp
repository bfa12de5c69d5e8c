#include "model/units.h"

#include <algorithm>

#include "model/cue_features.h"
#include "model/span_features.h"

namespace gazette::model {

void build_units(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, std::vector<Unit>& units,
                 bool only_free) {
  const auto& tokens = doc.tokens();
  // Buffers kept from one document to the next on each thread.
  struct Buffers {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> groups;
    std::vector<std::uint64_t> words;
    std::vector<std::uint8_t> lower;
    FeatureList whole, each, cues;
  };
  thread_local Buffers buffers;
  // Grouped by sorting (key, candidate) pairs rather than through a hash map.
  auto& keyed = buffers.keyed;
  keyed.resize(candidates.size());
  for (std::uint32_t c = 0; c < candidates.size(); ++c)
    keyed[c] = {tokens::sequence_of(tokens, candidates[c].first, candidates[c].last - 1), c};
  std::sort(keyed.begin(), keyed.end());
  const auto free = [&](std::uint32_t c) {
    for (std::uint32_t i = candidates[c].first; i < candidates[c].last; ++i)
      if (doc.known(i)) return false;
    return true;
  };
  // Groups as [begin, end) ranges of `keyed`, then units in order of first mention.
  auto& groups = buffers.groups;  // (first candidate, begin in keyed)
  groups.clear();
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i;
    bool any_free = !only_free;
    for (; j < keyed.size() && keyed[j].first == keyed[i].first; ++j) any_free = any_free || free(keyed[j].second);
    if (any_free) groups.push_back({keyed[i].second, static_cast<std::uint32_t>(i)});
    i = j;
  }
  std::sort(groups.begin(), groups.end());
  // Units dropped here keep their arrays for the next document rather than freeing them.
  thread_local std::vector<Unit> spare;
  while (units.size() > groups.size()) {
    spare.push_back(std::move(units.back()));
    units.pop_back();
  }
  while (units.size() < groups.size()) {
    if (spare.empty()) {
      units.emplace_back();
    } else {
      units.push_back(std::move(spare.back()));
      spare.pop_back();
    }
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Unit& unit = units[g];
    unit.key = keyed[groups[g].second].first;
    unit.mentions.clear();
    for (std::size_t k = groups[g].second; k < keyed.size() && keyed[k].first == unit.key; ++k)
      unit.mentions.push_back(keyed[k].second);
  }
  auto& words = buffers.words;
  words.clear();
  for (const Unit& unit : units) {
    const SpanCandidate& span = candidates[unit.mentions.front()];
    words.push_back(tokens[span.first].hash);
    words.push_back(tokens[span.last - 1].hash);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  auto& lower = buffers.lower;
  doc.lower_case(words, lower);
  const auto lower_elsewhere = [&](std::uint64_t h) {
    return lower[std::lower_bound(words.begin(), words.end(), h) - words.begin()] != 0;
  };
  FeatureList& whole = buffers.whole;
  FeatureList& each = buffers.each;
  FeatureList& cues = buffers.cues;
  for (Unit& unit : units) {
    whole.clear();
    each.clear();
    cues.clear();
    const SpanCandidate& first = candidates[unit.mentions.front()];
    surface_features(doc, first, whole);
    std::size_t at_start = 0, in_title = 0;
    for (std::uint32_t c : unit.mentions) {
      const SpanCandidate& span = candidates[c];
      mention_features(doc, span, each);
      // A cue counts once for the whole document: one "la solution X" makes X a product
      // however often X is named without it.
      cue_features(doc, span, cues);
      at_start += doc.sentence_start(span.first);
      in_title += span.first < doc.title_end() && doc.title_end() < tokens.size();
    }
    const std::size_t count = unit.mentions.size();
    whole.push_back(mix(kMentionCount, count < 3 ? count : count < 6 ? 3 : 4));
    if (in_title) whole.push_back(mix(kInTitle, 1));
    whole.push_back(mix(at_start == count ? kOnlySentenceStart : kNotSentenceStart, 1));
    if (lower_elsewhere(tokens[first.first].hash)) whole.push_back(mix(kLowerElsewhere, 1));
    if (first.last - first.first > 1 && lower_elsewhere(tokens[first.last - 1].hash))
      whole.push_back(mix(kLowerLastElsewhere, 1));
    std::sort(cues.begin(), cues.end());
    cues.erase(std::unique(cues.begin(), cues.end()), cues.end());
    unit.features.resize(whole.size() + cues.size() + each.size());
    WeightedFeature* f = unit.features.data();
    for (std::uint64_t h : whole) *f++ = {h, 1.0f};
    for (std::uint64_t h : cues) *f++ = {h, 1.0f};
    const float share = 1.0f / static_cast<float>(count);
    for (std::uint64_t h : each) *f++ = {h, share};
  }
}

}  // namespace gazette::model
