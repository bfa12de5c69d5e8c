// What of a file is checked, where findings are, and what comments suppress.
#include <catch2/catch.hpp>

#include "check/config.h"
#include "check/locator.h"
#include "check/markup.h"
#include "check/suppression.h"
#include "check/toml_subset.h"
#include "check_test_support.h"

using namespace gazette;
using test::check_text;
using test::Strings;
using test::surfaces;

TEST_CASE("Markdown: code, URLs and markup are blanked, offsets kept", "[check][markup]") {
  const std::string md =
      "Texte avec `nvidia` en code.\n```\nOpen AI\n```\nVoir https://nvidia.com/x et <span class=\"Open "
      "AI\">ok</span>.\n"
      "[lien](https://Open-AI.org) <!-- nvidia -->\n";
  const std::string prose = check::prose_only(md, check::Syntax::markdown);
  REQUIRE(prose.size() == md.size());
  CHECK(std::count(prose.begin(), prose.end(), '\n') == std::count(md.begin(), md.end(), '\n'));
  CHECK(prose.find("nvidia") == std::string::npos);
  CHECK(prose.find("Open") == std::string::npos);
  CHECK(prose.find("Texte avec") == 0);
  CHECK(prose.find("lien") != std::string::npos);
  CHECK(surfaces(check_text(md, {}, check::Syntax::markdown), "canonical") == Strings{});
}

TEST_CASE("plain text keeps code-like text but not URLs or addresses", "[check][markup]") {
  const std::string text = "nvidia, www.nvidia.com, contact@nvidia.com et (https://x.org/nvidia).";
  const std::string prose = check::prose_only(text, check::Syntax::text);
  CHECK(prose.substr(0, 6) == "nvidia");
  CHECK(prose.find("nvidia.com") == std::string::npos);
  CHECK(prose.find("contact") == std::string::npos);
  CHECK(prose.find("x.org") == std::string::npos);
  CHECK(prose.find("(") != std::string::npos);  // the bracket around an address is prose
}

TEST_CASE("syntax follows the extension", "[check][markup]") {
  CHECK(check::syntax_for_path("docs/a.md") == check::Syntax::markdown);
  CHECK(check::syntax_for_path("A.HTML") == check::Syntax::html);
  CHECK(check::syntax_for_path("notes.txt") == check::Syntax::text);
}

TEST_CASE("columns in bytes, code points and UTF-16 units on an accented line", "[check][locator]") {
  const std::string text = "première ligne\nÀ l'époque, 𝔸 nvidia\n";
  const check::Locator locator(text);
  const std::size_t at = text.find("nvidia");
  const check::Position p = locator.at(at);
  CHECK(p.line == 2);
  CHECK(p.char_col == 15);   // À, é and 𝔸 are one code point each
  CHECK(p.byte_col == 20);   // À and é are two bytes, 𝔸 four
  CHECK(p.utf16_col == 16);  // 𝔸 is a surrogate pair
  CHECK(locator.line_text(at) == "À l'époque, 𝔸 nvidia");
}

