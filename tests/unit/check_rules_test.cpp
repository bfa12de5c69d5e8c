// deny, require, consistency and money, each on inline texts with the shipped gazetteers.
#include <catch2/catch.hpp>

#include "check_test_support.h"

using namespace gazette;
using test::check_text;
using test::Strings;
using test::surfaces;

namespace {
check::RulesConfig only(void (*set)(check::RulesConfig&)) {
  check::RulesConfig c;
  c.canonical.enabled = false;
  set(c);
  return c;
}
}  // namespace

TEST_CASE("deny: by canonical name, by surface and by id, with the message", "[check][deny]") {
  const auto config = only([](check::RulesConfig& c) {
    c.deny.push_back({"amazon web services", "", "use the neutral term", check::Severity::error});
    c.deny.push_back({"", "wikidata:Q182477", "", check::Severity::warning});
  });
  const auto findings = check_text("AWS et Nvidia, puis Microsoft.", config);
  REQUIRE(surfaces(findings, "deny") == Strings{"AWS", "Nvidia"});
  CHECK(findings[0].message == "'AWS': use the neutral term");
  CHECK(findings[1].severity == check::Severity::warning);
  CHECK(findings[1].message.find("must not be named") != std::string::npos);
}

TEST_CASE("require: a type or a name at least once per document", "[check][require]") {
  const auto config = only([](check::RulesConfig& c) {
    c.require.push_back({"money", "", "", check::Severity::warning});
    c.require.push_back({"", "Nvidia", "", check::Severity::error});
    c.require.push_back({"company", "", "", check::Severity::error});
  });
  const auto findings = check_text("Microsoft publie ses comptes.", config);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "the document names no amount of money");
  CHECK(findings[1].message == "the document never names 'Nvidia'");
  CHECK(findings[0].begin.line == 1);
  CHECK(findings[0].begin.char_col == 1);
  CHECK(check_text("Nvidia lève 2 M€.", config).empty());
}

TEST_CASE("consistency: one company named two ways", "[check][consistency]") {
  const auto config = only([](check::RulesConfig& c) { c.consistency.enabled = true; });
  CHECK(surfaces(check_text("Facebook a changé de nom. Meta investit. Meta recrute.", config), "consistency") ==
        Strings{"Facebook"});
  CHECK(surfaces(check_text("OpenAI publie. OpenAI recrute. Open AI répond.", config), "consistency") ==
        Strings{"Open AI"});
  // Introducing an acronym or a short name is not inconsistent.
  CHECK(check_text("Amazon Web Services (AWS) grandit ; AWS recrute.", config).empty());
  CHECK(check_text("Google DeepMind publie ; DeepMind recrute.", config).empty());
}

TEST_CASE("money: the English way in French text", "[check][money]") {
  const auto config = only([](check::RulesConfig& c) { c.money.enabled = true; });
  CHECK(surfaces(check_text("Une levée de $50bn cette année.", config), "money") == Strings{"$50bn"});
  CHECK(surfaces(check_text("Une levée de 50 milliards de dollars et de 850 k€.", config), "money") == Strings{});
}

TEST_CASE("money: the currency written as the house writes it", "[check][money]") {
  const auto config = only([](check::RulesConfig& c) {
    c.money.enabled = true;
    c.money.currency = "symbol";
  });
  CHECK(surfaces(check_text("Il lève 3 millions d'euros, puis 2 M€ et 5 EUR.", config), "money") ==
        Strings{"3 millions d'euros", "5 EUR"});
}

TEST_CASE("money: the thousands separator", "[check][money]") {
  const auto config = only([](check::RulesConfig& c) {
    c.money.enabled = true;
    c.money.thousands = "nbsp";
  });
  CHECK(surfaces(check_text("Un prix de 1 500 € et de 2\xC2\xA0"
                            "500 €.",
                            config),
                 "money") == Strings{"1 500 €"});
}

TEST_CASE("money: an amount without currency next to one with", "[check][money]") {
  const auto config = only([](check::RulesConfig& c) { c.money.enabled = true; });
  CHECK(surfaces(check_text("Un manque de 150 millions d'euros pour Auchan, 30 millions pour Casino.", config),
                 "money") == Strings{"30 millions"});
  // Counting people is not an amount of money.
  CHECK(surfaces(check_text("Un coût de 5 millions d'euros pour 3 millions de patients.", config), "money") ==
        Strings{});
}
