// The currency tables come from the repository and ICU's data, never from the clock.
#include <catch2/catch.hpp>

#include <string>

#include "money/currency_name_winners.h"
#include "money/money.h"
#include "normalise/icu_status.h"
#include "normalise/normaliser.h"

using namespace gazette;

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
  const money::Recogniser recogniser;
  const auto currency = [&](const std::string& text) {
    const auto found = recogniser.find(normalise::normalise(text).text);
    return found.size() == 1 ? found[0].currency : "";
  };
  CHECK(currency("Il a payé 10 roubles russes.") == "RUB");
  CHECK(currency("Il a payé 10 livres turques.") == "TRY");
  CHECK(currency("Il a payé 10 bolivars vénézuéliens.") == "VES");
  CHECK(currency("Il a payé 10 zlotys polonais.") == "PLN");
  CHECK(currency("Il a payé 10 kwachas zambiens.") == "ZMW");
}

TEST_CASE("an ICU failure is an error with a message, a warning is not", "[money][tables]") {
  CHECK_NOTHROW(normalise::check_icu(U_ZERO_ERROR, "x"));
  CHECK_NOTHROW(normalise::check_icu(U_USING_DEFAULT_WARNING, "x"));
  CHECK_THROWS_WITH(normalise::check_icu(U_MISSING_RESOURCE_ERROR, "French spell-out rules"),
                    "ICU: French spell-out rules: U_MISSING_RESOURCE_ERROR");
  CHECK_THROWS_AS(normalise::check_icu(U_FILE_ACCESS_ERROR, "x"), normalise::IcuError);
}
