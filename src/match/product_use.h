// A name used as a count noun names a thing its owner makes, not the owner: "une Mercedes",
// "d'un Airbus", "114 Airbus". Read by the gazetteer matcher and by the name model.
#pragma once
#include <cstddef>
#include <vector>

#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

// Token `first` follows "un", "une" or a small count ("114", not a year such as "2018").
bool counted_as_product(const normalise::Normalised& folded, const std::vector<tokens::Token>& tokens,
                        std::size_t first);

}  // namespace gazette::match
