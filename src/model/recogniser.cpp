#include "model/recogniser.h"

#include "match/acronym_definitions.h"
#include "model/candidates.h"
#include "model/decoding.h"
#include "model/document_view.h"
#include "model/units.h"

namespace gazette::model {

std::unique_ptr<Recogniser> Recogniser::load(std::string_view model_bytes,
                                             std::shared_ptr<const match::FirstNames> first_names,
                                             std::shared_ptr<const match::MatchWords> words, std::string& error,
                                             bool borrow) {
  ModelData data;
  if (!read_model(model_bytes, data, error, borrow)) return nullptr;
  return std::unique_ptr<Recogniser>(new Recogniser(std::move(data), std::move(first_names), std::move(words)));
}

void Recogniser::find(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                      const std::vector<KnownSpan>& known, std::vector<ModelSpan>& out) const {
  // Per-thread buffers kept from one document to the next: allocating them afresh for every
  // segment cost more in page faults than the features themselves.
  struct Buffers {
    DocumentView::Buffers view;
    std::vector<SpanCandidate> candidates;
    std::vector<Unit> units;
    std::vector<Decision> decisions;
  };
  thread_local Buffers buffers;
  const DocumentView doc(folded, tokens, known, data_.dictionary, first_names_.get(), *words_, &buffers.view);
  std::vector<SpanCandidate>& candidates = buffers.candidates;
  std::vector<Unit>& units = buffers.units;
  std::vector<Decision>& decisions = buffers.decisions;
  find_candidates(doc, candidates);
  if (candidates.empty()) return;
  build_units(doc, candidates, units, true);
  decisions.clear();
  for (const Unit& unit : units) decisions.push_back(decide(data_.weights.probabilities(unit.features)));
  const std::size_t before = out.size();
  decode(doc, candidates, units, decisions, out);
  drop_spelt_out_acronyms(folded, tokens, known, before, out);
}

void Recogniser::drop_spelt_out_acronyms(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                                         const std::vector<KnownSpan>& known, std::size_t from,
                                         std::vector<ModelSpan>& out) const {
  // "le télescope spatial James Webb (JWST)": a document that spells an acronym out as a thing
  // names no company with it, as it names no listed lab ("le CEA (Antigène
  // Carcino-Embryonnaire)"); the spans other producers found are the names that would confirm
  // the spelling.
  thread_local std::vector<match::TextSpan> mentions, names;
  mentions.clear();
  names.clear();
  for (std::size_t i = from; i < out.size(); ++i) mentions.push_back({out[i].begin, out[i].end});
  for (const KnownSpan& k : known) names.push_back({k.begin, k.end});
  match::erase_acronyms(tokens, match::acronyms_spelt_out_otherwise(folded, tokens, *words_, mentions, names), out,
                        from);
}

}  // namespace gazette::model
