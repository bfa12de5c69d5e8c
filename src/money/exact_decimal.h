// An exact decimal number: an integer mantissa and a power of ten. Amounts are never passed
// through double, so "0,1" stays "0.1" and "1,68 milliard" is "1680000000", not 1679999999.99.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gazette::money {

class ExactDecimal {
 public:
  ExactDecimal() = default;
  static ExactDecimal integer(std::uint64_t n) { return ExactDecimal(n, 0); }
  // From ASCII digits with an optional fractional part; nullopt past 24 significant digits.
  static std::optional<ExactDecimal> from_digits(std::string_view integer_digits,
                                                 std::string_view fraction_digits = {});

  ExactDecimal times_power_of_ten(int exponent) const;
  ExactDecimal halved() const;
  ExactDecimal plus(const ExactDecimal& other) const;  // both non-negative
  ExactDecimal negated() const;

  bool is_zero() const { return mantissa_ == 0; }
  bool negative() const { return negative_; }
  bool less_than(const ExactDecimal& other) const;  // both non-negative
  bool is_integer() const;
  // Fewest digits: no exponent, no trailing zeros after the point ("3000.5", "0.012").
  std::string to_string() const;

 private:
  using Mantissa = unsigned __int128;
  ExactDecimal(Mantissa mantissa, int exponent) : mantissa_(mantissa), exponent_(exponent) {}
  ExactDecimal with_exponent(int exponent) const;  // exponent <= exponent_; exact

  Mantissa mantissa_ = 0;
  int exponent_ = 0;
  bool negative_ = false;
};

}  // namespace gazette::money
