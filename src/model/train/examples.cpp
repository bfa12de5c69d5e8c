#include "model/train/examples.h"

#include <map>

namespace gazette::model::train {

DocumentUnits label_units(const PreparedDocument& doc, const Dictionary& dictionary,
                          const match::FirstNames* first_names, const match::MatchWords& words) {
  DocumentUnits out;
  const DocumentView view(doc.folded, doc.tokens, doc.known, dictionary, first_names, words);
  find_candidates(view, out.candidates);
  build_units(view, out.candidates, out.units);
  std::map<std::pair<std::uint32_t, std::uint32_t>, const FoldedName*> gold;
  for (const FoldedName& g : doc.gold) {
    auto& slot = gold[{g.begin, g.end}];
    if (!slot || (slot->optional && !g.optional)) slot = &g;
  }
  for (const Unit& unit : out.units) {
    Label label = Label::none;
    bool optional = false, overlaps = false;
    for (std::uint32_t c : unit.mentions) {
      const SpanCandidate& s = out.candidates[c];
      for (std::uint32_t i = s.first; i < s.last; ++i) overlaps |= view.known(i) != 0;
      const auto it = gold.find({doc.tokens[s.first].begin, doc.tokens[s.last - 1].end});
      if (it == gold.end()) continue;
      if (it->second->optional)
        optional = true;
      else if (label == Label::none)
        label = it->second->type;
    }
    out.labels.push_back(label);
    out.ignored.push_back(label == Label::none && optional);
    out.overlaps_rules.push_back(overlaps);
  }
  return out;
}

void append_examples(const std::vector<DocumentUnits>& docs, const std::vector<std::size_t>& which,
                     const LinearModel& shape, float known_weight, std::vector<Example>& out) {
  for (std::size_t d : which) {
    const DocumentUnits& du = docs[d];
    for (std::size_t u = 0; u < du.units.size(); ++u) {
      if (du.ignored[u]) continue;
      Example e;
      e.label = du.labels[u];
      e.weight = du.overlaps_rules[u] ? known_weight : 1.0f;
      for (const WeightedFeature& f : du.units[u].features) {
        e.buckets.push_back(shape.bucket(f.hash));
        e.values.push_back(f.value);
      }
      out.push_back(std::move(e));
    }
  }
}

}  // namespace gazette::model::train
