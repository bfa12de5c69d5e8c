#include "match/person_names.h"

namespace gazette::match {

FirstNames::FirstNames(std::string_view list, tokens::WordSet particles) : particles_(std::move(particles)) {
  std::vector<Token> parts;
  normalise::Normalised folded;
  std::size_t pos = 0;
  while (pos < list.size()) {
    std::size_t eol = list.find('\n', pos);
    if (eol == std::string_view::npos) eol = list.size();
    const std::string_view line = list.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line.front() == '#') continue;
    normalise::normalise(line, folded);
    tokens::tokenise(folded.text, parts);
    // Only the last part is checked: "Jean-Pierre Orange" ends in "Pierre" right before "Orange".
    if (!parts.empty()) last_token_hashes_.insert(parts.back().hash);
  }
}

bool FirstNames::precede(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                         std::size_t first) const {
  const std::string_view text = folded.text;
  const auto spaces_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t i = tokens[a].end; i < tokens[b].begin; ++i)
      if (text[i] != ' ' && !(text[i] == '\'' && i + 1 == tokens[b].begin)) return false;
    return tokens[a].end < tokens[b].begin;
  };
  if (first == 0) return false;
  std::size_t before = first - 1;
  if (!folded.upper[tokens[before].begin] && before > 0 && particles_.contains(text, tokens[before])) {
    if (!spaces_between(before, first)) return false;
    --before;
    if (!spaces_between(before, before + 1)) return false;
  } else if (!spaces_between(before, first)) {
    return false;
  }
  const Token& name = tokens[before];
  return name.word && folded.upper[name.begin] && last_token_hashes_.count(name.hash);
}

bool after_an_initial(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first) {
  if (first < 2) return false;
  const std::string& text = folded.text;
  const Token& dot = tokens[first - 1];
  const Token& initial = tokens[first - 2];
  const bool alone = initial.begin == 0 || text[initial.begin - 1] == ' ' || text[initial.begin - 1] == '\n' ||
                     text[initial.begin - 1] == '-';
  if (dot.word || text[dot.begin] != '.' || dot.begin != initial.end || !initial.word ||
      initial.end != initial.begin + 1 || !folded.upper[initial.begin] || !alone || dot.end >= tokens[first].begin ||
      !tokens::only_spaces(text, dot.end, tokens[first].begin))
    return false;
  // "l'Université Bordeaux I. ANNEX-TOOLS vise": a numeral after a capitalised word ends that
  // name and its dot the sentence ("George W. Bush", "Dr J. Dupont" keep their initial).
  const char letter = text[initial.begin];  // folded: lower case
  const bool numeral = letter == 'i' || letter == 'v' || letter == 'x';
  const Token* before = first >= 3 ? &tokens[first - 3] : nullptr;
  return !(numeral && before && before->word && folded.upper[before->begin] && before->end < initial.begin &&
           tokens::only_spaces(text, before->end, initial.begin));
}

}  // namespace gazette::match
