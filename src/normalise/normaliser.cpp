#include "normalise/normaliser.h"

#include <array>
#include <cstring>

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

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;

// The high bit of the first byte of `word` that AsciiFolding does not leave as it is or merely
// lower-case (a control character, '`', DEL, or any byte from 0x80), and maybe of later bytes:
// a borrow or carry only runs from a flagged byte to the ones after it.
std::uint64_t first_unplain(std::uint64_t word) {
  const auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  return (word | ((word - 0x20 * kOnes) & ~word) | zero_byte(word ^ ('`' * kOnes)) | zero_byte(word ^ (0x7F * kOnes))) &
         kHighs;
}

// The high bit of each upper-case ASCII letter of `word`, for bytes below 0x80 and those before
// the first one from 0x80.
std::uint64_t upper_letters(std::uint64_t word) {
  return (word + (0x80 - 'A') * kOnes) & ~(word + (0x7F - 'Z') * kOnes) & kHighs;
}

// Folds the printable ASCII run at original[pos] eight bytes at a time, as long as eight bytes
// are left, and returns its length. Each step writes all eight bytes, which the room kept for
// the bytes to come allows, and counts those before the first byte that needs the table.
std::size_t fold_plain_run(std::string_view original, std::size_t pos, char* text, std::uint32_t* origin,
                           std::uint8_t* upper) {
  const std::size_t from = pos;
  for (; pos + 8 <= original.size(); pos += 8, text += 8, origin += 8, upper += 8) {
    std::uint64_t word;
    std::memcpy(&word, original.data() + pos, 8);
    const std::uint64_t up = upper_letters(word);
    const std::uint64_t folded = word | up >> 2;  // 'A'-'Z' to 'a'-'z'
    std::memcpy(text, &folded, 8);
    const std::uint64_t up_bytes = up >> 7;
    std::memcpy(upper, &up_bytes, 8);
    const auto at = static_cast<std::uint32_t>(pos);
    for (std::uint32_t i = 0; i < 8; ++i) origin[i] = at + i;
    if (const std::uint64_t stop = first_unplain(word))
      return pos + static_cast<std::size_t>(__builtin_ctzll(stop)) / 8 - from;
  }
  return pos - from;
}
#endif

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
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (pos + 8 <= n) {
      const std::size_t plain = fold_plain_run(original, pos, text + w, origin + w, upper + w);
      w += plain;
      pos += plain;
      if (pos >= n) break;
    }
#endif
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
    std::size_t next = pos;  // not pos itself: once its address is taken it lives on the stack
    const char32_t cp = utf8::decode(original, next);
    pos = next;
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
