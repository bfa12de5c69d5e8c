#include "eval/scorer.h"

#include <catch2/catch.hpp>

#include "eval/report.h"

using namespace gazette;
using produce::EntityType;

namespace {
resolve::Mention predicted(produce::EntityType type, std::size_t start, std::size_t end, std::string value = "",
                           std::string currency = "") {
  resolve::Mention m;
  m.type = type;
  m.char_start = start;
  m.char_end = end;
  m.value = std::move(value);
  m.currency = std::move(currency);
  return m;
}
}  // namespace

TEST_CASE("strict, lenient and optional spans are scored like the reference scorer", "[eval]") {
  eval::GoldDocument doc;
  doc.id = "d1";
  doc.text = "Nvidia et AWS investissent 50 milliards de dollars avec Xprize.";
  doc.spans = {{0, 6, produce::EntityType::company},
               {10, 13, produce::EntityType::company},
               {27, 50, produce::EntityType::money, false, 5e10, std::nullopt, std::nullopt, "USD"},
               {56, 62, produce::EntityType::company, true}};
  eval::Scorer scorer;
  scorer.add(doc, {predicted(produce::EntityType::company, 0, 6), predicted(produce::EntityType::company, 10, 12),
                   predicted(produce::EntityType::money, 27, 50, "50000000000", "USD"),
                   predicted(produce::EntityType::company, 56, 62),  // optional: neither rewarded nor penalised
                   predicted(produce::EntityType::company, 14, 18)});
  const auto& company = scorer.score(produce::EntityType::company);
  CHECK(company.strict.tp == 1);
  CHECK(company.strict.fp == 2);  // "AW" (wrong span) and the invented one
  CHECK(company.strict.fn == 1);
  CHECK(company.lenient.tp == 2);  // "AW" overlaps "AWS"
  CHECK(company.lenient.fp == 1);
  CHECK(company.lenient.fn == 0);
  CHECK(scorer.money_seen() == 1);
  CHECK(scorer.money_right() == 1);
  const auto r = eval::ratios(company.strict);
  CHECK(r.precision == Approx(1.0 / 3));
  CHECK(r.recall == Approx(0.5));
  CHECK(eval::format_json(scorer).find("\"COMPANY\":{\"gold\":2,") != std::string::npos);
  CHECK(eval::format_findings(scorer).find("d1\tMISS\tCOMPANY\t10-13\tAWS") != std::string::npos);
}

TEST_CASE("a wrong money value is counted and reported", "[eval]") {
  eval::GoldDocument doc;
  doc.id = "d2";
  doc.text = "1,5 M\xE2\x82\xAC";
  doc.spans = {{0, 5, produce::EntityType::money, false, 1.5e6, std::nullopt, std::nullopt, "EUR"}};
  eval::Scorer scorer;
  scorer.add(doc, {predicted(produce::EntityType::money, 0, 5, "15", "EUR")});
  CHECK(scorer.money_seen() == 1);
  CHECK(scorer.money_right() == 0);
  CHECK(eval::format_findings(scorer).find("VALUE") != std::string::npos);
}
