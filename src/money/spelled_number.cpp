#include "money/spelled_number.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>

#include "money/text_scan.h"
#include "normalise/icu_status.h"

namespace gazette::money {
namespace {

// The words a French cardinal is made of. ICU does the arithmetic; this list only tells where a
// number starts and stops in running text, which a parser fed the whole sentence cannot say.
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
                    previous == "soixante";
  return tens && (next == "un" || next == "une" || next == "onze");
}

}  // namespace

SpelledNumberReader::SpelledNumberReader() {
  UErrorCode status = U_ZERO_ERROR;
  spell_out_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("fr"), status);
  normalise::check_icu(status, "French spell-out rules (RuleBasedNumberFormat)");
  add_spelled_forms();
  spell_out_->setLenient(true);
}

void SpelledNumberReader::add_spelled_forms() {
  auto add = [this](std::string form, std::uint64_t value) {
    spelled_forms_.emplace(form, value);
    // The 1990 spelling hyphenates every part ("deux-cent-mille"); the traditional one writes
    // "vingt et un" with spaces, which ICU hyphenates.
    std::string reform = form;
    std::replace(reform.begin(), reform.end(), ' ', '-');
    spelled_forms_.emplace(reform, value);
    for (std::size_t et = form.find("-et-"); et != std::string::npos; et = form.find("-et-")) {
      form.replace(et, 4, " et ");
    }
    spelled_forms_.emplace(form, value);
    // Feminine "une": "vingt et une", "une".
    if (form.size() >= 2 && form.compare(form.size() - 2, 2, "un") == 0) {
      spelled_forms_.emplace(form + "e", value);
      spelled_forms_.emplace(reform + "e", value);
    }
  };
  auto format = [this](std::uint64_t value) {
    icu::UnicodeString u;
    icu::FieldPosition position;
    UErrorCode status = U_ZERO_ERROR;
    spell_out_->format(static_cast<int64_t>(value), u, position, status);
    normalise::check_icu(status, "French spell-out of a number (RuleBasedNumberFormat::format)");
    std::string s;
    u.toUTF8String(s);
    return s;
  };
  for (std::uint64_t v = 0; v < 1000; ++v) add(format(v), v);
  for (std::uint64_t v = 1000; v < 100000; v += 1000) add(format(v), v);
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
  while (cursor < text.size() && pieces < 12) {
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

std::optional<std::uint64_t> SpelledNumberReader::parse(std::string_view words) const {
  if (!spell_out_) return std::nullopt;
  std::string input(words);
  if (const auto known = spelled_forms_.find(input); known != spelled_forms_.end()) return known->second;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(input);
    icu::Formattable result;
    icu::ParsePosition position(0);
    {
      std::lock_guard<std::mutex> lock(spell_out_mutex_);
      spell_out_->parse(u, result, position);
    }
    if (position.getIndex() == u.length()) {
      UErrorCode status = U_ZERO_ERROR;
      const int64_t value = result.getInt64(status);
      if (U_SUCCESS(status) && value >= 0) return static_cast<std::uint64_t>(value);
      return std::nullopt;
    }
    // ICU's rules write a final "cent" with its plural mark ("deux cents"); texts often do not.
    if (input.size() >= 4 && input.compare(input.size() - 4, 4, "cent") == 0) {
      input += 's';
    } else {
      break;
    }
  }
  return std::nullopt;
}

}  // namespace gazette::money
