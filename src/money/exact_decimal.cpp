#include "money/exact_decimal.h"

#include <algorithm>

namespace gazette::money {
namespace {

using Mantissa = unsigned __int128;

constexpr Mantissa power_of_ten(int n) {
  Mantissa p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

constexpr Mantissa kMantissaLimit = power_of_ten(ExactDecimal::kMaxSignificantDigits);  // exclusive

int digit_count(Mantissa m) {
  int n = 0;
  for (; m != 0; m /= 10) ++n;
  return n;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

ExactDecimal::ExactDecimal(Mantissa mantissa, int exponent, bool negative)
    : mantissa_(mantissa), exponent_(exponent), negative_(negative) {
  if (mantissa_ == 0) {
    exponent_ = 0;
    return;
  }
  while (mantissa_ % 10 == 0) {
    mantissa_ /= 10;
    ++exponent_;
  }
}

std::optional<ExactDecimal> ExactDecimal::make(Mantissa mantissa, long long exponent, bool negative) {
  if (mantissa >= kMantissaLimit) return std::nullopt;
  if (mantissa == 0) return ExactDecimal(0, 0, negative);
  while (mantissa % 10 == 0) {
    mantissa /= 10;
    ++exponent;
  }
  if (exponent > kMaxExponent || exponent < -kMaxExponent) return std::nullopt;
  return ExactDecimal(mantissa, static_cast<int>(exponent), negative);
}

std::optional<ExactDecimal> ExactDecimal::from_digits(std::string_view integer_digits,
                                                      std::string_view fraction_digits) {
  // Trailing zeros of the fraction carry no value; dropping them keeps room for big integers.
  while (!fraction_digits.empty() && fraction_digits.back() == '0') fraction_digits.remove_suffix(1);
  while (!integer_digits.empty() && integer_digits.front() == '0') integer_digits.remove_prefix(1);
  if (integer_digits.size() + fraction_digits.size() > kMaxWrittenDigits) return std::nullopt;
  Mantissa m = 0;
  for (char c : integer_digits) m = m * 10 + static_cast<unsigned>(c - '0');
  for (char c : fraction_digits) m = m * 10 + static_cast<unsigned>(c - '0');
  return make(m, -static_cast<long long>(fraction_digits.size()), false);
}

std::optional<ExactDecimal> ExactDecimal::parse(std::string_view text) {
  // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  std::size_t p = 0;
  const bool negative = p < text.size() && text[p] == '-';
  if (negative) ++p;
  const std::size_t integer_start = p;
  while (p < text.size() && is_digit(text[p])) ++p;
  std::string_view integer = text.substr(integer_start, p - integer_start);
  if (integer.empty() || (integer.size() > 1 && integer[0] == '0')) return std::nullopt;
  std::string_view fraction;
  if (p < text.size() && text[p] == '.') {
    const std::size_t fraction_start = ++p;
    while (p < text.size() && is_digit(text[p])) ++p;
    fraction = text.substr(fraction_start, p - fraction_start);
    if (fraction.empty()) return std::nullopt;
  }
  long long exponent = 0;
  if (p < text.size() && (text[p] == 'e' || text[p] == 'E')) {
    ++p;
    const bool negative_exponent = p < text.size() && text[p] == '-';
    if (p < text.size() && (text[p] == '-' || text[p] == '+')) ++p;
    const std::size_t exponent_start = p;
    for (; p < text.size() && is_digit(text[p]); ++p) {
      // Far past any limit already: stop growing so that a long run of digits cannot overflow.
      if (exponent < 1'000'000) exponent = exponent * 10 + (text[p] - '0');
    }
    if (p == exponent_start) return std::nullopt;
    if (negative_exponent) exponent = -exponent;
  }
  if (p != text.size()) return std::nullopt;
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  while (!integer.empty() && integer.front() == '0') integer.remove_prefix(1);
  if (integer.size() + fraction.size() > static_cast<std::size_t>(kMaxSignificantDigits)) return std::nullopt;
  Mantissa m = 0;
  for (char c : integer) m = m * 10 + static_cast<unsigned>(c - '0');
  for (char c : fraction) m = m * 10 + static_cast<unsigned>(c - '0');
  return make(m, exponent - static_cast<long long>(fraction.size()), negative);
}

std::optional<ExactDecimal> ExactDecimal::times_power_of_ten(int exponent) const {
  return make(mantissa_, static_cast<long long>(exponent_) + exponent, negative_);
}

std::optional<ExactDecimal> ExactDecimal::halved() const {
  // x / 2 == x * 5 / 10: stays exact in base ten.
  if (mantissa_ >= kMantissaLimit / 5) return std::nullopt;
  return make(mantissa_ * 5, static_cast<long long>(exponent_) - 1, negative_);
}

std::optional<ExactDecimal> ExactDecimal::plus(const ExactDecimal& other) const {
  if (negative_ || other.negative_) return std::nullopt;
  if (other.is_zero()) return *this;
  if (is_zero()) return other;
  // Align both on the smaller exponent; the wider one must not outgrow the mantissa.
  const ExactDecimal& fine = exponent_ <= other.exponent_ ? *this : other;
  const ExactDecimal& coarse = exponent_ <= other.exponent_ ? other : *this;
  const int shift = coarse.exponent_ - fine.exponent_;
  if (digit_count(coarse.mantissa_) + shift > kMaxSignificantDigits) return std::nullopt;
  const Mantissa sum = coarse.mantissa_ * power_of_ten(shift) + fine.mantissa_;
  return make(sum, fine.exponent_, false);
}

ExactDecimal ExactDecimal::negated() const {
  ExactDecimal r = *this;
  r.negative_ = !negative_;
  return r;
}

int ExactDecimal::compare_magnitude(const ExactDecimal& other) const {
  if (is_zero() || other.is_zero()) return is_zero() == other.is_zero() ? 0 : (is_zero() ? -1 : 1);
  // Mantissas have no trailing zeros, so the position of the leading digit decides first;
  // when it is the same, aligning the two cannot take either past the other's digit count.
  const int lead = digit_count(mantissa_) + exponent_, other_lead = digit_count(other.mantissa_) + other.exponent_;
  if (lead != other_lead) return lead < other_lead ? -1 : 1;
  Mantissa a = mantissa_, b = other.mantissa_;
  if (exponent_ > other.exponent_) a *= power_of_ten(exponent_ - other.exponent_);
  if (other.exponent_ > exponent_) b *= power_of_ten(other.exponent_ - exponent_);
  return a == b ? 0 : (a < b ? -1 : 1);
}

int ExactDecimal::compare(const ExactDecimal& other) const {
  const bool minus = negative_ && !is_zero(), other_minus = other.negative_ && !other.is_zero();
  if (minus != other_minus) return minus ? -1 : 1;
  const int magnitude = compare_magnitude(other);
  return minus ? -magnitude : magnitude;
}

std::string ExactDecimal::to_string() const {
  std::string digits;
  for (Mantissa m = mantissa_; m != 0; m /= 10) digits.push_back(static_cast<char>('0' + m % 10));
  if (digits.empty()) return "0";
  std::reverse(digits.begin(), digits.end());
  const std::string sign = negative_ ? "-" : "";
  if (exponent_ >= 0) return sign + digits + std::string(static_cast<std::size_t>(exponent_), '0');
  const std::size_t fraction = static_cast<std::size_t>(-exponent_);
  if (digits.size() <= fraction) return sign + "0." + std::string(fraction - digits.size(), '0') + digits;
  return sign + digits.substr(0, digits.size() - fraction) + "." + digits.substr(digits.size() - fraction);
}

}  // namespace gazette::money
