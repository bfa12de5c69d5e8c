// French numbers in words, checked against ICU's own spelling of every number below a million.
#include "money/spelled_number.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

using gazette::money::SpelledNumberReader;

namespace {

std::string icu_spelling(const icu::RuleBasedNumberFormat& rules, std::int64_t value) {
  icu::UnicodeString u;
  icu::FieldPosition position;
  UErrorCode status = U_ZERO_ERROR;
  rules.format(value, u, position, status);
  REQUIRE(U_SUCCESS(status));
  std::string s;
  u.toUTF8String(s);
  return s;
}

// The value read from the whole of `text`, or -1 when no number spans it all.
std::int64_t whole(const SpelledNumberReader& reader, const std::string& text) {
  const auto read = reader.read(text, 0);
  if (!read || read->end != text.size()) return -1;
  return static_cast<std::int64_t>(read->value);
}

}  // namespace

TEST_CASE("every number below a million, as ICU spells it, hyphenated and spaced, reads back", "[money][spelled]") {
  UErrorCode status = U_ZERO_ERROR;
  const icu::RuleBasedNumberFormat rules(icu::URBNF_SPELLOUT, icu::Locale("fr"), status);
  REQUIRE(U_SUCCESS(status));
  const SpelledNumberReader reader;
  std::size_t checked = 0;
  for (std::int64_t v = 1; v < 1000000; v += v < 3000 ? 1 : 97) {
    const std::string hyphens = icu_spelling(rules, v);
    std::string spaces = hyphens;
    std::replace(spaces.begin(), spaces.end(), '-', ' ');
    INFO(hyphens);
    CHECK(whole(reader, hyphens) == v);
    CHECK(whole(reader, spaces) == v);
    ++checked;
  }
  CHECK(checked > 12000);
}

TEST_CASE("the Belgian and Swiss tens, as ICU spells them, read back", "[money][spelled]") {
  const SpelledNumberReader reader;
  for (const char* locale : {"fr_BE", "fr_CH"}) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::RuleBasedNumberFormat rules(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
    REQUIRE(U_SUCCESS(status));
    for (std::int64_t v = 70; v < 100000; v += v < 1000 ? 1 : 89) {
      const std::string spelled = icu_spelling(rules, v);
      INFO(locale << ": " << spelled);
      CHECK(whole(reader, spelled) == v);
    }
  }
}

TEST_CASE("spelled numbers as texts write them", "[money][spelled]") {
  const SpelledNumberReader reader;
  CHECK(whole(reader, "vingt et un") == 21);
  CHECK(whole(reader, "vingt et une") == 21);
  CHECK(whole(reader, "soixante et onze") == 71);
  CHECK(whole(reader, "quatre vingt") == 80);  // the plural mark left out
  CHECK(whole(reader, "quatre-vingts") == 80);
  CHECK(whole(reader, "deux cent") == 200);
  CHECK(whole(reader, "deux cent mille") == 200000);
  CHECK(whole(reader, "deux cents mille") == 200000);
  CHECK(whole(reader, "mille") == 1000);
  CHECK(whole(reader, "mille deux cent cinquante") == 1250);
  CHECK(whole(reader, "deux-mille-vingt-six") == 2026);
  CHECK(whole(reader, "septante") == 70);  // Belgian and Swiss French
  CHECK(whole(reader, "nonante-neuf") == 99);
  CHECK(whole(reader, "huitante") == 80);
  CHECK(whole(reader, "zero") == 0);
}

TEST_CASE("runs of number words that are no number are not read as one", "[money][spelled]") {
  const SpelledNumberReader reader;
  CHECK(whole(reader, "deux trois") == -1);
  CHECK(whole(reader, "mille mille") == -1);
  CHECK(whole(reader, "un mille") == -1);
  CHECK(whole(reader, "cent cent") == -1);
  CHECK(whole(reader, "vingt dix") == -1);
  CHECK_FALSE(reader.read("unique", 0));
  CHECK_FALSE(reader.read("centaine", 0));
}
