// A document that spells an acronym out defines what the acronym means in it: "le CEA
// (Antigène Carcino-Embryonnaire)" is a tumour marker there, not the lab the gazetteer lists
// under CEA, and so is every other "CEA" of that document.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "match/name_matcher.h"
#include "match/words.h"
#include "tokens/text.h"

namespace gazette::match {

struct TextSpan {
  std::size_t begin = 0, end = 0;  // folded offsets, end exclusive
};

// The token hashes of the acronyms among `mentions` (spans in text order) that the document
// spells out, next to one of those mentions, as a phrase naming none of `names` and holding no
// company or lab word: "X (Words)" or "Words (X)", where the words' initials hold the acronym's
// letters. A phrase that is itself a name ("la RATP (Régie autonome des transports
// parisiens)") or has a head such as "laboratoire" or "Systems" confirms the acronym instead.
std::vector<std::uint64_t> acronyms_spelt_out_otherwise(const normalise::Normalised& folded,
                                                        const std::vector<Token>& tokens, const MatchWords& words,
                                                        const std::vector<TextSpan>& mentions,
                                                        const std::vector<TextSpan>& names);

// The last token of "(Words)" right after the acronym at tokens[acronym] when those words spell
// it out (their initials hold its capitals, in any order: "CEA (Antigène Carcino-Embryonnaire)",
// "LaBRI (Laboratoire Bordelais de recherche Informatique)"), or tokens.size().
std::size_t spelling_in_brackets(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                                 const MatchWords& words, std::size_t acronym);

// Erases from spans[from, end) (in text order, each with folded `begin` and `end`) every span
// that is one token whose hash is among `acronyms`.
template <typename Span>
void erase_acronyms(const std::vector<Token>& tokens, const std::vector<std::uint64_t>& acronyms,
                    std::vector<Span>& spans, std::size_t from = 0) {
  if (acronyms.empty()) return;
  std::size_t t = 0;  // the spans come in text order: the token walk goes forward only
  const auto is_acronym = [&](const Span& s) {
    while (t < tokens.size() && tokens[t].begin < s.begin) ++t;
    return t < tokens.size() && tokens[t].begin == s.begin && tokens[t].end == s.end &&
           std::find(acronyms.begin(), acronyms.end(), tokens[t].hash) != acronyms.end();
  };
  spans.erase(std::remove_if(spans.begin() + static_cast<std::ptrdiff_t>(from), spans.end(), is_acronym), spans.end());
}

// Removes from `matches` (the gazetteer's finds in `text`, in text order) every find of an
// acronym spelt out otherwise, the finds themselves being the names that confirm a spelling.
void drop_redefined_acronyms(const tokens::Text& text, const MatchWords& words, std::vector<NameMatch>& matches);

}  // namespace gazette::match
