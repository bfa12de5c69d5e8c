// Whether a run of tokens is only part of a longer written word: "GM" in "GM&S", "Bio" in
// "EndoGene.Bio", "ORGA" in "INNOV'ORGA", "Fab" in "Fab'entech". Hyphens and apostrophes
// separate tokens for matching ("CEA-Leti", "d'Amazon"), so these cases need their own check.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "match/words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

// True when tokens[first..last] are glued to a neighbouring word by '&', '.' or an apostrophe
// that is not a French elision ("d'", "l'", "qu'", "jusqu'" ...).
bool glued_to_longer_word(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                          std::size_t first, std::size_t last);

}  // namespace gazette::match
