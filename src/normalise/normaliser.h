// Folds text into the form every matcher reads: lower case, no diacritics, one canonical
// apostrophe, hyphen and space, ligatures spelled out. Each folded byte remembers the original
// byte it came from, so matches found in folded text are reported against the original input.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::normalise {

struct Normalised {
  // Lower-cased (Unicode case folding), diacritics removed (NFKD minus combining marks);
  // every space character, tab and '\r' is one ' ', '\n' stays; apostrophes are '\'', hyphens
  // and dashes '-'; œ æ ß are spelled out; zero-width characters and soft hyphens vanish.
  std::string text;
  // origin[i] is the original byte offset of the code point that produced text[i];
  // origin[text.size()] is the original size. Size: text.size() + 1.
  std::vector<std::uint32_t> origin;
  // upper[i] != 0 when text[i] came from an upper-case or title-case letter.
  std::vector<std::uint8_t> upper;

  std::size_t original_begin(std::size_t i) const { return origin[i]; }
  // The original end of a span ending at folded offset `end`: combining marks and other
  // characters folded away after the span's last character belong to it.
  std::size_t original_end(std::size_t end) const { return origin[end]; }
};

// Folds `original` (UTF-8; ill-formed bytes are read as U+FFFD, one byte each).
// Reuses `out`'s buffers, so a caller looping over documents allocates once.
void normalise(std::string_view original, Normalised& out);
Normalised normalise(std::string_view original);

}  // namespace gazette::normalise
