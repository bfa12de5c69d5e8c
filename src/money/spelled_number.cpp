#include "money/spelled_number.h"

#include <algorithm>
#include <string>

#include "money/text_scan.h"

namespace gazette::money {
namespace {

// The words a French cardinal is made of: where a number starts and stops in running text.
constexpr std::string_view kNumberWords[] = {
    "zero",     "un",       "une",     "deux",    "trois",  "quatre",   "cinq",      "six",
    "sept",     "huit",     "neuf",    "dix",     "onze",   "douze",    "treize",    "quatorze",
    "quinze",   "seize",    "vingt",   "vingts",  "trente", "quarante", "cinquante", "soixante",
    "septante", "huitante", "octante", "nonante", "cent",   "cents",    "mille",
};

bool is_number_word(std::string_view w) {
  return std::find(std::begin(kNumberWords), std::end(kNumberWords), w) != std::end(kNumberWords);
}

// "et" joins "vingt et un", "soixante et onze"; anywhere else it ends the number ("un million
// et demi" is read by the scale, "15 dollars et 15 cents" by the cents).
bool et_joins(std::string_view previous, std::string_view next) {
  const bool tens = previous == "vingt" || previous == "trente" || previous == "quarante" || previous == "cinquante" ||
                    previous == "soixante" || previous == "septante" || previous == "huitante" ||
                    previous == "nonante";
  return tens && (next == "un" || next == "une" || next == "onze");
}

// How a variety of French names the tens from seventy on: "soixante-dix, quatre-vingts,
// quatre-vingt-dix" in France, "septante, quatre-vingts, nonante" in Belgium, "septante,
// huitante, nonante" in Switzerland.
enum class Tens { france, belgium, switzerland };

// The spelling of 1 <= n < 1000 in the 1990 reform's hyphens, as ICU's spell-out rules write it
// (tests/money/spelled_number_test.cpp compares the two for every number below a million).
std::string spell(unsigned n, Tens tens) {
  static constexpr const char* kUnits[] = {"",         "un",       "deux",     "trois",  "quatre",
                                           "cinq",     "six",      "sept",     "huit",   "neuf",
                                           "dix",      "onze",     "douze",    "treize", "quatorze",
                                           "quinze",   "seize",    "dix-sept", "dix-huit", "dix-neuf"};
  static constexpr const char* kTens[] = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
  if (n >= 100) {
    const unsigned hundreds = n / 100, rest = n % 100;
    std::string out = hundreds == 1 ? "cent" : std::string(kUnits[hundreds]) + "-cent";
    if (rest == 0) return hundreds == 1 ? out : out + "s";
    return out + "-" + spell(rest, tens);
  }
  if (n < 20) return kUnits[n];
  unsigned ten = n / 10, rest = n % 10;
  std::string base;
  if (ten <= 6) {
    base = kTens[ten];
  } else if (ten == 7 && tens == Tens::france) {
    base = "soixante";
    rest += 10;
  } else if (ten == 7) {
    base = "septante";
  } else if (ten == 8 && tens == Tens::switzerland) {
    base = "huitante";
  } else if (ten == 8 || tens == Tens::france) {
    base = "quatre-vingt";
    if (ten == 9) rest += 10;
    if (rest == 0) return "quatre-vingts";
    return base + "-" + kUnits[rest];  // "quatre-vingt-un", no "et"
  } else {
    base = "nonante";
  }
  if (rest == 0) return base;
  if (rest == 1 || rest == 11) return base + "-et-" + kUnits[rest];
  return base + "-" + kUnits[rest];
}

}  // namespace

SpelledNumberReader::SpelledNumberReader() {
  for (const Tens tens : {Tens::france, Tens::belgium, Tens::switzerland}) {
    for (unsigned v = 1; v < 1000; ++v) {
      // Belgium and Switzerland write differently only the tens from seventy on.
      if (tens != Tens::france && v % 100 < 70) continue;
      const std::string form = spell(v, tens);
      groups_.emplace(form, v);
      // Feminine "une": "vingt-et-une", "une".
      if (form.size() >= 2 && form.compare(form.size() - 2, 2, "un") == 0) groups_.emplace(form + "e", v);
    }
  }
  groups_.emplace("zero", 0);
}

SpelledNumberReader::~SpelledNumberReader() = default;

bool SpelledNumberReader::starts_number_word(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_letter(text[end])) ++end;
  return end > pos && is_number_word(text.substr(pos, end - pos));
}

