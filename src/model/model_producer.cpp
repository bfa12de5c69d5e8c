#include "model/model_producer.h"

namespace gazette::model {

ModelProducer::ModelProducer(std::unique_ptr<const Recogniser> recogniser, float min_score,
                             produce::ProducerRegistry& registry)
    : recogniser_(std::move(recogniser)),
      min_score_(min_score),
      id_(registry.add("model", produce::Precedence::model, /*scored=*/true)) {}

void ModelProducer::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  // Per-thread buffers kept from one document to the next, as the recogniser's own are.
  thread_local std::vector<KnownSpan> known;
  thread_local std::vector<ModelSpan> found;
  known.clear();
  found.clear();
  for (const produce::Candidate& c : candidates.all()) {
    if (c.type == produce::EntityType::money) continue;
    known.push_back({c.begin, c.end, c.type == produce::EntityType::lab ? Label::lab : Label::company});
  }
  recogniser_->find(text.folded, text.tokens, known, found);
  for (const ModelSpan& span : found) {
    if (span.score < min_score_ || span.end <= span.begin) continue;
    produce::Candidate c;
    c.begin = span.begin;
    c.end = span.end;
    c.type = span.type == Label::lab ? produce::EntityType::lab : produce::EntityType::company;
    c.producer = id_;
    c.score = span.score;
    candidates.add(c);
  }
}

}  // namespace gazette::model
