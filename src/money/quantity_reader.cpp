#include "money/quantity_reader.h"

#include <string>

#include "money/text_scan.h"

namespace gazette::money {
namespace {

bool three_digits_at(std::string_view text, std::size_t pos) {
  return pos + 3 <= text.size() && is_digit(text[pos]) && is_digit(text[pos + 1]) && is_digit(text[pos + 2]) &&
         (pos + 3 == text.size() || !is_digit(text[pos + 3]));
}

std::size_t digits_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

// English thousands commas: "1,234,567", "1,234.5", "1,000". A single ",ddd" is otherwise a
// French decimal ("12,345 $" is twelve dollars and a fraction), but nobody writes ",000" for a
// fraction.
bool english_commas_at(std::string_view text, std::size_t pos) {
  int groups = 0;
  bool zeros = false;
  while (pos < text.size() && text[pos] == ',' && three_digits_at(text, pos + 1)) {
    zeros = text.compare(pos + 1, 3, "000") == 0;
    ++groups;
    pos += 4;
  }
  if (groups >= 2 || (groups == 1 && zeros)) return true;
  return groups == 1 && pos + 1 < text.size() && text[pos] == '.' && is_digit(text[pos + 1]);
}

struct ScaleWord {
  std::string_view word;
  int exponent;
  bool is_word;
};

// Longest first where one is a prefix of another ("milliards" before "milliard", "mds" before "md").
constexpr ScaleWord kScaleWords[] = {
    {"mille milliards", 12, true},
    {"milliards", 9, true},
    {"milliard", 9, true},
    {"millions", 6, true},
    {"million", 6, true},
    {"billions", 12, true},
    {"billion", 12, true},
    {"mille", 3, true},
    {"mrds", 9, false},
    {"mrd", 9, false},
    {"mds", 9, false},
    {"md", 9, false},
    {"mio", 6, false},
    {"mn", 6, false},
    {"m", 6, false},
    {"bn", 9, false},
    {"k", 3, false},
};

constexpr std::string_view kHalfScales[] = {"demi-milliards", "demi-milliard", "demi-millions", "demi-million"};

std::optional<Scale> read_half_scale(std::string_view text, std::size_t pos) {
  for (std::string_view w : kHalfScales) {
    if (word_at(text, pos, w)) {
      Scale s;
      s.exponent = w.find("milliard") != std::string_view::npos ? 9 : 6;
      s.half = true;
      s.is_word = true;
      s.end = pos + w.size();
      return s;
    }
  }
  return std::nullopt;
}

// "le seuil du milliard d'euros", "le million de dollars promis": after a definite article, a
// scale word alone is one of it. (A bare "milliard" elsewhere is no amount: "des milliards".)
std::optional<Scale> read_whole_scale(std::string_view text, std::size_t pos) {
  Scale s;
  if (word_at(text, pos, "milliard")) {
    s.exponent = 9;
    s.end = pos + 8;
  } else if (word_at(text, pos, "million")) {
    s.exponent = 6;
    s.end = pos + 7;
  } else {
    return std::nullopt;
  }
  std::size_t before = pos;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == pos) return std::nullopt;
  std::size_t word = before;
  while (word > 0 && is_letter(text[word - 1])) --word;
  const std::string_view article = text.substr(word, before - word);
  if ((word > 0 && is_alnum(text[word - 1])) || !(article == "du" || article == "le" || article == "au"))
    return std::nullopt;
  s.is_word = true;
  return s;
}

// nullopt when the scaled number does not fit: no quantity rather than a wrong one.
std::optional<ExactDecimal> apply(const Scale& scale, const ExactDecimal& number) {
  std::optional<ExactDecimal> n = number;
  if (scale.and_a_half) n = n->plus(*ExactDecimal::integer(1).halved());
  if (n) n = n->times_power_of_ten(scale.exponent);
  if (n && scale.half) n = n->halved();
  return n;
}

}  // namespace

std::optional<WrittenNumber> read_written_number(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  bool negative = false;
  if (p < text.size() && text[p] == '-') {
    negative = true;
    ++p;
  }
  const std::size_t first_end = digits_end(text, p);
  if (first_end == p) return std::nullopt;
  std::string integer(text.substr(p, first_end - p));
  WrittenNumber out;
  p = first_end;
  char separator = 0;
  // Thousands groups need a leading group of one to three digits: "2016 500" is a year and a
  // number, not 2016500.
  if (integer.size() <= 3) {
    if (english_commas_at(text, p)) {
      separator = ',';
      while (p < text.size() && text[p] == ',' && three_digits_at(text, p + 1)) {
        integer.append(text.substr(p + 1, 3));
        p += 4;
      }
    } else {
      // ' ' (any space, after normalisation) or '.': "3 000", "1.234.567", "125.000,50".
      while (p < text.size() && (text[p] == ' ' || text[p] == '.') && (separator == 0 || separator == text[p]) &&
             three_digits_at(text, p + 1)) {
        separator = text[p];
        integer.append(text.substr(p + 1, 3));
        p += 4;
      }
    }
  }
  out.grouped = separator != 0;
  out.integer_digits = integer.size();
  std::string_view fraction;
  if (p + 1 < text.size() && is_digit(text[p + 1]) &&
      ((text[p] == ',' && separator != ',') || (text[p] == '.' && separator != '.'))) {
    const std::size_t fraction_end = digits_end(text, p + 1);
    fraction = text.substr(p + 1, fraction_end - p - 1);
    p = fraction_end;
    out.has_fraction = true;
  }
  const std::optional<ExactDecimal> value = ExactDecimal::from_digits(integer, fraction);
  if (!value) return std::nullopt;
  out.value = negative ? value->negated() : *value;
  out.end = p;
  return out;
}

