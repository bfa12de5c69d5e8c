// What the money stage finds in an original text, one string a mention: "SPAN = VALUE CUR" or
// "SPAN = MIN..MAX CUR", the span cut from the original through the normaliser's origin map.
#pragma once
#include <string>
#include <vector>

#include "money/money.h"
#include "normalise/normaliser.h"

namespace gazette::money::testing {

inline std::vector<std::string> amounts_in(const std::string& original) {
  static const Recogniser recogniser;
  const normalise::Normalised n = normalise::normalise(original);
  std::vector<std::string> out;
  for (const Amount& a : recogniser.find(n.text)) {
    const std::size_t begin = n.original_begin(a.start), end = n.original_end(a.end);
    const std::string value = a.value.empty() ? a.min + ".." + a.max : a.value;
    out.push_back(original.substr(begin, end - begin) + " = " + value + " " + a.currency);
  }
  return out;
}

inline std::vector<std::string> currencies_in(const std::string& original) {
  static const Recogniser recogniser;
  std::vector<std::string> out;
  for (const Amount& a : recogniser.find(normalise::normalise(original).text)) out.push_back(a.currency);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace gazette::money::testing
