// An exact decimal number: an integer mantissa and a power of ten. Amounts are never passed
// through double, so "0,1" stays "0.1" and "1,68 milliard" is "1680000000", not 1679999999.99.
//
// Arithmetic is checked: an operation whose exact result does not fit (more than
// kMaxSignificantDigits digits, or a power of ten beyond kMaxExponent) gives nullopt, so an
// amount too large or too precise to hold gets no value at all rather than a wrong one.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gazette::money {

class ExactDecimal {
 public:
  // 10^38 - 1 is the largest run of nines below 2^128.
  static constexpr int kMaxSignificantDigits = 38;
  // Bounds the printed length (some 80 characters) whatever the input asks for.
  static constexpr int kMaxExponent = 40;
  // Digits read from text: past 24 significant digits a number is not read as an amount.
  static constexpr std::size_t kMaxWrittenDigits = 24;

  ExactDecimal() = default;
  static ExactDecimal integer(std::uint64_t n) { return ExactDecimal(n, 0, false); }
  // From ASCII digits with an optional fractional part; nullopt past kMaxWrittenDigits
  // significant digits.
  static std::optional<ExactDecimal> from_digits(std::string_view integer_digits,
                                                 std::string_view fraction_digits = {});
  // A number as JSON writes it ("-12", "0.5", "50000000000.0", "1.5e6"); nullopt for anything
  // else or when it does not fit exactly.
  static std::optional<ExactDecimal> parse(std::string_view text);

  std::optional<ExactDecimal> times_power_of_ten(int exponent) const;
  std::optional<ExactDecimal> halved() const;
  std::optional<ExactDecimal> plus(const ExactDecimal& other) const;  // nullopt unless both are non-negative
  ExactDecimal negated() const;

  bool is_zero() const { return mantissa_ == 0; }
  bool negative() const { return negative_; }
  // Exact for any two values: never overflows, whatever their exponents.
  int compare(const ExactDecimal& other) const;
  bool less_than(const ExactDecimal& other) const { return compare(other) < 0; }
  bool operator<(const ExactDecimal& other) const { return compare(other) < 0; }
  bool operator==(const ExactDecimal& other) const { return compare(other) == 0; }
  bool operator!=(const ExactDecimal& other) const { return compare(other) != 0; }
  bool is_integer() const { return exponent_ >= 0; }
  // Fewest digits: no exponent, no trailing zeros after the point ("3000.5", "0.012").
  std::string to_string() const;

 private:
  using Mantissa = unsigned __int128;
  // Keeps the mantissa free of trailing zeros, which leaves the most room for alignment.
  ExactDecimal(Mantissa mantissa, int exponent, bool negative);
  static std::optional<ExactDecimal> make(Mantissa mantissa, long long exponent, bool negative);
  int compare_magnitude(const ExactDecimal& other) const;

  Mantissa mantissa_ = 0;
  int exponent_ = 0;
  bool negative_ = false;
};

}  // namespace gazette::money
