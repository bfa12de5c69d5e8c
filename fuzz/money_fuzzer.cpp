// Fuzz target: the money reader on the folded form of any bytes (as the pipeline gives it).
// Every amount must lie in the text, in order and without overlap, on code point boundaries, and
// map back to a non-empty slice of the original; its value (or range) must be a plain decimal
// within ExactDecimal's checked bounds (at most 38 significant digits, no power of ten past 40),
// with min below max, and its currency an ISO 4217 code. The decimal checks read the printed
// strings naively rather than through ExactDecimal, so they cannot share its mistakes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "money/money.h"
#include "naive_text.h"
#include "normalise/normaliser.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

struct Decimal {
  bool negative = false;  // "il perd -1 €": a loss is a negative amount
  std::string integer, fraction;  // no leading zero in integer (empty for 0), no trailing one in fraction
};

// "0", "12", "0.5", "-3000.25": an optional minus, digits, at most one point, no exponent,
// fewest digits.
bool read_decimal(std::string s, Decimal& out) {
  out.negative = !s.empty() && s[0] == '-';
  if (out.negative) s.erase(0, 1);
  const std::size_t point = s.find('.');
  out.integer = s.substr(0, point);
  out.fraction = point == std::string::npos ? "" : s.substr(point + 1);
  if (out.integer.empty() || (point != std::string::npos && out.fraction.empty())) return false;
  for (char c : out.integer + out.fraction)
    if (c < '0' || c > '9') return false;
  if (out.integer.size() > 1 && out.integer[0] == '0') return false;
  if (!out.fraction.empty() && out.fraction.back() == '0') return false;
  if (out.integer == "0") out.integer.clear();
  return true;
}

bool within_bounds(const Decimal& d) {
  std::string digits = d.integer + d.fraction;
  while (!digits.empty() && digits[0] == '0') digits.erase(0, 1);
  std::size_t trailing = 0;
  while (trailing < digits.size() && digits[digits.size() - 1 - trailing] == '0') ++trailing;
  const std::size_t significant = digits.size() - trailing;
  return significant <= 38 && d.fraction.size() <= 40 && (d.integer.empty() || trailing <= 40);
}

int compare_magnitude(const Decimal& a, const Decimal& b) {
  if (a.integer.size() != b.integer.size()) return a.integer.size() < b.integer.size() ? -1 : 1;
  if (a.integer != b.integer) return a.integer < b.integer ? -1 : 1;
  return a.fraction == b.fraction ? 0 : (a.fraction < b.fraction ? -1 : 1);
}

int compare(const Decimal& a, const Decimal& b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  return a.negative ? -compare_magnitude(a, b) : compare_magnitude(a, b);
}

void check_value(const std::string& text, const char* what, Decimal& out) {
  if (!read_decimal(text, out)) fail(what, "not a plain decimal: " + text);
  if (!within_bounds(out)) fail(what, "outside the checked bounds: " + text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gazette::money::Recogniser recogniser;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const gazette::normalise::Normalised n = gazette::normalise::normalise(input);
  const gazette_naive::Places folded(n.text);
  std::size_t previous_end = 0;
  for (const gazette::money::Amount& a : recogniser.find(n.text)) {
    const std::string where = std::to_string(a.start) + "-" + std::to_string(a.end);
    if (a.start >= a.end || a.end > n.text.size()) fail("amount outside the text", where);
    if (a.start < previous_end) fail("amounts overlap or are out of order", where);
    previous_end = a.end;
    if (!folded.at(a.start).boundary || !folded.at(a.end).boundary) fail("amount cuts a code point", where);
    if (n.original_begin(a.start) >= n.original_end(a.end) || n.original_end(a.end) > input.size())
      fail("amount maps to no slice of the original", where);
    Decimal value, min, max;
    if (a.value.empty() == (a.min.empty() || a.max.empty())) fail("neither one value nor a range", where);
    if (!a.value.empty()) check_value(a.value, "value", value);
    if (a.value.empty()) {
      check_value(a.min, "min", min);
      check_value(a.max, "max", max);
      if (compare(min, max) >= 0) fail("range whose min is not below its max", a.min + ".." + a.max);
    }
    if (a.currency.size() != 3) fail("currency is no ISO 4217 code", a.currency);
    for (char c : a.currency)
      if (c < 'A' || c > 'Z') fail("currency is no ISO 4217 code", a.currency);
    if (!(a.qualifier.empty() || a.qualifier == "up_to" || a.qualifier == "about" || a.qualifier == "over" ||
          a.qualifier == "under"))
      fail("unknown qualifier", a.qualifier);
  }
  return 0;
}
