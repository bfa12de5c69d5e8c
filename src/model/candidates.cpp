#include "model/candidates.h"

#include <string_view>

namespace gazette::model {
namespace {

// Lower-case words that join the parts of a name: "Banque de France", "Procter & Gamble",
// "Bank of America".
bool connector(std::string_view w) {
  switch (w.size()) {
    case 1:
      return w[0] == 'd' || w[0] == 'l' || w[0] == '&' || w[0] == 'y';
    case 2:
      return w == "de" || w == "du" || w == "la" || w == "le" || w == "et" || w == "of" || w == "al" || w == "el";
    case 3:
      return w == "des" || w == "the" || w == "and" || w == "for";
    default:
      return false;
  }
}

bool all_digits(std::string_view w) {
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return !w.empty();
}

}  // namespace

void find_candidates(const DocumentView& doc, std::vector<SpanCandidate>& out) {
  out.clear();
  const auto& tokens = doc.tokens();
  const std::size_t n = tokens.size();
  // A name may end on a number ("France 2", "Europe 1") but not start on one.
  // A hashtag or a handle ("#JeSoutiensITELE", "@Airbus") is a label, not a mention.
  const auto tagged = [&](std::size_t i) {
    const std::uint32_t at = tokens[i].begin;
    return at > 0 && (doc.folded().text[at - 1] == '#' || doc.folded().text[at - 1] == '@');
  };
  // "Ce Modèle de Fondation ...": a demonstrative opens a noun phrase, never a name.
  const auto demonstrative = [&](std::size_t i) {
    const std::string_view w = doc.text(tokens[i]);
    return w == "ce" || w == "cet" || w == "cette" || w == "ces";
  };
  const auto head = [&](std::size_t i) {
    return tokens[i].word && doc.capitalised(i) && !tagged(i) && !demonstrative(i);
  };
  const auto tail = [&](std::size_t i) { return head(i) || (tokens[i].word && all_digits(doc.text(tokens[i]))); };
  const auto inner = [&](std::size_t i) { return tail(i) || (!doc.capitalised(i) && connector(doc.text(tokens[i]))); };
  // Runs start on a head, so only the capitalised tokens are visited.
  std::size_t i = 0;
  for (const std::uint32_t start : doc.capitalised_tokens()) {
    if (start < i || !head(start)) continue;
    i = start;
    std::size_t end = i + 1;  // the run is [i, end)
    while (end < n && doc.joined(end - 1) && inner(end)) ++end;
    while (end > i + 1 && !tail(end - 1)) --end;
    for (std::size_t a = i; a < end; ++a) {
      if (!head(a)) continue;
      for (std::size_t b = a + 1; b <= end && b - a <= kMaxSpanTokens; ++b)
        // "Le", "Il", "Depuis" alone: a sentence's first word, never a name.
        if (tail(b - 1) && !(b == a + 1 && doc.words().not_names.contains(doc.folded().text, tokens[a])))
          out.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), a > i, b < end});
    }
    i = end;
  }
}

}  // namespace gazette::model
