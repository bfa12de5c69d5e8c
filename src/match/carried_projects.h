// "Le projet LUCIA, mené par la start-up nav4you", "le projet ProbEp'Innov, de la start-up
// PannTheraPi", "Eden Microfluidics, via le projet EdenCleantech": a funded project whose
// document names the company that carries it is that company's project, and no company itself;
// the guidelines mark neither it nor its later mentions ("LUCIA propose ..."). Read by the
// context rules and by the name model.
#pragma once
#include <cstdint>
#include <vector>

#include "match/words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

// The keys (tokens::sequence_of) of the names that `tokens` call a project carried by someone
// else, sorted.
std::vector<std::uint64_t> carried_projects(const MatchWords& w, const normalise::Normalised& f,
                                            const std::vector<tokens::Token>& tokens);

}  // namespace gazette::match
