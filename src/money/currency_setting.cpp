#include "money/currency_setting.h"

#include <stdexcept>

#include "money/currency_table.h"
#include "money/text_scan.h"

extern "C" {
extern const char gazette_builtin_currency_countries_begin[];
extern const char gazette_builtin_currency_countries_end[];
}

namespace gazette::money {
namespace {

// Title hits or this many hits in the whole text make a setting that overrides a default.
constexpr std::size_t kMentionsForSetting = 3;
// A title is a first line this short with more text after it; a text of one line has none (a
// sentence naming "la Bourse australienne" once is not a document set in Australia).
constexpr std::size_t kMaxTitleBytes = 200;
// Country names of more words than this are not looked for ("coree du sud" is three).
constexpr std::size_t kMaxWordsInName = 3;

std::size_t title_end(std::string_view text) {
  const std::size_t eol = text.find('\n');
  if (eol == std::string_view::npos || eol > kMaxTitleBytes) return 0;
  return eol;
}

bool is_code(std::string_view s) {
  return s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

// Words of normalised text: runs of word bytes, hyphens inside ("etats-unis") included. A
// document's country is counted over its whole text, so the byte test is a table look-up.
struct WordBytes {
  bool is[256] = {};
  constexpr WordBytes() {
    for (int c = 0; c < 256; ++c) is[c] = is_word_byte(static_cast<char>(c));
  }
};
constexpr WordBytes kWordBytes;

template <typename F>
void for_each_word(std::string_view text, F&& f) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const auto* p = begin;
  while (p < end) {
    if (!kWordBytes.is[*p]) {
      ++p;
      continue;
    }
    const auto* const start = p;
    do ++p;
    while (p < end && (kWordBytes.is[*p] || (*p == '-' && p + 1 < end && kWordBytes.is[p[1]])));
    f(text.substr(static_cast<std::size_t>(start - begin), static_cast<std::size_t>(p - start)));
  }
}

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0, end = 0; end != std::string_view::npos; start = end + 1) {
    end = line.find(sep, start);
    out.push_back(line.substr(start, end == std::string_view::npos ? end : end - start));
  }
  return out;
}

// "dollar", "franc cfa": lower-case ASCII words separated by one space.
bool is_family_name(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!(is_letter(s[i]) || (s[i] == ' ' && s[i - 1] != ' '))) return false;
  }
  return true;
}

}  // namespace

CurrencySetting::CurrencySetting()
    : CurrencySetting(
          "builtin:currency-countries.tsv",
          std::string_view(gazette_builtin_currency_countries_begin,
                           gazette_builtin_currency_countries_end - gazette_builtin_currency_countries_begin)) {}

CurrencySetting::CurrencySetting(std::string_view source, std::string_view table) {
  std::size_t line_number = 0;
  while (!table.empty()) {
    const std::size_t eol = table.find('\n');
    std::string_view line = table.substr(0, eol);
    table.remove_prefix(eol == std::string_view::npos ? table.size() : eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& reason) {
      throw std::runtime_error(std::string(source) + ":" + std::to_string(line_number) + ": " + reason);
    };
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields[0] == "family") {
      if (fields.size() < 3 || fields.size() > 4 || !is_family_name(fields[1]) ||
          !(fields[2] == "-" || is_code(fields[2])) || (fields.size() == 4 && !is_family_name(fields[3])))
        fail("expected \"family\", its name, its default ISO 4217 code or \"-\", and optionally its parent family");
      if (family(fields[1]) != nullptr) fail("family \"" + std::string(fields[1]) + "\" is declared twice");
      Family f;
      f.name = std::string(fields[1]);
      if (fields[2] != "-") f.default_code = std::string(fields[2]);
      if (fields.size() == 4) f.parent = std::string(fields[3]);
      families_.push_back(std::move(f));
      continue;
    }
    if (fields.size() != 3 || !is_code(fields[0]))
      fail("expected an ISO 4217 code, a tab, a declared family, a tab and the words naming its country");
    std::size_t family_index = families_.size();
    for (std::size_t i = 0; i < families_.size(); ++i) {
      if (families_[i].name == fields[1]) family_index = i;
    }
    if (family_index == families_.size()) fail("family \"" + std::string(fields[1]) + "\" is not declared above");
    const std::size_t row = rows_.size();
    for (const std::size_t other : families_[family_index].rows) {
      if (rows_[other].code == fields[0])
        fail(std::string(fields[0]) + " is listed twice for " + std::string(fields[1]));
    }
    rows_.push_back(Row{std::string(fields[0]), family_index});
    families_[family_index].rows.push_back(row);
    for (const std::string_view word : split(fields[2], '|')) {
      // The text finds a word, or up to three with one space between: the table must write them so.
      std::size_t parts = 0;
      std::string rebuilt;
      for_each_word(word, [&](std::string_view part) {
        ++parts;
        rebuilt.append(rebuilt.empty() ? "" : " ").append(part);
      });
      if (parts == 0 || parts > kMaxWordsInName || rebuilt != word)
        fail("\"" + std::string(word) +
             "\" is not one to three words separated by a space, as normalised text writes them");
      const auto entry = [&](std::string_view key) -> Entry& {
        auto it = words_.find(key);
        if (it == words_.end()) it = words_.emplace(word_storage_.emplace_back(key), Entry{}).first;
        return it->second;
      };
      Entry& e = entry(word);
      for (const std::size_t other : e.rows) {
        if (rows_[other].family == family_index)
          fail("\"" + std::string(word) + "\" is listed twice for " + std::string(fields[1]));
      }
      e.rows.push_back(row);
      // "coree du sud": "coree" and "coree du" start it.
      for (std::size_t space = word.find(' '); space != std::string_view::npos; space = word.find(' ', space + 1))
        entry(word.substr(0, space)).starts_longer = true;
      const std::string_view first = word.substr(0, word.find(' '));
      const std::uint64_t bit = CurrencyTable::hash_word(first) >> (64 - kFilterBits);
      filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
  }
  for (const Family& f : families_) {
    if (!f.parent.empty() && family(f.parent) == nullptr)
      throw std::runtime_error(std::string(source) + ": family \"" + f.name + "\" has an undeclared parent \"" +
                               f.parent + "\"");
  }
}

