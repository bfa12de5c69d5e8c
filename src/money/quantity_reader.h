// Reads the number part of an amount, forwards from where it starts: digits with their French
// or English separators ("3 000,50", "1.234.567", "2.5"), or number words ("cinquante", "un
// demi"), then a scale ("milliards", "Md", "k", "bn", "million et demi").
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "money/exact_decimal.h"
#include "money/spelled_number.h"

namespace gazette::money {

struct Scale {
  int exponent = 0;         // 6 for "millions"
  bool half = false;        // "demi-milliard": half of 10^exponent
  bool and_a_half = false;  // "un million et demi": the number plus one half
  bool is_word = false;     // "millions" (not "M"): "de" may follow ("millions de dollars")
  std::size_t end = 0;
};

struct Quantity {
  std::size_t start = 0, end = 0;
  ExactDecimal number;  // as written, before the scale
  ExactDecimal value;   // with the scale applied
  std::optional<Scale> scale;
  bool grouped = false;        // digits written with thousands separators: "500 000"
  bool spelled = false;        // written in words
  bool small_integer = false;  // an integer below 100 written with at most two digits or in words
};

enum class ScaleStyle {
  kFrench,   // "billion" is 10^12
  kEnglish,  // after a leading currency ("$2 billion", "$2.5bn"): "billion" is 10^9
};

class QuantityReader {
 public:
  // A quantity starting exactly at `pos`; nullopt if none does.
  std::optional<Quantity> read(std::string_view text, std::size_t pos, ScaleStyle style) const;
  // Only digits or number words, no scale: the cents of "vingt-trois euros cinquante".
  std::optional<Quantity> read_cents(std::string_view text, std::size_t pos) const;

  // Whether a quantity may start at `pos` (a digit, a sign, a number word or "demi"). Cheap.
  static bool may_start(std::string_view text, std::size_t pos);

 private:
  std::optional<Quantity> read_number(std::string_view text, std::size_t pos) const;
  std::optional<Scale> read_scale(std::string_view text, std::size_t pos, ScaleStyle style) const;

  SpelledNumberReader spelled_;
};

// Digits only: "3 000,50", "-12", "1,234,567.89". Exposed for tests.
struct WrittenNumber {
  std::size_t end = 0;
  ExactDecimal value;
  bool grouped = false;
  std::size_t integer_digits = 0;
  bool has_fraction = false;
};
std::optional<WrittenNumber> read_written_number(std::string_view text, std::size_t pos);

}  // namespace gazette::money
