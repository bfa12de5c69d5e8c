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

}  // namespace gazette::match
