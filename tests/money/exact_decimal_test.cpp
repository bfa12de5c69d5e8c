// ExactDecimal at its limits: every operation either gives the exact result or nothing.
#include <catch2/catch.hpp>

#include <string>

#include "money/exact_decimal.h"
#include "money/money.h"
#include "normalise/normaliser.h"

using gazette::money::ExactDecimal;

namespace {

ExactDecimal digits(const std::string& integer, const std::string& fraction = "") {
  const auto d = ExactDecimal::from_digits(integer, fraction);
  REQUIRE(d);
  return *d;
}

ExactDecimal parsed(const std::string& text) {
  const auto d = ExactDecimal::parse(text);
  INFO(text);
  REQUIRE(d);
  return *d;
}

const std::string k24Nines(24, '9');
const std::string k38Nines(38, '9');

}  // namespace

TEST_CASE("exact decimal: digits read up to 24 significant digits, no further", "[money][decimal]") {
  CHECK(digits(k24Nines).to_string() == k24Nines);
  CHECK(digits("0", k24Nines).to_string() == "0." + k24Nines);
  CHECK(digits("000" + k24Nines, "000").to_string() == k24Nines);  // leading and trailing zeros are free
  CHECK_FALSE(ExactDecimal::from_digits(k24Nines + "9"));
  CHECK_FALSE(ExactDecimal::from_digits("1", std::string(24, '1')));
  CHECK(digits("3000", "50").to_string() == "3000.5");
  CHECK(digits("0", "012").to_string() == "0.012");
  CHECK(digits("", "").to_string() == "0");
}

TEST_CASE("exact decimal: powers of ten stay within the exponent bound", "[money][decimal]") {
  const ExactDecimal one = ExactDecimal::integer(1);
  CHECK(one.times_power_of_ten(ExactDecimal::kMaxExponent)->to_string() ==
        "1" + std::string(ExactDecimal::kMaxExponent, '0'));
  CHECK_FALSE(one.times_power_of_ten(ExactDecimal::kMaxExponent + 1));
  CHECK(one.times_power_of_ten(-ExactDecimal::kMaxExponent));
  CHECK_FALSE(one.times_power_of_ten(-ExactDecimal::kMaxExponent - 1));
  CHECK_FALSE(one.times_power_of_ten(2147483647));
  CHECK_FALSE(one.times_power_of_ten(-2147483647 - 1));
  // Trailing zeros are not held in the mantissa, so they cost no room.
  CHECK(ExactDecimal::integer(1000).times_power_of_ten(ExactDecimal::kMaxExponent - 3));
  CHECK(ExactDecimal::integer(0).times_power_of_ten(1000)->to_string() == "0");
}

TEST_CASE("exact decimal: sums are exact or nothing", "[money][decimal]") {
  CHECK(digits("15").plus(digits("0", "5"))->to_string() == "15.5");
  CHECK(digits("0", "1").plus(digits("0", "2"))->to_string() == "0.3");
  // 38 significant digits fit; 39 do not.
  const ExactDecimal big = parsed(k38Nines.substr(1) + "0");  // 37 nines then 0
  CHECK(big.plus(digits("9"))->to_string() == k38Nines);
  CHECK_FALSE(parsed(k38Nines).plus(digits("1")));
  // 1e-24 + 5e15 needs 40 digits: no sum rather than garbage digits.
  const ExactDecimal tiny = *digits("1").times_power_of_ten(-24);
  const ExactDecimal large = *digits("5").times_power_of_ten(15);
  CHECK_FALSE(tiny.plus(large));
  CHECK_FALSE(large.plus(tiny));
  CHECK(digits("0", "000000000000000000000001").plus(digits("5"))->to_string() == "5.000000000000000000000001");
  CHECK_FALSE(digits("1").negated().plus(digits("1")));
}

TEST_CASE("exact decimal: halves are exact or nothing", "[money][decimal]") {
  CHECK(digits("3").halved()->to_string() == "1.5");
  CHECK(digits("1").halved()->halved()->to_string() == "0.25");
  CHECK(parsed(std::string(37, '9')).halved());
  CHECK_FALSE(parsed(k38Nines).halved());
}

TEST_CASE("exact decimal: comparisons never overflow", "[money][decimal]") {
  const ExactDecimal small = digits("0", k24Nines);                                      // just under 1
  const ExactDecimal huge = *digits("192395799300775318613239").times_power_of_ten(12);  // about 1.9e35
  CHECK(small.less_than(huge));
  CHECK_FALSE(huge.less_than(small));
  CHECK(*small.times_power_of_ten(12) < huge);
  CHECK(digits("2").less_than(digits("10")));
  CHECK(digits("1", "5").less_than(digits("2")));
  CHECK(digits("1", "5") == parsed("1.50"));
  CHECK(parsed("1e3") == digits("1000"));
  CHECK(parsed("-1") < parsed("0"));
  CHECK(parsed("-2") < parsed("-1"));
  CHECK(parsed("-0") == parsed("0"));
  CHECK(parsed(k38Nines) < *parsed("1").times_power_of_ten(38));
  CHECK(*parsed(k38Nines).times_power_of_ten(-ExactDecimal::kMaxExponent) < *parsed("1").times_power_of_ten(-2));
}

TEST_CASE("exact decimal: JSON numbers parse exactly", "[money][decimal]") {
  CHECK(parsed("50000000000.0").to_string() == "50000000000");
  CHECK(parsed("23.50").to_string() == "23.5");
  CHECK(parsed("1.5e6").to_string() == "1500000");
  CHECK(parsed("15E-1").to_string() == "1.5");
  CHECK(parsed("-12").to_string() == "-12");
  CHECK(parsed("0").to_string() == "0");
  CHECK(parsed("0.1").to_string() == "0.1");
  CHECK(parsed(k38Nines).to_string() == k38Nines);
  CHECK_FALSE(ExactDecimal::parse(k38Nines + "9"));
  CHECK_FALSE(ExactDecimal::parse("1e41"));
  CHECK_FALSE(ExactDecimal::parse("1e99999999999999999999"));
  for (const char* bad : {"", "-", "+1", "01", "1.", ".5", "1e", "1e+", "1,5", " 1", "1 ", "0x10", "nan", "inf"}) {
    INFO(bad);
    CHECK_FALSE(ExactDecimal::parse(bad));
  }
}

TEST_CASE("money: amounts too large or too precise get no wrong value", "[money][decimal]") {
  const gazette::money::Recogniser recogniser;
  const auto find = [&](const std::string& text) { return recogniser.find(gazette::normalise::normalise(text).text); };
  // The low end borrows the scale (10^12) of the high end; comparing the two needs no overflow.
  const auto range = find("0,999999999999999999999999 à 192395799300775318613239 mille milliards d'euros");
  REQUIRE(range.size() == 1);
  CHECK(range[0].min == "999999999999.999999999999");
  CHECK(range[0].max == "192395799300775318613239000000000000");
  CHECK(range[0].currency == "EUR");
  // Past 24 significant digits a number is no amount.
  CHECK(find("1234567890123456789012345 euros").empty());
  CHECK(find("0,1234567890123456789012345 euro").empty());
  // Just within: exact.
  const auto exact = find("123456789012345678901234 € 50");
  REQUIRE(exact.size() == 1);
  CHECK(exact[0].value == "123456789012345678901234.5");
  const auto half = find("0,000000000000000000000001 million et demi d'euros");
  REQUIRE(half.size() == 1);
  CHECK(half[0].value == "500000.000000000000000001");
}
