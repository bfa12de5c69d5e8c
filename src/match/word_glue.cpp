#include "match/word_glue.h"

#include "match/name_runs.h"

namespace gazette::match {
namespace {

bool is_lower_letter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool glued_to_longer_word(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                          std::size_t first, std::size_t last) {
  const std::string_view text = folded.text;
  const auto adjacent = [&](std::size_t a, std::size_t b) { return tokens[a].end == tokens[b].begin; };
  const auto glue = [&](std::size_t t, char c) { return !tokens[t].word && text[tokens[t].begin] == c; };

  // Before: "GM&S" -> not "S"; "EndoGene.Bio" -> not "Bio"; "INNOV'ORGA" -> not "ORGA". A full
  // stop after a lower-case word is a sentence end that lost its space ("végétale.BIOLIE").
  const auto has_capital = [&](std::size_t t) {
    for (std::size_t i = tokens[t].begin; i < tokens[t].end; ++i)
      if (folded.upper[i]) return true;
    return false;
  };
  // In a web address ("gforge.inria.fr") the name itself is in lower case.
  if (first >= 2 && adjacent(first - 1, first) && adjacent(first - 2, first - 1) && tokens[first - 2].word &&
      (glue(first - 1, '&') ||
       (glue(first - 1, '.') && (has_capital(first - 2) || !folded.upper[tokens[first].begin]))))
    return true;
  if (first >= 1 && tokens[first - 1].word && apostrophe_joined(folded, tokens[first - 1], tokens[first]) &&
      tokens[first - 1].end - tokens[first - 1].begin > 1 &&  // l' d' j' n' s' m' t' c'
      !w.elisions.contains(text, tokens[first - 1]))
    return true;

  // After: "GM&S" -> not "GM"; "Amazon.fr" -> not "Amazon"; "Fab'entech" -> not "Fab".
  if (last + 2 < tokens.size() && adjacent(last, last + 1) && adjacent(last + 1, last + 2) && tokens[last + 2].word) {
    if (glue(last + 1, '&')) return true;
    if (glue(last + 1, '.') && is_lower_letter(text[tokens[last + 2].begin]) && !folded.upper[tokens[last + 2].begin])
      return true;
    // "NG.Sense": capitals glued by a full stop to a capitalised word, when the document writes
    // the pair so more than once; once, it is as often a sentence that lost a space ("la start-up
    // ZORBIX.Grâce à ce soutien", "le CNRS.Le projet").
    if (glue(last + 1, '.') && folded.upper[tokens[last + 2].begin] && !w.not_names.contains(text, tokens[last + 2])) {
      bool capitals = tokens[last].end - tokens[last].begin >= 2;
      for (std::size_t i = tokens[last].begin; i < tokens[last].end && capitals; ++i) capitals = folded.upper[i];
      if (capitals) {
        const std::string_view pair = text.substr(tokens[last].begin, tokens[last + 2].end - tokens[last].begin);
        const std::size_t other = text.find(pair, text.find(pair) + 1);
        if (other != std::string_view::npos) return true;
      }
    }
  }
  // "I.N.S.A": a dotted sigle ("I.N.S.") glued to one more letter is a longer sigle.
  if (last + 1 < tokens.size() && !tokens[last].word && text[tokens[last].begin] == '.' && adjacent(last, last + 1) &&
      tokens[last + 1].word)
    return true;
  // "La Roche-sur-Yon", "Saint-Orange-les-Bains": a hyphenated place name.
  if (last + 2 < tokens.size() && text.size() > tokens[last].end && text[tokens[last].end] == '-' &&
      tokens[last + 1].begin == tokens[last].end + 1 && tokens[last + 1].word &&
      !folded.upper[tokens[last + 1].begin] && text.size() > tokens[last + 1].end &&
      text[tokens[last + 1].end] == '-') {
    if (w.place_links.contains(text, tokens[last + 1])) return true;
  }
  // "biomar- queurs": a word broken across a line with a hyphen.
  if (last + 1 < tokens.size() && text.size() > tokens[last].end + 1 && text[tokens[last].end] == '-' &&
      (text[tokens[last].end + 1] == ' ' || text[tokens[last].end + 1] == '\n') && tokens[last + 1].word &&
      !folded.upper[tokens[last + 1].begin] && is_lower_letter(text[tokens[last + 1].begin])) {
    bool blank = true;
    for (std::size_t i = tokens[last].end + 1; i < tokens[last + 1].begin && blank; ++i)
      blank = text[i] == ' ' || text[i] == '\n';
    if (blank) return true;
  }
  if (last + 1 < tokens.size() && tokens[last + 1].word && apostrophe_joined(folded, tokens[last], tokens[last + 1])) {
    // An English possessive ("Google's") still names the company.
    const std::string_view next = text.substr(tokens[last + 1].begin, tokens[last + 1].end - tokens[last + 1].begin);
    if (next != "s") return true;
  }
  return false;
}

}  // namespace gazette::match
