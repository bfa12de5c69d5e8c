// A document that spells an acronym out defines what the acronym means in it: "le CEA
// (Antigène Carcino-Embryonnaire)" is a tumour marker there, not the lab the gazetteer lists
// under CEA, and so is every other "CEA" of that document.
#pragma once
#include <vector>

#include "match/name_matcher.h"
#include "match/words.h"
#include "tokens/text.h"

namespace gazette::match {

// Removes from `matches` (the gazetteer's finds in `text`, in text order) every find of an
// acronym that the document spells out, next to one of its mentions, as a phrase naming no
// listed entity and holding no company or lab word: "X (Words)" or "Words (X)", where the
// words' initials hold the acronym's letters. A phrase that is itself a listed name ("la RATP
// (Régie autonome des transports parisiens)") or has a head such as "laboratoire" or
// "Systems" confirms the acronym instead.
void drop_redefined_acronyms(const tokens::Text& text, const MatchWords& words, std::vector<NameMatch>& matches);

}  // namespace gazette::match
