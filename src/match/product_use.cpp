#include "match/product_use.h"

#include <algorithm>
#include <string_view>

namespace gazette::match {

bool counted_as_product(const normalise::Normalised& folded, const std::vector<tokens::Token>& tokens,
                        std::size_t first) {
  if (first == 0) return false;
  const tokens::Token& before = tokens[first - 1];
  if (!tokens::only_spaces(folded.text, before.end, tokens[first].begin)) return false;
  const std::string_view word = std::string_view(folded.text).substr(before.begin, before.end - before.begin);
  if (word == "un" || word == "une") return !folded.upper[before.begin];
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) && word.size() <= 4 &&
         !(word.size() == 4 && (word[0] == '1' || word[0] == '2'));  // "2018 Airbus" is a year
}

}  // namespace gazette::match
