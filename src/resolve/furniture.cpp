#include "resolve/furniture.h"

#include <algorithm>
#include <string_view>

namespace gazette::resolve {

void find_furniture(const normalise::Normalised& folded, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  out.clear();
  constexpr std::string_view kShare = "partager cet article";
  const std::string_view text = folded.text;
  for (std::size_t at = text.find(kShare); at != std::string_view::npos; at = text.find(kShare, at + 1)) {
    // Looked for within the footer's reach only, not to the text's end at every footer.
    const std::size_t reach = std::min(text.size(), at + kFurnitureBytes);
    const std::size_t blank = text.substr(0, reach).find("\n\n", at);
    const std::size_t end = blank == std::string_view::npos ? reach : blank;
    out.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)});
  }
}

}  // namespace gazette::resolve
