#include <catch2/catch.hpp>

#include "resolve/resolver.h"

using namespace gazette::resolve;

namespace {
std::vector<std::pair<std::size_t, std::size_t>> spans(std::vector<Candidate> in) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Candidate& c : resolve_overlaps(in)) out.emplace_back(c.begin, c.end);
  return out;
}
}  // namespace

TEST_CASE("the longest candidate wins and the result is in document order", "[resolve]") {
  using P = std::vector<std::pair<std::size_t, std::size_t>>;
  CHECK(spans({{10, 20, MentionType::company, 0}, {0, 5, MentionType::company, 1}, {12, 30, MentionType::lab, 2}}) ==
        P{{0, 5}, {12, 30}});
  CHECK(spans({{0, 10, MentionType::company, 0}, {10, 20, MentionType::company, 1}}) == P{{0, 10}, {10, 20}});
  CHECK(spans({{5, 5, MentionType::company, 0}}).empty());
}

TEST_CASE("on equal spans money beats lab beats company, then the lower payload", "[resolve]") {
  std::vector<Candidate> same{{0, 8, MentionType::company, 0}, {0, 8, MentionType::lab, 1}, {0, 8, MentionType::money, 2}};
  auto winners = resolve_overlaps(same);
  REQUIRE(winners.size() == 1);
  CHECK(winners[0].type == MentionType::money);
  std::vector<Candidate> twins{{0, 8, MentionType::company, 7}, {0, 8, MentionType::company, 3}};
  CHECK(resolve_overlaps(twins).at(0).payload == 3);
}

TEST_CASE("mention types read both spellings", "[resolve]") {
  MentionType t;
  CHECK(parse_mention_type("LAB", t));
  CHECK(t == MentionType::lab);
  CHECK(parse_mention_type("money", t));
  CHECK_FALSE(parse_mention_type("person", t));
  CHECK(to_label(MentionType::company) == "COMPANY");
}
