#include "match/legal_suffix.h"

#include <string>

namespace gazette::match {
namespace {

// Short forms that are also French words ("se", "sa", "ag") only count in capitals.
constexpr std::string_view kCapitalForms[] = {"sa",  "sas", "sasu", "se", "ag", "nv",  "bv",  "sarl", "sca", "spa",
                                              "plc", "llc", "llp",  "lp", "ab", "asa", "gie", "kgaa", "sae", "srl"};
// Longer forms are unambiguous once capitalised.
constexpr std::string_view kWordForms[] = {"inc", "ltd", "gmbh", "corp", "corporation", "limited", "incorporated"};

bool contains(const std::string_view* begin, const std::string_view* end, std::string_view word) {
  for (; begin != end; ++begin)
    if (*begin == word) return true;
  return false;
}

bool all_upper(const normalise::Normalised& folded, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (!folded.upper[i]) return false;
  return true;
}

}  // namespace

std::size_t legal_suffix_end(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t next) {
  if (next >= tokens.size() || next == 0) return 0;
  const std::string_view text = folded.text;
  const Token& first = tokens[next];
  // Every legal form starts with a capital and is short: most tokens stop here.
  if (!first.word || !folded.upper[first.begin] || first.end - first.begin > 12 ||
      first.begin == tokens[next - 1].end || !only_spaces(text, tokens[next - 1].end, first.begin))
    return 0;
  const std::string_view word = text.substr(first.begin, first.end - first.begin);
  const auto dot_after = [&](std::size_t t) {
    return t + 1 < tokens.size() && text[tokens[t + 1].begin] == '.' && tokens[t + 1].begin == tokens[t].end;
  };

  if (contains(std::begin(kWordForms), std::end(kWordForms), word) && folded.upper[first.begin])
    return dot_after(next) ? tokens[next + 1].end : first.end;
  if (contains(std::begin(kCapitalForms), std::end(kCapitalForms), word) && all_upper(folded, first.begin, first.end))
    return first.end;
  // "Sarl", "Sasu": long enough not to be words when capitalised.
  if ((word == "sarl" || word == "sasu") && folded.upper[first.begin]) return first.end;

  // Dotted forms: "S.A.", "S.A.S.", "N.V.", "B.V.".
  std::string letters;
  std::size_t t = next;
  std::size_t end = 0;
  while (t < tokens.size() && tokens[t].word && tokens[t].end - tokens[t].begin == 1 && folded.upper[tokens[t].begin] &&
         dot_after(t)) {
    letters.push_back(text[tokens[t].begin]);
    end = tokens[t + 1].end;
    t += 2;
  }
  if (letters.size() >= 2 && contains(std::begin(kCapitalForms), std::end(kCapitalForms), letters)) return end;
  return 0;
}

}  // namespace gazette::match
