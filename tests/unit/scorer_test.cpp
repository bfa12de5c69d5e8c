#include "eval/scorer.h"

#include <catch2/catch.hpp>

#include "eval/report.h"

using namespace gazette;
using produce::EntityType;

namespace {
money::ExactDecimal decimal(const char* text) { return *money::ExactDecimal::parse(text); }

eval::GoldSpan name_span(std::size_t start, std::size_t end, bool optional = false) {
  eval::GoldSpan g;
  g.start = start;
  g.end = end;
  g.type = produce::EntityType::company;
  g.optional = optional;
  return g;
}

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
  doc.spans = {name_span(0, 6), name_span(10, 13),
               {27, 50, produce::EntityType::money, false, decimal("5e10"), std::nullopt, std::nullopt, "USD"},
               name_span(56, 62, /*optional=*/true)};
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
  doc.spans = {{0, 5, produce::EntityType::money, false, decimal("1.5e6"), std::nullopt, std::nullopt, "EUR"}};
  eval::Scorer scorer;
  scorer.add(doc, {predicted(produce::EntityType::money, 0, 5, "15", "EUR")});
  CHECK(scorer.money_seen() == 1);
  CHECK(scorer.money_right() == 0);
  CHECK(eval::format_findings(scorer).find("VALUE") != std::string::npos);
}

TEST_CASE("money values are compared as exact decimals", "[eval]") {
  eval::GoldDocument doc;
  doc.id = "d3";
  doc.text = "a b c d e";
  const auto money = [](std::size_t start, std::optional<money::ExactDecimal> value,
                        std::optional<money::ExactDecimal> min = std::nullopt,
                        std::optional<money::ExactDecimal> max = std::nullopt) {
    return eval::GoldSpan{start, start + 1, produce::EntityType::money, false, value, min, max, "EUR"};
  };
  doc.spans = {money(0, decimal("100000000000000001")), money(2, decimal("0.1")), money(4, decimal("50000000000.0")),
               money(6, std::nullopt, decimal("10"), decimal("20.5")), money(8, decimal("3"))};
  eval::Scorer scorer;
  scorer.add(doc, {predicted(produce::EntityType::money, 0, 1, "100000000000000000", "EUR"),  // one apart: doubles agree
                   predicted(produce::EntityType::money, 2, 3, "0.1", "EUR"),
                   predicted(produce::EntityType::money, 4, 5, "50000000000", "EUR"), [] {
                     resolve::Mention m = predicted(produce::EntityType::money, 6, 7, "", "EUR");
                     m.min = "10";
                     m.max = "20.5";
                     return m;
                   }(),
                   predicted(produce::EntityType::money, 8, 9, "", "EUR")});  // no value at all
  CHECK(scorer.money_seen() == 5);
  CHECK(scorer.money_right() == 3);
  const std::string findings = eval::format_findings(scorer);
  CHECK(findings.find("gold 100000000000000001 EUR, got 100000000000000000 EUR") != std::string::npos);
  CHECK(findings.find("gold 3 EUR, got .. EUR") != std::string::npos);
}
