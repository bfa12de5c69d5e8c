#include "model/decoding.h"

#include <algorithm>
#include <optional>

#include "match/carried_projects.h"
#include "match/product_use.h"
#include "match/word_glue.h"

namespace gazette::model {
namespace {

// The guidelines exclude products outright, and so do the context rules: whatever else the
// model weighs, it proposes no name its document calls a product ("la solution SpotOnMe",
// "DIAGNOW, une plateforme", "une machine appelée Lakhesys").
bool called_a_product(const Unit& unit) {
  for (const WeightedFeature& f : unit.features) {
    const std::uint64_t kind = f.hash & 0xFF;
    if (kind == kProductCue || kind == kProductAfter || kind == kNamedAs) return true;
  }
  return false;
}

// "les capteurs MEMS", "un récepteur GPS": a technique's acronym, written like a name; "HEC",
// "ESSEC": a school's.
bool technical_term_or_school(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, const Unit& unit) {
  const auto* node = doc.words().technical_terms.find(unit.key);
  if (node && node->complete) return true;
  const SpanCandidate& span = candidates[unit.mentions.front()];
  return span.last == span.first + 1 &&
         doc.words().school_acronyms.contains(doc.folded().text, doc.tokens()[span.first]);
}

// "4,5MW", "ADP/ATP", "CNRS/Lyon 2", "EndoGene.Bio": the end of a number, of a longer token or
// of a pair, not a name of its own. (The slash is the model's alone: the gazetteer's "CNRS/INSERM"
// are two labs.) A comma counts only as a decimal one: "stratégiques,TiTa Creuset" is a space
// lost before a name.
bool glued_fragment(const DocumentView& doc, const SpanCandidate& span) {
  // What the gazetteer and the rules read as part of a longer word ("EndoGene.Bio", "GM&S").
  if (match::glued_to_longer_word(doc.words(), doc.folded(), doc.tokens(), span.first, span.last - 1)) return true;
  const std::string& text = doc.folded().text;
  const std::uint32_t at = doc.tokens()[span.first].begin;
  const auto digit = [&](std::size_t p) { return text[p] >= '0' && text[p] <= '9'; };
  if (at == 0) return false;
  if (digit(at - 1) || text[at - 1] == '/') return true;
  return text[at - 1] == ',' && at >= 2 && digit(at - 2) && digit(at);
}

// A name after a capital's initial ("S. BAHRAM") is a person's at every mention of it.
bool after_an_initial(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, const Unit& unit) {
  for (std::uint32_t c : unit.mentions)
    if (match::after_an_initial(doc.folded(), doc.tokens(), candidates[c].first)) return true;
  return false;
}

}  // namespace

Decision decide(const Probabilities& p) {
  const Label type = Label::company;
  const float score = p[static_cast<int>(type)];
  // Below this nothing is worth keeping at any threshold a user would choose.
  return score >= kLowestScore ? Decision{type, score} : Decision{};
}

void decode(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, const std::vector<Unit>& units,
            const std::vector<Decision>& decisions, std::vector<ModelSpan>& out) {
  struct Choice {
    SpanCandidate span;
    Decision decision;
  };
  std::vector<Choice> choices;
  // Read only when some unit is worth keeping.
  std::optional<std::vector<std::uint64_t>> carried;
  const auto carried_project = [&](const Unit& unit) {
    if (!carried) carried = match::carried_projects(doc.words(), doc.folded(), doc.tokens());
    return std::binary_search(carried->begin(), carried->end(), unit.key);
  };
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (decisions[u].type == Label::none || called_a_product(units[u]) || carried_project(units[u]) ||
        technical_term_or_school(doc, candidates, units[u]) || after_an_initial(doc, candidates, units[u]))
      continue;
    for (std::uint32_t c : units[u].mentions) {
      const SpanCandidate& span = candidates[c];
      bool free = true;
      for (std::uint32_t i = span.first; i < span.last && free; ++i) free = !doc.known(i);
      // "un Airbus A320", "114 Airbus": a name counted like a thing is a product at that mention,
      // as the gazetteer reads it; "François Reyl": a name after a first name is a surname there,
      // as the gazetteer and the rules read it.
      const bool surname = doc.first_names() && doc.first_names()->precede(doc.folded(), doc.tokens(), span.first);
      if (free && !surname && !match::counted_as_product(doc.folded(), doc.tokens(), span.first) &&
          !glued_fragment(doc, span))
        choices.push_back({span, decisions[u]});
    }
  }
  std::sort(choices.begin(), choices.end(), [](const Choice& x, const Choice& y) {
    if (x.decision.score != y.decision.score) return x.decision.score > y.decision.score;
    const std::uint32_t lx = x.span.last - x.span.first, ly = y.span.last - y.span.first;
    if (lx != ly) return lx > ly;
    return x.span.first < y.span.first;
  });
  std::vector<std::uint8_t> taken(doc.tokens().size(), 0);
  const std::size_t before = out.size();
  const auto& tokens = doc.tokens();
  for (const Choice& c : choices) {
    bool free = true;
    for (std::uint32_t i = c.span.first; i < c.span.last && free; ++i) free = !taken[i];
    if (!free) continue;
    for (std::uint32_t i = c.span.first; i < c.span.last; ++i) taken[i] = 1;
    out.push_back({tokens[c.span.first].begin, tokens[c.span.last - 1].end, c.decision.type, c.decision.score});
  }
  std::sort(out.begin() + before, out.end(), [](const ModelSpan& x, const ModelSpan& y) { return x.begin < y.begin; });
}

}  // namespace gazette::model
