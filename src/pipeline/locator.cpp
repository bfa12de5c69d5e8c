#include "pipeline/locator.h"

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