const CurrencySetting::Family* CurrencySetting::family(std::string_view name) const {
  for (const Family& f : families_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const CurrencySetting::Entry* CurrencySetting::find(std::string_view key) const {
  const auto it = words_.find(key);
  return it == words_.end() ? nullptr : &it->second;
}

CurrencySetting::Counts CurrencySetting::count(std::string_view text) const {
  Counts counts;
  counts.title.assign(rows_.size(), 0);
  counts.text.assign(rows_.size(), 0);
  const char* const title_stop = text.data() + title_end(text);
  // A key of several words is the text itself from its first word, words being one space apart
  // in a key: `chain` is where a key that a longer one may extend starts, `chain_end` where the
  // previous word ended.
  const char* chain = nullptr;
  const char* chain_end = nullptr;
  for_each_word(text, [&](std::string_view word) {
    const bool in_title = word.data() + word.size() <= title_stop;
    const auto hit = [&](const Entry& e) {
      for (const std::size_t row : e.rows) {
        ++counts.text[row];
        if (in_title) ++counts.title[row];
      }
    };
    const char* next_chain = nullptr;
    if (chain != nullptr && chain_end + 1 == word.data() && *chain_end == ' ') {
      if (const Entry* e = find(std::string_view(chain, static_cast<std::size_t>(word.data() + word.size() - chain)))) {
        hit(*e);
        if (e->starts_longer) next_chain = chain;
      }
    }
    const std::uint64_t bit = CurrencyTable::hash_word(word) >> (64 - kFilterBits);
    if ((filter_[bit >> 6] >> (bit & 63)) & 1) {
      if (const Entry* e = find(word)) {
        hit(*e);
        if (e->starts_longer && next_chain == nullptr) next_chain = word.data();
      }
    }
    chain = next_chain;
    chain_end = word.data() + word.size();
  });
  return counts;
}

std::string_view CurrencySetting::decide(const Family& family, const Counts& counts) const {
  if (!family.default_code.empty()) {
    // A default changes only for a document clearly set in one other country: named in the title
    // or often, and more often than the default's own country (the row with the default code).
    std::size_t against = 0;
    for (const std::size_t row : family.rows) {
      if (rows_[row].code == family.default_code) against = counts.text[row];
    }
    std::string_view found;
    for (const std::size_t row : family.rows) {
      if (rows_[row].code == family.default_code) continue;
      const bool setting =
          (counts.title[row] > 0 || counts.text[row] >= kMentionsForSetting) && counts.text[row] > against;
      if (!setting) continue;
      if (!found.empty()) return family.default_code;  // two countries: the text does not say which
      found = rows_[row].code;
    }
    return found.empty() ? std::string_view(family.default_code) : found;
  }
  // No default: the country the document names most, a title counting as a setting's worth of
  // mentions; a tie or no country at all decides nothing.
  std::string_view best;
  std::size_t best_score = 0;
  bool tie = false;
  for (const std::size_t row : family.rows) {
    const std::size_t score = counts.text[row] + (counts.title[row] > 0 ? kMentionsForSetting : 0);
    if (score > best_score) {
      best = rows_[row].code;
      best_score = score;
      tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
  }
  return tie ? std::string_view() : best;
}

std::string_view CurrencySetting::code_for(std::string_view family_name, std::string_view normalised) const {
  const Family* f = family(family_name);
  if (f == nullptr) return {};
  return decide(*f, count(normalised));
}

}  // namespace gazette::money
