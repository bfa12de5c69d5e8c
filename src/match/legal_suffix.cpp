#include "match/legal_suffix.h"

#include <string>

namespace gazette::match {
namespace {

bool all_upper(const normalise::Normalised& folded, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (!folded.upper[i]) return false;
  return true;
}

}  // namespace

std::size_t legal_suffix_end(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                             std::size_t next) {
  if (next >= tokens.size() || next == 0) return 0;
  const std::string_view text = folded.text;
  const Token& first = tokens[next];
  // Every legal form starts with a capital and is short: most tokens stop here.
  if (!first.word || !folded.upper[first.begin] || first.end - first.begin > 12 ||
      first.begin == tokens[next - 1].end || !only_spaces(text, tokens[next - 1].end, first.begin))
    return 0;
  const auto dot_after = [&](std::size_t t) {
    return t + 1 < tokens.size() && text[tokens[t + 1].begin] == '.' && tokens[t + 1].begin == tokens[t].end;
  };

  // "Inc.", "Corp.": an abbreviation keeps its full stop; after "Corporation" it ends the sentence.
  if (w.legal_forms_word.contains(text, first))
    return dot_after(next) && first.end - first.begin <= 4 ? tokens[next + 1].end : first.end;
  if (w.legal_forms_capital.contains(text, first) && all_upper(folded, first.begin, first.end)) return first.end;
  if (w.legal_forms_titled.contains(text, first)) return first.end;

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
  if (letters.size() >= 2 && w.legal_forms_capital.contains(letters)) return end;
  return 0;
}

}  // namespace gazette::match
