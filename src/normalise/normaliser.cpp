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
  const std::size_t n = original.size();
  // Folding rarely lengthens text; write through raw pointers and grow only when a non-ASCII
  // character's folding needs more room than is left (see the invariant below).
  std::size_t capacity = n + 16;
  out.text.resize(capacity);
  out.origin.resize(capacity + 1);
  out.upper.resize(capacity);
  char* text = out.text.data();
  std::uint32_t* origin = out.origin.data();
  std::uint8_t* upper = out.upper.data();
  std::size_t w = 0;

  std::size_t pos = 0;
  while (pos < n) {
    const unsigned char b = static_cast<unsigned char>(original[pos]);
    if (b < 0x80) {
      // ASCII fast path: no ICU, no cache lookup.
      text[w] = kAscii.folded[b];
      origin[w] = static_cast<std::uint32_t>(pos);
      upper[w] = kAscii.upper[b];
      ++w;
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::decode(original, pos);
    const FoldedCodePoint& folded = fold_code_point(cp);
    // Keep room for this folding and one byte per input byte still to come, so the ASCII path
    // never needs a check: a character may fold longer than it is written ("½" -> "1⁄2").
    if (w + folded.text.size() + (n - pos) > capacity) {
      capacity = capacity * 2 + folded.text.size() + (n - pos);
      out.text.resize(capacity);
      out.origin.resize(capacity + 1);
      out.upper.resize(capacity);
      text = out.text.data();
      origin = out.origin.data();
      upper = out.upper.data();
    }
    for (char c : folded.text) {
      text[w] = c;
      origin[w] = static_cast<std::uint32_t>(start);
      upper[w] = folded.upper;
      ++w;
    }
  }
  origin[w] = static_cast<std::uint32_t>(n);
  out.text.resize(w);
  out.origin.resize(w + 1);
  out.upper.resize(w);
}

Normalised normalise(std::string_view original) {
  Normalised out;
  normalise(original, out);
  return out;
}

}  // namespace gazette::normalise
