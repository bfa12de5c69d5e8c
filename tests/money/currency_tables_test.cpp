// The currency tables come from the repository and ICU's data, never from the clock.
#include <catch2/catch.hpp>
#include <string>

#include "money/currency_name_winners.h"
#include "money/currency_table.h"
#include "money/money.h"
#include "normalise/icu_status.h"
#include "normalise/normaliser.h"

using namespace gazette;

namespace {

// The currency of the one amount found in `text`, or "" when there is not exactly one.
std::string currency(const std::string& text) {
  static const money::Recogniser recogniser;
  const auto found = recogniser.find(normalise::normalise(text).text);
  return found.size() == 1 ? std::string(found[0].currency) : "";
}

}  // namespace

TEST_CASE("the table of currency codes that win a shared name parses", "[money][tables]") {
  const auto codes = money::parse_code_list("# comment\nRUB\n\n  TRY  # trailing\r\nVES\n");
  CHECK(codes.size() == 3);
  CHECK(codes.count("RUB"));
  CHECK(codes.count("TRY"));
  CHECK(codes.count("VES"));
  const auto& shipped = money::currency_name_winners();
  CHECK(shipped.size() == 168);
  CHECK(shipped.count("EUR"));
  CHECK(shipped.count("RUB"));
  CHECK_FALSE(shipped.count("RUR"));
  CHECK_FALSE(shipped.count("FRF"));
  for (const std::string& code : shipped) {
    INFO(code);
    CHECK(code.size() == 3);
  }
}

TEST_CASE("a name CLDR gives to a current and a withdrawn code means the current one", "[money][tables]") {
  CHECK(currency("Il a payé 10 roubles russes.") == "RUB");
  CHECK(currency("Il a payé 10 livres turques.") == "TRY");
  CHECK(currency("Il a payé 10 bolivars vénézuéliens.") == "VES");
  CHECK(currency("Il a payé 10 zlotys polonais.") == "PLN");
  CHECK(currency("Il a payé 10 kwachas zambiens.") == "ZMW");
}

TEST_CASE("the head of a name only one currency has is a name alone", "[money][tables]") {
  // CLDR names "baht thaïlandais", "naira nigérian", "ringgit malais".
  CHECK(currency("Ils co\xC3\xBBtent 2,5 milliards de bahts chacun.") == "THB");
  CHECK(currency("Il a pay\xC3\xA9 5 millions de nairas.") == "NGN");
  CHECK(currency("Il a pay\xC3\xA9 10 ringgits.") == "MYR");
  // Weak, as the head may be a word: a small spelled number is not money.
  CHECK(currency("Il a pay\xC3\xA9 deux bahts.") == "");
}

TEST_CASE("an ICU failure is an error with a message, a warning is not", "[money][tables]") {
  CHECK_NOTHROW(normalise::check_icu(U_ZERO_ERROR, "x"));
  CHECK_NOTHROW(normalise::check_icu(U_USING_DEFAULT_WARNING, "x"));
  CHECK_THROWS_WITH(normalise::check_icu(U_MISSING_RESOURCE_ERROR, "French spell-out rules"),
                    "ICU: French spell-out rules: U_MISSING_RESOURCE_ERROR");
  CHECK_THROWS_AS(normalise::check_icu(U_FILE_ACCESS_ERROR, "x"), normalise::IcuError);
}

TEST_CASE("a word's hash reads its bytes as a copy of them would, at every length", "[money][currency]") {
  // The hash reads short words with overlapping fixed-size loads; it must equal the plain
  // reading (the first eight bytes little-endian, the last eight) for every length and offset.
  const auto reference = [](std::string_view word) {
    const std::size_t n = word.size();
    std::uint64_t first = 0, last = 0;
    for (std::size_t i = 0; i < n && i < 8; ++i) first |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    if (n >= 8)
      for (std::size_t i = 0; i < 8; ++i) last |= std::uint64_t{static_cast<unsigned char>(word[n - 8 + i])} << (8 * i);
    const std::uint64_t h = (first * 0x9E3779B97F4A7C15ull) ^ (last * 0xC2B2AE3D27D4EB4Full) ^ n;
    return h ^ (h >> 29);
  };
  const std::string text = "abcdefghijklmnopqrstuvwxyz\xC3\xA9\xFF\x01";
  for (std::size_t at = 0; at < text.size(); ++at)
    for (std::size_t n = 0; at + n <= text.size() && n <= 20; ++n) {
      INFO("at " << at << ", " << n << " bytes");
      CHECK(money::CurrencyTable::hash_word(std::string_view(text).substr(at, n)) ==
            reference(std::string_view(text).substr(at, n)));
    }
}
