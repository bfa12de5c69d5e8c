#include "pipeline/locator.h"

#include <cstdint>
#include <cstring>

#include "input/utf8.h"

namespace gazette::pipeline {

void Locator::locate(resolve::Mention& m, std::string_view held, std::size_t held_begin) {
  advance_to(m.start, held, held_begin);
  m.char_start = chars_;
  m.line = line_;
  m.col = chars_ - line_start_chars_ + 1;
  // Mentions do not overlap: counting the span now leaves the walk position untouched.
  std::size_t chars_in = 0;
  const std::size_t end = m.end - held_begin;
  for (std::size_t p = m.start - held_begin; p < end;) {
    if (static_cast<unsigned char>(held[p]) < 0x80)
      ++p;
    else
      utf8::decode(held, p);
    ++chars_in;
  }
  m.char_end = m.char_start + chars_in;
}

void Locator::advance_to(std::size_t target, std::string_view held, std::size_t held_begin) {
  std::size_t p = pos_ - held_begin;
  const std::size_t end = target - held_begin;
  while (p < end) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Every document is walked whole, so eight ASCII bytes (eight code points) are taken at a
    // time. Of v = word ^ "\n\n...", a byte is zero where a line break is; with every high bit
    // clear, ~(((v & 0x7F..) + 0x7F..) | v | 0x7F..) flags exactly those bytes (no carry
    // crosses a byte), so the breaks are counted and the last one found.
    if (p + 8 <= end) {
      constexpr std::uint64_t ones = 0x0101010101010101ULL, lows = 0x7F7F7F7F7F7F7F7FULL;
      std::uint64_t word;
      std::memcpy(&word, held.data() + p, 8);
      if (!(word & ~lows)) {
        const std::uint64_t v = word ^ ('\n' * ones);
        const std::uint64_t breaks = ~(((v & lows) + lows) | v | lows);
        if (breaks) {
          line_ += static_cast<std::size_t>(__builtin_popcountll(breaks));
          line_start_chars_ = chars_ + static_cast<std::size_t>(63 - __builtin_clzll(breaks)) / 8 + 1;
        }
        chars_ += 8;
        p += 8;
        continue;
      }
    }
#endif
    const unsigned char b = static_cast<unsigned char>(held[p]);
    if (b < 0x80) {
      ++p;
      if (b == '\n') {
        ++line_;
        line_start_chars_ = chars_ + 1;
      }
    } else {
      utf8::decode(held, p);
    }
    ++chars_;
  }
  pos_ = p + held_begin;
}

}  // namespace gazette::pipeline
