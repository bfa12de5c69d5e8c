#include "check/rules.h"
#include "check/spellings.h"

namespace gazette::check {

std::vector<SplitName> split_names(const CheckDocument& doc, const Spellings& spellings) {
  std::vector<SplitName> out;
  const auto& f = doc.text.folded;
  const auto& tokens = doc.text.tokens;
  std::string joined;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].word || !tokens[i + 1].word) continue;
    // The cheap tests first, on the folded text, for every pair of words of the document: it
    // keeps which letters were capitals, so the original need not be decoded here.
    const bool first_upper = f.upper[tokens[i].begin], second_upper = f.upper[tokens[i + 1].begin];
    if (!first_upper) continue;
    // "Le grand", "En phase", "Group on": a short word or a lower-case one is more often two
    // words than a split name; "Open AI" and "Micro soft" are not.
    const std::size_t first_letters = tokens[i].end - tokens[i].begin,
                      second_letters = tokens[i + 1].end - tokens[i + 1].begin;
    if (first_letters < 3 || (!second_upper && (first_letters < 4 || second_letters < 4))) continue;
    const std::size_t a_begin = f.original_begin(tokens[i].begin), a_end = f.original_end(tokens[i].end);
    const std::size_t b_begin = f.original_begin(tokens[i + 1].begin), b_end = f.original_end(tokens[i + 1].end);
    const std::string_view gap = doc.original.substr(a_end, b_begin - a_end);
    if (gap != " " && gap != "-") continue;
    const std::string_view first = doc.original.substr(a_begin, a_end - a_begin);
    const std::string_view second = doc.original.substr(b_begin, b_end - b_begin);
    joined.assign(first).append(second);
    if (joined.size() < 5) continue;
    const Spelling* s = spellings.exact(joined);
    if (!s) continue;
    const std::string_view written = doc.original.substr(a_begin, b_end - a_begin);
    if (spellings.exact(written)) continue;  // both spellings are listed
    out.push_back({a_begin, b_end, written, s});
    ++i;
  }
  return out;
}

}  // namespace gazette::check
