#include "model/train/silver.h"

namespace gazette::model::train {

void rules_as_gold(PreparedDocument& doc) {
  doc.gold.clear();
  for (const KnownSpan& r : doc.rules) doc.gold.push_back({r.begin, r.end, r.type, false});
}

namespace {

// The rules drop a name the document calls a product ("la solution X", "X, une plateforme"):
// those are the rules' own negatives, not their misses.
bool product_cued(const Unit& unit) {
  for (const WeightedFeature& f : unit.features) {
    const std::uint64_t kind = f.hash & 0xFF;
    if (kind == kProductCue || kind == kProductAfter || kind == kNamedAs) return true;
  }
  return false;
}

}  // namespace

void append_silver_examples(const std::vector<DocumentUnits>& docs, const LinearModel& shape,
                            const SilverOptions& options, std::vector<Example>& out) {
  for (const DocumentUnits& du : docs) {
    for (std::size_t u = 0; u < du.units.size(); ++u) {
      const Unit& unit = du.units[u];
      Label label = du.labels[u];
      if (label == Label::none && !du.overlaps_rules[u] && !product_cued(unit)) continue;
      Example e;
      e.label = label;
      e.weight = options.weight * (du.overlaps_rules[u] ? options.known_weight : 1.0f);
      for (const WeightedFeature& f : unit.features) {
        e.buckets.push_back(shape.bucket(f.hash));
        e.values.push_back(f.value);
      }
      out.push_back(std::move(e));
    }
  }
}

}  // namespace gazette::model::train