TEST_CASE("suppression comments: next line, line, block, file, rules and reasons", "[check][suppression]") {
  const std::string text =
      "nvidia\n"                                                   // 1
      "<!-- gazette-disable-next-line canonical -- a quote -->\n"  // 2
      "nvidia\n"                                                   // 3
      "nvidia <!-- gazette-disable-line deny -->\n"                // 4
      "# gazette-disable\n"                                        // 5
      "nvidia\n"                                                   // 6
      "# gazette-enable\n"                                         // 7
      "nvidia\n";                                                  // 8
  const check::Suppressions s(text);
  CHECK_FALSE(s.suppressed("canonical", 1));
  CHECK(s.suppressed("canonical", 3));
  CHECK_FALSE(s.suppressed("deny", 3));
  CHECK(s.suppressed("deny", 4));
  CHECK_FALSE(s.suppressed("canonical", 4));
  CHECK(s.suppressed("canonical", 6));
  CHECK(s.suppressed("money", 6));
  CHECK_FALSE(s.suppressed("canonical", 8));
  const check::Suppressions whole("text\n<!-- gazette-disable-file money, deny -->\n");
  CHECK(whole.suppressed("money", 1));
  CHECK(whole.suppressed("deny", 2));
  CHECK_FALSE(whole.suppressed("canonical", 1));
  // "gazette-disabled" in prose is no directive.
  CHECK_FALSE(check::Suppressions("gazette-disabled nvidia\n").suppressed("canonical", 1));
  // End to end: only lines 1 and 8 keep their finding.
  const auto findings = check_text(text, {}, check::Syntax::markdown);
  std::vector<std::size_t> lines;
  for (const auto& f : findings) lines.push_back(f.begin.line);
  CHECK(lines == std::vector<std::size_t>{1, 4, 8});
}

TEST_CASE("the TOML subset reads tables, arrays of tables and typed values", "[check][config]") {
  std::vector<check::toml::Table> tables;
  check::toml::Error error;
  REQUIRE(
      check::toml::parse("# rules\n[canonical]\nseverity = \"warning\" # why\nallow = [\"Open AI\", 'a\\b']\n"
                         "[[deny]]\nname = \"X\"\n[[deny]]\nid = \"wikidata:Q1\"\nfuzzy = false\nn = 3\n",
                         tables, error));
  REQUIRE(tables.size() == 4);
  CHECK(tables[1].name == "canonical");
  CHECK(tables[1].values[1].second.items == std::vector<std::string>{"Open AI", "a\\b"});
  CHECK(tables[3].array_item);
  CHECK(tables[3].values[1].second.boolean == false);
  CHECK(tables[3].values[2].second.integer == 3);
  CHECK_FALSE(check::toml::parse("[a.b]\n", tables, error));
  CHECK(error.line == 1);
  CHECK_FALSE(check::toml::parse("\nx = {a = 1}\n", tables, error));
  CHECK(error.line == 2);
}

TEST_CASE("rules files: values, defaults and errors with file and line", "[check][config]") {
  check::RulesConfig c;
  std::string error;
  REQUIRE(check::parse_rules(
      ".gazette.toml",
      "[canonical]\nseverity = \"warning\"\n[[deny]]\nname = \"Theranos\"\nmessage = \"no\"\n"
      "[[require]]\ntype = \"company\"\n[consistency]\nenabled = true\n[money]\ncurrency = \"symbol\"\n",
      c, error));
  CHECK(c.canonical.severity == check::Severity::warning);
  CHECK(c.canonical.enabled);
  REQUIRE(c.deny.size() == 1);
  CHECK(c.deny[0].message == "no");
  CHECK(c.require[0].type == "company");
  CHECK(c.consistency.enabled);
  CHECK(c.money.enabled);  // a [money] table turns the rule on
  CHECK(c.money.currency == "symbol");
  check::RulesConfig again;
  CHECK(check::parse_rules("f", check::to_toml(c), again, error));
  const auto body = [](const std::string& toml) { return toml.substr(toml.find('\n')); };
  CHECK(body(check::to_toml(again)) == body(check::to_toml(c)));  // --print-config output reads back
  CHECK_FALSE(check::parse_rules("f.toml", "[canonical]\nsevrity = \"error\"\n", c, error));
  CHECK(error == "f.toml:2: unknown key \"sevrity\" in [canonical]");
  CHECK_FALSE(check::parse_rules("f.toml", "[deny]\nname = \"X\"\n", c, error));
  CHECK(error == "f.toml:1: write [[deny]]: there may be several");
  CHECK_FALSE(check::parse_rules("f.toml", "[money]\ncurrency = \"dollars\"\n", c, error));
  CHECK(error.rfind("f.toml:2: currency is one of", 0) == 0);
}
