#include "normalise/normaliser.h"

#include <array>

#include "input/utf8.h"
#include "normalise/code_point_folding.h"

namespace gazette::normalise {
namespace {

struct AsciiFolding {
  std::array<char, 128> folded{};
  std::array<std::uint8_t, 128> upper{};
  AsciiFolding() {
    for (int c = 0; c < 128; ++c) {
      char f = static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') {
        f = static_cast<char>(c - 'A' + 'a');
        upper[c] = 1;
      } else if (c == '`') {
        f = '\'';
      } else if (c == '\n') {
        f = '\n';
      } else if (c < 0x20 || c == 0x7F) {
        f = ' ';  // tab, '\r' and other controls
      }
      folded[c] = f;
    }
  }
};

const AsciiFolding kAscii;

}  // namespace

void normalise(std::string_view original, Normalised& out) {
  out.text.clear();
  out.origin.clear();
  out.upper.clear();
  out.text.reserve(original.size() + 16);
  out.origin.reserve(original.size() + 17);
  out.upper.reserve(original.size() + 16);

  const std::size_t n = original.size();
  std::size_t pos = 0;
  while (pos < n) {
    const unsigned char b = static_cast<unsigned char>(original[pos]);
    if (b < 0x80) {
      // ASCII fast path: no ICU, no cache lookup.
      out.text.push_back(kAscii.folded[b]);
      out.origin.push_back(static_cast<std::uint32_t>(pos));
      out.upper.push_back(kAscii.upper[b]);
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::decode(original, pos);
    const FoldedCodePoint& folded = fold_code_point(cp);
    for (char c : folded.text) {
      out.text.push_back(c);
      out.origin.push_back(static_cast<std::uint32_t>(start));
      out.upper.push_back(folded.upper);
    }
  }
  out.origin.push_back(static_cast<std::uint32_t>(n));
}

Normalised normalise(std::string_view original) {
  Normalised out;
  normalise(original, out);
  return out;
}

}  // namespace gazette::normalise
