#include "money/money_producer.h"

namespace gazette::money {

MoneyProducer::MoneyProducer(produce::ProducerRegistry& registry)
    : id_(registry.add("grammar", produce::Precedence::grammar)) {}

produce::TypeSet MoneyProducer::types() const { return produce::TypeSet::of({produce::EntityType::money}); }

void MoneyProducer::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  for (Amount& a : recogniser_.find(text.folded.text, &text.folded.upper)) {
    if (a.end <= a.start) continue;
    produce::Candidate c;
    c.begin = static_cast<std::uint32_t>(a.start);
    c.end = static_cast<std::uint32_t>(a.end);
    c.producer = id_;
    candidates.add_money(c, produce::MoneyValue{std::move(a.value), std::move(a.min), std::move(a.max),
                                                std::move(a.currency), std::move(a.qualifier)});
  }
}

}  // namespace gazette::money
