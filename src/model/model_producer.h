// The learned recogniser as a producer: it reads what the gazetteers and the context rules
// found before it and proposes the names they missed, with the model's score. Records say
// "model" and carry the score; candidates under `min_score` are not proposed.
#pragma once
#include <memory>

#include "model/recogniser.h"
#include "produce/producer.h"

namespace gazette::model {

class ModelProducer : public produce::Producer {
 public:
  ModelProducer(std::unique_ptr<const Recogniser> recogniser, float min_score, produce::ProducerRegistry& registry);

  produce::TypeSet types() const override {
    return produce::TypeSet::of({produce::EntityType::company, produce::EntityType::lab});
  }
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;

 private:
  std::unique_ptr<const Recogniser> recogniser_;
  float min_score_;
  produce::ProducerId id_;
};

}  // namespace gazette::model
