// What producers propose and the resolver decides between: a span of the folded text with a
// type, the producer that found it and what its record needs (the gazetteer entry it names, the
// amount it reads).
#pragma once
#include <cassert>
#include <cstdint>
#include <string>
#include <vector>

#include "produce/entity_type.h"

namespace gazette::produce {

using ProducerId = std::uint16_t;

// An amount as records show it: exact decimals, an ISO 4217 code, a qualifier.
struct MoneyValue {
  std::string value;      // "1500000"; empty for a range
  std::string min, max;   // a range ("entre 10 et 20 millions d'euros"), else empty
  std::string currency;   // "EUR"
  std::string qualifier;  // "", "up_to", "about", "over", "under"
};

// "1500000 EUR", "10..20 EUR": the canonical form of an amount, the same in every output.
std::string money_canonical(const MoneyValue& money);

struct Candidate {
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};

  std::uint32_t begin = 0, end = 0;  // folded offsets, end exclusive
  EntityType type = EntityType::company;
  ProducerId producer = 0;
  float score = 1.0f;            // how sure the producer is, in [0, 1]
  std::uint32_t entry = kNone;   // the gazetteer entry named; kNone: the surface is its own canonical
  std::uint32_t amount = kNone;  // money: index into CandidateSet::amount()
  std::uint8_t distance = 0;     // an approximate find: the edits from the entry's name
  // A pattern's match ("U791" of the unit codes) names one of a family: its own canonical, the
  // entry's being the family's label.
  bool own_canonical = false;
  // Where the name ends before a legal form the span includes ("Quandela" of "Quandela SAS"),
  // in folded offsets; 0 when the whole span is the name.
  std::uint32_t name_end = 0;
};

// One document's candidates, in the order producers added them. Producers run in turn and may
// read what the earlier ones added.
class CandidateSet {
 public:
  void clear() {
    candidates_.clear();
    amounts_.clear();
  }

  void add(const Candidate& c) {
    assert(c.begin < c.end);
    candidates_.push_back(c);
  }
  // Adds an amount's candidate; its span and producer are taken from `c`.
  void add_money(Candidate c, MoneyValue value) {
    c.type = EntityType::money;
    c.amount = static_cast<std::uint32_t>(amounts_.size());
    amounts_.push_back(std::move(value));
    add(c);
  }

  const std::vector<Candidate>& all() const { return candidates_; }
  const MoneyValue& amount(std::uint32_t index) const { return amounts_[index]; }
  std::size_t size() const { return candidates_.size(); }

 private:
  std::vector<Candidate> candidates_;
  std::vector<MoneyValue> amounts_;
};

}  // namespace gazette::produce
