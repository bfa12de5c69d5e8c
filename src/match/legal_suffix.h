// Legal forms written right after a company name belong to its span ("Airbus SE",
// "Apple Inc."), so gazetteers list names without them.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "match/words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

// If a legal form starts at token `next` (the token after a name), returns the folded offset
// where it ends; otherwise returns 0.
std::size_t legal_suffix_end(const MatchWords& w, const normalise::Normalised& folded, const std::vector<Token>& tokens,
                             std::size_t next);

}  // namespace gazette::match