std::optional<SpelledNumber> SpelledNumberReader::read(std::string_view text, std::size_t pos,
                                                       bool allow_cents_word) const {
  // Walk piece by piece ("quatre-vingt-dix" is three pieces); a piece ends at ' ' or '-'.
  std::size_t end = pos;  // end of the last accepted piece
  std::size_t cursor = pos;
  std::string_view previous;
  int pieces = 0;
  while (cursor < text.size() && pieces < 24) {  // 24: "deux cent quatre-vingt-dix-sept mille ..."
    const std::size_t piece_end = word_end(text, cursor);
    const std::string_view piece = text.substr(cursor, piece_end - cursor);
    if (piece == "et" && pieces > 0) {
      // Look at what follows "et" before accepting it.
      std::size_t next = piece_end;
      if (next < text.size() && (text[next] == ' ' || text[next] == '-')) ++next;
      const std::string_view following = text.substr(next, word_end(text, next) - next);
      if (!et_joins(previous, following)) break;
    } else {
      if (!is_number_word(piece)) break;
      if (pieces == 0 && piece == "cents") break;
      if (!allow_cents_word && (piece == "cents" || piece == "cent")) break;
    }
    previous = piece;
    ++pieces;
    end = piece_end;
    if (piece_end >= text.size() || (text[piece_end] != ' ' && text[piece_end] != '-')) break;
    cursor = piece_end + 1;
    if (cursor >= text.size() || !is_letter(text[cursor])) break;
  }
  if (pieces == 0 || previous == "et") return std::nullopt;
  // A number word glued to more letters is another word ("unique", "centaine").
  if (end < text.size() && is_word_byte(text[end])) return std::nullopt;
  const std::optional<std::uint64_t> value = parse(text.substr(pos, end - pos));
  if (!value) return std::nullopt;
  return SpelledNumber{end, *value};
}

std::optional<std::uint64_t> SpelledNumberReader::group(std::string_view key) const {
  if (const auto it = groups_.find(std::string(key)); it != groups_.end()) return it->second;
  // ICU writes the plural mark of a final "cent" and "vingt" ("deux-cents", "quatre-vingts");
  // texts often leave it out, and before "mille" the rules themselves do ("deux cent mille").
  const auto ends_with = [&](std::string_view tail) {
    return key.size() >= tail.size() && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends_with("cent") || ends_with("vingt")) {
    if (const auto it = groups_.find(std::string(key) + 's'); it != groups_.end()) return it->second;
  }
  return std::nullopt;
}

std::optional<std::uint64_t> SpelledNumberReader::parse(std::string_view words) const {
  // Below a million a French cardinal is [GROUP] mille [GROUP], each group a number below a
  // thousand, which the table spelled by ICU's rules holds in every accepted spelling; a sequence
  // that is no such spelling ("deux trois", "cent mille mille") is no number.
  std::string key(words);
  std::replace(key.begin(), key.end(), ' ', '-');
  const std::string_view k = key;
  std::size_t mille = std::string_view::npos;
  for (std::size_t at = k.find("mille"); at != std::string_view::npos; at = k.find("mille", at + 1)) {
    const bool whole = (at == 0 || k[at - 1] == '-') && (at + 5 == k.size() || k[at + 5] == '-');
    if (!whole) continue;
    if (mille != std::string_view::npos) return std::nullopt;
    mille = at;
  }
  if (mille == std::string_view::npos) return group(k);
  std::uint64_t thousands = 1, rest = 0;
  if (mille > 0) {
    const auto before = group(k.substr(0, mille - 1));
    // "un mille" is no French number, nor is "zéro mille".
    if (!before || *before < 2) return std::nullopt;
    thousands = *before;
  }
  if (mille + 5 < k.size()) {
    const auto after = group(k.substr(mille + 6));
    if (!after || *after == 0) return std::nullopt;
    rest = *after;
  }
  return thousands * 1000 + rest;
}

}  // namespace gazette::money
