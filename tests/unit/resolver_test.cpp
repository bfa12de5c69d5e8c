#include "resolve/resolver.h"

#include <catch2/catch.hpp>

#include "produce/entity_type.h"

using namespace gazette;
using produce::Candidate;
using produce::EntityType;

namespace {
struct Setup {
  produce::ProducerRegistry registry;
  produce::ProducerId gazetteer = registry.add("gazetteer", produce::Precedence::gazetteer);
  produce::ProducerId rule = registry.add("context:a", produce::Precedence::context);
  produce::ProducerId other_rule = registry.add("context:b", produce::Precedence::context);
  produce::CandidateSet set;

  void add(std::uint32_t begin, std::uint32_t end, EntityType type, produce::ProducerId producer) {
    Candidate c;
    c.begin = begin;
    c.end = end;
    c.type = type;
    c.producer = producer;
    set.add(c);
  }
  std::vector<Candidate> winners() const {
    std::vector<Candidate> out;
    for (std::uint32_t i : resolve::resolve_overlaps(set, registry)) out.push_back(set.all()[i]);
    return out;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans() const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const Candidate& c : winners()) out.emplace_back(c.begin, c.end);
    return out;
  }
};
using P = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
}  // namespace

TEST_CASE("the longest candidate wins and the result is in document order", "[resolve]") {
  Setup s;
  s.add(10, 20, EntityType::company, s.rule);
  s.add(0, 5, EntityType::company, s.rule);
  s.add(12, 30, EntityType::lab, s.gazetteer);
  CHECK(s.spans() == P{{0, 5}, {12, 30}});
  Setup touching;
  touching.add(0, 10, EntityType::company, touching.rule);
  touching.add(10, 20, EntityType::company, touching.rule);
  CHECK(touching.spans() == P{{0, 10}, {10, 20}});
}

TEST_CASE("on equal spans the type's rank decides, then the earlier span, then precedence", "[resolve]") {
  Setup types;
  types.add(0, 8, EntityType::company, types.gazetteer);
  types.add(0, 8, EntityType::lab, types.rule);
  types.add(0, 8, EntityType::money, types.rule);
  REQUIRE(types.winners().size() == 1);
  CHECK(types.winners()[0].type == EntityType::money);

  Setup earlier;  // equal lengths overlapping: the earlier span, whoever found it
  earlier.add(4, 12, EntityType::company, earlier.gazetteer);
  earlier.add(2, 10, EntityType::company, earlier.rule);
  CHECK(earlier.spans() == P{{2, 10}});

  Setup precedence;  // the same span: the gazetteer over a rule, then the rule registered first
  precedence.add(0, 8, EntityType::company, precedence.other_rule);
  precedence.add(0, 8, EntityType::company, precedence.rule);
  precedence.add(0, 8, EntityType::company, precedence.gazetteer);
  CHECK(precedence.winners().at(0).producer == precedence.gazetteer);
  Setup rules;
  rules.add(0, 8, EntityType::company, rules.other_rule);
  rules.add(0, 8, EntityType::company, rules.rule);
  CHECK(rules.winners().at(0).producer == rules.rule);
}

TEST_CASE("entity types come from one table and read both spellings", "[resolve]") {
  EntityType t;
  CHECK(produce::parse_entity_type("LAB", t));
  CHECK(t == EntityType::lab);
  CHECK(produce::parse_entity_type("money", t));
  CHECK_FALSE(produce::parse_entity_type("person", t));
  CHECK(produce::to_label(EntityType::company) == "COMPANY");
  CHECK(produce::entity_type_names() == "company, lab, money");
  for (const produce::EntityTypeInfo& row : produce::kEntityTypes) CHECK(&produce::info(row.type) == &row);
}

TEST_CASE("an amount's canonical is the same everywhere", "[resolve]") {
  CHECK(produce::money_canonical({"1500000", "", "", "EUR", ""}) == "1500000 EUR");
  CHECK(produce::money_canonical({"", "10000000", "20000000", "EUR", "about"}) == "10000000..20000000 EUR");
}
