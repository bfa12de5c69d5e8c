#include "money/exact_decimal.h"

#include <algorithm>

namespace gazette::money {
namespace {

// Exponents are aligned by multiplying the mantissa by ten (to add cents to units, or compare the
// ends of a range); 24 significant digits leave fourteen powers of ten of room below 2^128
// (about 3.4e38), more than a scale (10^12) and a hundredth apart.
constexpr std::size_t kMaxDigits = 24;

}  // namespace

std::optional<ExactDecimal> ExactDecimal::from_digits(std::string_view integer_digits,
                                                      std::string_view fraction_digits) {
  // Trailing zeros of the fraction carry no value; dropping them keeps room for big integers.
  while (!fraction_digits.empty() && fraction_digits.back() == '0') fraction_digits.remove_suffix(1);
  while (!integer_digits.empty() && integer_digits.front() == '0') integer_digits.remove_prefix(1);
  if (integer_digits.size() + fraction_digits.size() > kMaxDigits) return std::nullopt;
  Mantissa m = 0;
  for (char c : integer_digits) m = m * 10 + static_cast<unsigned>(c - '0');
  for (char c : fraction_digits) m = m * 10 + static_cast<unsigned>(c - '0');
  return ExactDecimal(m, -static_cast<int>(fraction_digits.size()));
}

ExactDecimal ExactDecimal::times_power_of_ten(int exponent) const {
  ExactDecimal r = *this;
  r.exponent_ += exponent;
  return r;
}

ExactDecimal ExactDecimal::halved() const {
  // x / 2 == x * 5 / 10: stays exact in base ten.
  ExactDecimal r = *this;
  r.mantissa_ *= 5;
  r.exponent_ -= 1;
  return r;
}

ExactDecimal ExactDecimal::with_exponent(int exponent) const {
  ExactDecimal r = *this;
  while (r.exponent_ > exponent) {
    r.mantissa_ *= 10;
    --r.exponent_;
  }
  return r;
}

ExactDecimal ExactDecimal::plus(const ExactDecimal& other) const {
  const int e = std::min(exponent_, other.exponent_);
  ExactDecimal a = with_exponent(e), b = other.with_exponent(e);
  a.mantissa_ += b.mantissa_;
  return a;
}

ExactDecimal ExactDecimal::negated() const {
  ExactDecimal r = *this;
  r.negative_ = !negative_;
  return r;
}

bool ExactDecimal::less_than(const ExactDecimal& other) const {
  const int e = std::min(exponent_, other.exponent_);
  return with_exponent(e).mantissa_ < other.with_exponent(e).mantissa_;
}

bool ExactDecimal::is_integer() const {
  if (exponent_ >= 0) return true;
  Mantissa m = mantissa_;
  for (int e = exponent_; e < 0; ++e) {
    if (m % 10 != 0) return false;
    m /= 10;
  }
  return true;
}

std::string ExactDecimal::to_string() const {
  std::string digits;
  for (Mantissa m = mantissa_; m != 0; m /= 10) digits.push_back(static_cast<char>('0' + m % 10));
  if (digits.empty()) return "0";
  std::reverse(digits.begin(), digits.end());
  int exponent = exponent_;
  while (exponent < 0 && digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
  std::string out = negative_ ? "-" : "";
  if (exponent >= 0) return out + digits + std::string(static_cast<std::size_t>(exponent), '0');
  const std::size_t fraction = static_cast<std::size_t>(-exponent);
  if (digits.size() <= fraction) return out + "0." + std::string(fraction - digits.size(), '0') + digits;
  return out + digits.substr(0, digits.size() - fraction) + "." + digits.substr(digits.size() - fraction);
}

}  // namespace gazette::money
