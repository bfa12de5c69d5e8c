#include <catch2/catch.hpp>

#include "output/run_stats.h"

using namespace gazette;

namespace {

resolve::Mention named(produce::EntityType type, std::string canonical) {
  resolve::Mention m;
  m.type = type;
  m.canonical = std::move(canonical);
  return m;
}

resolve::Mention amount(std::string value, std::string currency) {
  resolve::Mention m;
  m.type = produce::EntityType::money;
  m.value = std::move(value);
  m.currency = std::move(currency);
  return m;
}

resolve::Mention range(std::string min, std::string max, std::string currency) {
  resolve::Mention m = amount("", std::move(currency));
  m.min = std::move(min);
  m.max = std::move(max);
  return m;
}

}  // namespace

TEST_CASE("top names: most mentions first, ties in byte order, whatever the order they came in", "[output][stats]") {
  const std::vector<std::string> orders[] = {{"Nvidia", "Airbus", "Orange", "Airbus", "Nvidia", "Bpifrance"},
                                             {"Bpifrance", "Nvidia", "Orange", "Nvidia", "Airbus", "Airbus"}};
  for (const std::vector<std::string>& order : orders) {
    output::RunStats stats(produce::TypeSet::all());
    for (const std::string& name : order) stats.add(named(produce::EntityType::company, name));
    stats.add(named(produce::EntityType::lab, "CNRS"));
    const std::vector<output::NameCount> top = stats.top_names(produce::EntityType::company, 3);
    REQUIRE(top.size() == 3);
    CHECK(top[0].name == "Airbus");
    CHECK(top[0].mentions == 2);
    CHECK(top[1].name == "Nvidia");
    CHECK(top[2].name == "Bpifrance");
    CHECK(stats.top_names(produce::EntityType::company, 0).size() == 4);  // 0: all
    CHECK(stats.mentions(produce::EntityType::company) == 6);
    CHECK(stats.mentions(produce::EntityType::lab) == 1);
  }
}

TEST_CASE("money totals are exact sums per currency; ranges are counted apart", "[output][stats]") {
  output::RunStats stats(produce::TypeSet::all());
  stats.add(amount("0.1", "EUR"));
  stats.add(amount("0.2", "EUR"));
  stats.add(amount("100000000000000000", "EUR"));  // past double's 2^53: still exact
  stats.add(range("10000000", "20000000", "EUR"));
  stats.add(range("1", "2", "USD"));
  const auto& currencies = stats.currencies();
  REQUIRE(currencies.size() == 2);
  const output::CurrencyTotal& eur = currencies.at("EUR");
  CHECK(eur.amounts == 3);
  CHECK(eur.ranges == 1);
  REQUIRE(eur.total);
  CHECK(eur.total->to_string() == "100000000000000000.3");
  const output::CurrencyTotal& usd = currencies.at("USD");
  CHECK(usd.amounts == 0);
  CHECK(usd.total->to_string() == "0");
  CHECK(usd.ranges == 1);

  const std::string json = stats.json({2, 300, 0, 0}, 10);
  CHECK(json.find(R"("money":{"EUR":{"amounts":3,"total":100000000000000000.3,"ranges":1},)"
                  R"("USD":{"amounts":0,"total":0,"ranges":1}})") != std::string::npos);
}

TEST_CASE("a total that no exact decimal holds is null, not rounded", "[output][stats]") {
  output::RunStats stats(produce::TypeSet::all());
  stats.add(amount("1" + std::string(37, '0'), "EUR"));  // 10^37
  stats.add(amount("0.001", "EUR"));                       // the sum needs 41 significant digits
  CHECK_FALSE(stats.currencies().at("EUR").total);
  CHECK(stats.json({}, 10).find(R"("total":null)") != std::string::npos);
  CHECK(stats.table({}, 10).find("overflow") != std::string::npos);
}

TEST_CASE("the summary lists the types asked for, in JSON and as a table", "[output][stats]") {
  output::RunStats stats(produce::TypeSet::of({produce::EntityType::company}));
  stats.add(named(produce::EntityType::company, "Société Générale"));
  const std::string json = stats.json({1, 42, 1, 1}, 10);
  CHECK(json == R"({"documents":1,"bytes":42,"errors":1,"bad_lines":1,"mentions":{"company":1},)"
                R"("top":{"company":[{"name":"Société Générale","mentions":1}]}})"
                "\n");
  const std::string table = stats.table({1, 42, 1, 1}, 10);
  CHECK(table.find("Société Générale") != std::string::npos);
  CHECK(table.find("currency") == std::string::npos);  // money was not asked for
  CHECK(table.find("lab") == std::string::npos);
}
