#include "money/dollar_setting.h"

#include <stdexcept>

#include "money/text_scan.h"

extern "C" {
extern const char gazette_builtin_dollar_countries_begin[];
extern const char gazette_builtin_dollar_countries_end[];
}

namespace gazette::money {
namespace {

// Title hits or this many hits in the whole text make a setting.
constexpr std::size_t kMentionsForSetting = 3;
// A title is a first line this short with more text after it; a text of one line has none (a
// sentence naming "la Bourse australienne" once is not a document set in Australia).
constexpr std::size_t kMaxTitleBytes = 200;

std::string_view title_of(std::string_view text) {
  const std::size_t eol = text.find('\n');
  if (eol == std::string_view::npos || eol > kMaxTitleBytes) return {};
  return text.substr(0, eol);
}

bool is_code(std::string_view s) {
  return s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

// Words of normalised text: runs of word bytes, hyphens inside ("etats-unis") included.
template <typename F>
void for_each_word(std::string_view text, F&& f) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() &&
           (is_word_byte(text[i]) || (text[i] == '-' && i + 1 < text.size() && is_word_byte(text[i + 1]))))
      ++i;
    f(text.substr(start, i - start));
  }
}

}  // namespace

DollarSetting::DollarSetting()
    : DollarSetting("builtin:dollar-countries.tsv",
                    std::string_view(gazette_builtin_dollar_countries_begin,
                                     gazette_builtin_dollar_countries_end - gazette_builtin_dollar_countries_begin)) {}

DollarSetting::DollarSetting(std::string_view source, std::string_view table) {
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
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || !is_code(line.substr(0, tab)))
      fail("expected an ISO 4217 code, a tab and the words naming its country");
    const std::size_t row = codes_.size();
    codes_.emplace_back(line.substr(0, tab));
    if (codes_.back() == "USD") united_states_ = row;
    const std::string_view words = line.substr(tab + 1);
    for (std::size_t start = 0, bar = 0; bar != std::string_view::npos; start = bar + 1) {
      bar = words.find('|', start);
      const std::string_view word = words.substr(start, bar == std::string_view::npos ? bar : bar - start);
      // The text finds a word, or two with one space between: the table must write them so.
      std::size_t parts = 0;
      std::string rebuilt;
      for_each_word(word, [&](std::string_view part) {
        ++parts;
        rebuilt.append(rebuilt.empty() ? "" : " ").append(part);
      });
      if (parts == 0 || parts > 2 || rebuilt != word)
        fail("\"" + std::string(word) +
             "\" is not one word or two separated by a space, as normalised text writes them");
      if (!words_.emplace(std::string(word), row).second) fail("\"" + std::string(word) + "\" is listed twice");
    }
  }
}

void DollarSetting::count(std::string_view text, std::vector<std::size_t>& hits) const {
  hits.assign(codes_.size(), 0);
  std::string_view previous;
  std::string pair;
  for_each_word(text, [&](std::string_view word) {
    if (const auto it = words_.find(std::string(word)); it != words_.end()) ++hits[it->second];
    if (!previous.empty()) {
      // "hong kong", "new york": two words with only a space between.
      const char* gap = previous.data() + previous.size();
      if (gap + 1 == word.data() && *gap == ' ') {
        pair.assign(previous).append(" ").append(word);
        if (const auto it = words_.find(pair); it != words_.end()) ++hits[it->second];
      }
    }
    previous = word;
  });
}

std::string_view DollarSetting::code_for(std::string_view normalised) const {
  std::vector<std::size_t> in_title, in_text;
  count(title_of(normalised), in_title);
  count(normalised, in_text);
  const std::size_t united_states = united_states_ < codes_.size() ? in_text[united_states_] : 0;
  std::string_view found;
  for (std::size_t row = 0; row < codes_.size(); ++row) {
    if (row == united_states_) continue;
    const bool setting = (in_title[row] > 0 || in_text[row] >= kMentionsForSetting) && in_text[row] > united_states;
    if (!setting) continue;
    if (!found.empty()) return {};  // two countries: the text does not say which dollar
    found = codes_[row];
  }
  return found;
}

}  // namespace gazette::money