bool QuantityReader::may_start(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (is_digit(c)) return true;
  if (c == '-') return pos + 1 < text.size() && is_digit(text[pos + 1]);
  if (!is_letter(c)) return false;
  return SpelledNumberReader::starts_number_word(text, pos) || text.compare(pos, 5, "demi-") == 0 ||
         text.compare(pos, 7, "million") == 0 || text.compare(pos, 8, "milliard") == 0;
}

std::optional<Quantity> QuantityReader::read_number(std::string_view text, std::size_t pos) const {
  Quantity q;
  q.start = pos;
  if (is_digit(text[pos]) || text[pos] == '-') {
    const std::optional<WrittenNumber> n = read_written_number(text, pos);
    if (!n) return std::nullopt;
    q.end = n->end;
    q.number = n->value;
    q.grouped = n->grouped;
    q.small_integer = !n->grouped && !n->has_fraction && !n->value.negative() && n->integer_digits <= 2;
    return q;
  }
  const std::optional<SpelledNumber> n = spelled_.read(text, pos);
  if (!n) return std::nullopt;
  q.end = n->end;
  q.number = ExactDecimal::integer(n->value);
  q.spelled = true;
  q.small_integer = n->value < 100;
  return q;
}

std::optional<Scale> QuantityReader::read_scale(std::string_view text, std::size_t pos, ScaleStyle style) const {
  const std::size_t p = skip_spaces(text, pos);
  if (p >= text.size() || !is_letter(text[p])) return std::nullopt;
  if (std::optional<Scale> half = read_half_scale(text, p)) return half;
  for (const ScaleWord& w : kScaleWords) {
    if (!word_at(text, p, w.word)) continue;
    Scale s;
    s.exponent = w.exponent;
    if (style == ScaleStyle::kEnglish && w.word.substr(0, 7) == "billion") s.exponent = 9;
    s.is_word = w.is_word;
    s.end = p + w.word.size();
    // "un million et demi", "deux milliards et demi"
    if (w.is_word && w.exponent >= 6 && text.compare(s.end, 8, " et demi") == 0 && at_word_end(text, s.end + 8)) {
      s.and_a_half = true;
      s.end += 8;
    }
    return s;
  }
  return std::nullopt;
}

std::optional<Quantity> QuantityReader::read(std::string_view text, std::size_t pos, ScaleStyle style) const {
  // "demi-million d'euro", "du milliard d'euros": a scale that needs no number.
  std::optional<Scale> bare = read_half_scale(text, pos);
  if (!bare) bare = read_whole_scale(text, pos);
  if (bare) {
    Quantity q;
    q.start = pos;
    q.end = bare->end;
    q.number = ExactDecimal::integer(1);
    q.value = *apply(*bare, q.number);  // 10^6 or 10^9, or half of it, always fits
    q.scale = bare;
    q.spelled = true;
    return q;
  }
  std::optional<Quantity> q = read_number(text, pos);
  if (!q) return std::nullopt;
  q->value = q->number;
  if (std::optional<Scale> scale = read_scale(text, q->end, style)) {
    // "mille" after words is already part of the number ("deux mille"); after digits it scales.
    if (!(q->spelled && scale->exponent == 3)) {
      const std::optional<ExactDecimal> value = apply(*scale, q->number);
      if (!value) return std::nullopt;
      q->scale = scale;
      q->value = *value;
      q->end = scale->end;
      q->small_integer = false;
    }
  }
  return q;
}

std::optional<Quantity> QuantityReader::read_cents(std::string_view text, std::size_t pos) const {
  if (is_digit(text[pos])) {
    const std::size_t end = digits_end(text, pos);
    if (end - pos != 2 || (end < text.size() && (text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
                           is_digit(text[end + 1]))) {
      return std::nullopt;
    }
    Quantity q;
    q.start = pos;
    q.end = end;
    q.number = *ExactDecimal::from_digits(text.substr(pos, 2));
    q.value = q.number;
    return q;
  }
  const std::optional<SpelledNumber> n = spelled_.read(text, pos, /*allow_cents_word=*/false);
  if (!n || n->value >= 100) return std::nullopt;
  Quantity q;
  q.start = pos;
  q.end = n->end;
  q.number = ExactDecimal::integer(n->value);
  q.value = q.number;
  q.spelled = true;
  return q;
}

}  // namespace gazette::money
