// The parts of a document that are a page's furniture, not its text: the share buttons a news
// site prints after an article ("Partager cet article : Courriel, Facebook, Twitter, Google,
// Reddit, Digg, Yahoo!"). The names there are buttons, not mentions of the companies; the
// resolver's winners inside them are not reported.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "normalise/normaliser.h"

namespace gazette::resolve {

// Folded [begin, end) ranges, in order: from each "partager cet article" to the next blank line
// or the end of the text, at most kFurnitureBytes long.
constexpr std::size_t kFurnitureBytes = 400;
void find_furniture(const normalise::Normalised& folded, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

}  // namespace gazette::resolve
