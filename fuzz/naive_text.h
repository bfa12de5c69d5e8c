// An independent, deliberately naive reading of the original bytes, against which the fuzz
// targets and the property tests check the offsets the pipeline reports. It shares no code with
// src/: a bug in the project's decoder or locator cannot hide itself by agreeing with its check.
//
// The policy is the one the README states: a well-formed UTF-8 sequence (RFC 3629: no overlong
// form, no surrogate, nothing past U+10FFFF) is one code point; any other byte is one code point
// on its own (read as U+FFFD). Lines end at '\n' only; `col` counts code points from 1.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette_naive {

// Length of the well-formed sequence starting at `pos`, or 0 when the byte there starts none.
inline std::size_t sequence_length(std::string_view s, std::size_t pos) {
  const auto at = [&](std::size_t i) -> unsigned { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100; };
  const unsigned b0 = at(pos);
  if (b0 < 0x80) return 1;
  std::size_t length;
  unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong below U+0800
    if (b0 == 0xED) hi = 0x9F;  // U+D800..U+DFFF are surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong below U+10000
    if (b0 == 0xF4) hi = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  const unsigned b1 = at(pos + 1);
  if (b1 < lo || b1 > hi) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    const unsigned b = at(pos + i);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return length;
}

// Where each code point starts, plus s.size() at the end.
inline std::vector<std::size_t> code_point_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t pos = 0; pos < s.size();) {
    starts.push_back(pos);
    const std::size_t n = sequence_length(s, pos);
    pos += n ? n : 1;
  }
  starts.push_back(s.size());
  return starts;
}

// A byte offset's place in the text, counted from the start.
struct Place {
  bool boundary = false;  // the offset starts a code point (or is the end)
  std::size_t chars = 0;  // code points before it
  std::size_t line = 1, col = 1;
};

class Places {
 public:
  explicit Places(std::string_view text) : starts_(code_point_starts(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  Place at(std::size_t offset) const {
    Place p;
    p.chars = chars_before(offset);
    p.boundary = p.chars < starts_.size() && starts_[p.chars] == offset;
    // The line starts at or before `offset`: their count is the line number.
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    p.line = static_cast<std::size_t>(line - line_starts_.begin());
    p.col = p.chars - chars_before(*(line - 1)) + 1;
    return p;
  }
  std::size_t size_in_chars() const { return starts_.size() - 1; }

 private:
  // Code points starting before `offset`.
  std::size_t chars_before(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }
  std::vector<std::size_t> starts_, line_starts_;
};

// Why a located span disagrees with the naive reading of `text`, or "" when it agrees.
template <typename Mention>
std::string check_location(const Places& places, std::string_view text, const Mention& m) {
  if (m.start >= m.end || m.end > text.size()) return "span out of the text";
  if (text.substr(m.start, m.end - m.start) != m.text) return "start/end do not slice the text to its text";
  const Place begin = places.at(m.start), end = places.at(m.end);
  if (!begin.boundary || !end.boundary) return "span does not start or end on a code point";
  if (m.char_start != begin.chars || m.char_end != end.chars) return "char_start/char_end disagree with a naive count";
  if (m.line != begin.line || m.col != begin.col) return "line/col disagree with a naive count";
  return "";
}

}  // namespace gazette_naive
