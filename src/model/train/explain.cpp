#include "model/train/explain.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "model/decoding.h"
#include "model/train/annotated_corpus.h"
#include "model/train/examples.h"

namespace gazette::model::train {
namespace {

std::string_view kind_name(std::uint64_t kind) {
  static constexpr std::string_view kNames[] = {"?",
                                                "Bias",
                                                "Length",
                                                "Word",
                                                "FirstWord",
                                                "LastWord",
                                                "Shape",
                                                "FirstShape",
                                                "LastShape",
                                                "Prefix3",
                                                "Suffix3",
                                                "LastSuffix3",
                                                "Dictionary",
                                                "FirstName",
                                                "Acronym",
                                                "InnerCapital",
                                                "Digit",
                                                "CharLength",
                                                "PrevWord",
                                                "Prev2Word",
                                                "PrevBigram",
                                                "NextWord",
                                                "Next2Word",
                                                "NextBigram",
                                                "SentenceStart",
                                                "AfterFirstName",
                                                "PrevKnown",
                                                "NextKnown",
                                                "BetweenKnown",
                                                "MentionCount",
                                                "InTitle",
                                                "LowerElsewhere",
                                                "NotSentenceStart",
                                                "OnlySentenceStart",
                                                "InsideLonger",
                                                "DictionaryCount",
                                                "LowerLastElsewhere",
                                                "PrevWordSentence",
                                                "WindowWord",
                                                "Enumeration",
                                                "TriggerBefore",
                                                "ProductCue",
                                                "ProductMaker",
                                                "CompanyVerb",
                                                "WeakCompanyVerb",
                                                "CompanyParticiple",
                                                "Founded",
                                                "NotName",
                                                "GenericHead",
                                                "LabParent",
                                                "NotLabInstitute",
                                                "NextSuffix",
                                                "Subject",
                                                "ProductAfter",
                                                "CompanyAfter",
                                                "NamedAs",
                                                "BusinessLast",
                                                "PlaceBefore"};
  return kind < std::size(kNames) ? kNames[kind] : "?";
}

}  // namespace

bool explain(const std::string& path, const ModelData& model, const match::FirstNames* first_names, float min_score,
             std::string& out, std::string& error) {
  std::vector<AnnotatedDocument> docs;
  if (!read_plain(path, {}, docs, error)) return false;
  const std::shared_ptr<const match::FirstNames> names(first_names, [](const match::FirstNames*) {});
  const RuleRunner rules(names);
  for (const AnnotatedDocument& a : docs) {
    const PreparedDocument p = prepare(a, rules);
    const DocumentUnits du = label_units(p, model.dictionary, first_names, rules.words());
    for (const Unit& unit : du.units) {
      const Probabilities pr = model.weights.probabilities(unit.features);
      const Decision d = pr[2] > pr[1] ? Decision{Label::lab, pr[2]} : Decision{Label::company, pr[1]};
      if (d.score < min_score) continue;
      const SpanCandidate& s = du.candidates[unit.mentions.front()];
      const std::uint32_t b = p.tokens[s.first].begin, e = p.tokens[s.last - 1].end;
      const std::size_t ob = p.folded.original_begin(b), oe = p.folded.original_end(e);
      bool blocked = false;
      for (std::uint32_t c : unit.mentions)
        for (std::uint32_t i = du.candidates[c].first; i < du.candidates[c].last; ++i)
          blocked |= du.overlaps_rules[&unit - du.units.data()] != 0;
      out += fmt::format("{}\t{}\t{} {:.3f} x{}{}\n", a.id, a.text.substr(ob, oe - ob),
                         d.type == Label::lab ? "lab" : "company", d.score, unit.mentions.size(),
                         blocked ? " (overlaps a rule find)" : "");
      std::map<std::uint64_t, float> by_kind;
      const int k = static_cast<int>(d.type);
      for (const WeightedFeature& f : unit.features) {
        const float* row = model.weights.data() + std::size_t{model.weights.bucket(f.hash)} * kLabels;
        by_kind[f.hash & 0xFF] += f.value * (row[k] - row[0]);
      }
      std::vector<std::pair<float, std::uint64_t>> ranked;
      for (const auto& [kind, w] : by_kind) ranked.push_back({w, kind});
      std::sort(ranked.begin(), ranked.end(),
                [](const auto& x, const auto& y) { return std::abs(x.first) > std::abs(y.first); });
      out += "   ";
      for (std::size_t i = 0; i < ranked.size() && i < 10; ++i)
        out += fmt::format(" {}={:+.2f}", kind_name(ranked[i].second), ranked[i].first);
      out += "\n";
    }
  }
  return true;
}

}  // namespace gazette::model::train
