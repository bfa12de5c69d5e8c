#include "match/misspellings.h"

#include <algorithm>

#include "lang/builtin_lists.h"
#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"
#include "match/name_runs.h"

namespace gazette::match {
namespace {

// Letters from which a misspelling of a well-known name is taken without the name written right
// in the same document.
constexpr std::size_t kLongName = 7;
constexpr std::size_t kShortestWord = 5;

std::string_view builtin_list(std::string_view name) {
  for (const auto& [list, text] : lang::builtin_word_lists())
    if (list == name) return text;
  return {};
}

void add_words(std::string_view text, tokens::WordSet* words, tokens::HashSet& hashes) {
  for (const lang::Entry& e : lang::parse_word_list(text)) {
    if (words) words->insert(e.folded);
    hashes.insert(tokens::hash_bytes(e.folded));
  }
}

// How often the text has this token, spelt the same.
std::size_t occurrences(const tokens::Text& text, const tokens::Token& token) {
  std::size_t n = 0;
  for (const tokens::Token& t : text.tokens) n += t.hash == token.hash && text.token_text(t) == text.token_text(token);
  return n;
}

}  // namespace

MisspellingWords MisspellingWords::load(const Gazetteer& gazetteer) {
  MisspellingWords words;
  add_words(builtin_list("check/ordinary-words.txt"), nullptr, words.known_words);
  add_words(builtin_first_names(), &words.first_names, words.known_words);
  for (std::uint32_t n = 0; n < gazetteer.name_count(); ++n) {
    const std::string_view key = gazetteer.name(n).key;
    for (std::size_t start = 0; start <= key.size();) {
      std::size_t space = key.find(' ', start);
      if (space == std::string_view::npos) space = key.size();
      words.known_words.insert(tokens::hash_bytes(key.substr(start, space - start)));
      start = space + 1;
    }
  }
  return words;
}

bool is_well_known(std::string_view ids) { return ids.empty() || ids.find("wikidata:") != std::string_view::npos; }

std::vector<Misspelling> MisspellingFinder::find(const tokens::Text& text,
                                                 const std::function<bool(std::size_t token)>& skip,
                                                 const std::function<bool(std::string_view canonical)>& named_right) const {
  std::vector<Misspelling> out;
  const normalise::Normalised& f = text.folded;
  std::size_t previous_word = kNone;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const tokens::Token& t = text.tokens[i];
    if (!t.word) continue;
    const std::size_t before = previous_word;
    previous_word = i;
    const std::string_view folded = text.token_text(t);
    if (folded.size() < kShortestWord || !f.upper[t.begin] || is_acronym(f, t)) continue;
    if (std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    // The filters, cheapest and most selective first (the result does not depend on the order).
    if (skip(i) || words_.known_words.contains(t.hash)) continue;
    // A surname after a first name (Jean Renaud) is a person's name, not a company's.
    if (before != kNone && words_.first_names.contains(f.text, text.tokens[before])) continue;
    const std::vector<ApproximateNames::Match> matches = names_.find(folded);
    if (matches.empty()) continue;
    const MisspeltName best = name_of_(matches[0].target);
    // Two names at the same distance: no single name to take it for.
    const bool ambiguous = std::any_of(matches.begin() + 1, matches.end(), [&](const ApproximateNames::Match& m) {
      return m.distance == matches[0].distance && name_of_(m.target).canonical != best.canonical;
    });
    if (ambiguous) continue;
    // Misspellings keep the first letter; a word that does not is another word.
    if (folded[0] != matches[0].folded[0]) continue;
    // A misspelling is made once, and either next to the name written right or as a typist's
    // slip in a long name of an organisation people write about.
    if (occurrences(text, t) > 1) continue;
    if (!named_right(best.canonical) &&
        !(best.well_known && folded.size() >= kLongName && ApproximateNames::is_slip(folded, matches[0].folded)))
      continue;
    out.push_back({i, matches[0]});
  }
  return out;
}

}  // namespace gazette::match
