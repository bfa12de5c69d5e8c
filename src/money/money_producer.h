// The money grammar as a producer: its records say "grammar".
#pragma once
#include "money/money.h"
#include "produce/producer.h"

namespace gazette::money {

class MoneyProducer : public produce::Producer {
 public:
  explicit MoneyProducer(produce::ProducerRegistry& registry);
  produce::TypeSet types() const override;
  void produce(const tokens::Text& text, produce::CandidateSet& candidates) const override;

 private:
  Recogniser recogniser_;
  produce::ProducerId id_;
};

}  // namespace gazette::money
