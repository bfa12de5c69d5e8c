// Byte-level helpers over normalised text. After normalisation, letters that matter for money
// are ASCII a-z, every space is ' ', apostrophes are '\'' and hyphens '-', so plain byte tests
// are enough and much cheaper than Unicode classes.
#pragma once
#include <cstddef>
#include <string_view>

namespace gazette::money {

constexpr bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alnum(char c) { return is_letter(c) || is_digit(c); }
// Bytes of non-ASCII characters (letters such as 'ø' that NFKD keeps) also glue words together.
constexpr bool is_word_byte(char c) { return is_alnum(c) || (static_cast<unsigned char>(c) >= 0x80); }

inline bool at_word_end(std::string_view text, std::size_t pos) { return pos >= text.size() || !is_letter(text[pos]); }

// Skips spaces, and at most one line break: "3 \nmillions d'euros" is one amount, a blank line is
// a paragraph break.
inline std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  bool seen_newline = false;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
    } else if (text[pos] == '\n' && !seen_newline) {
      seen_newline = true;
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

inline std::size_t skip_spaces_backwards(std::string_view text, std::size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n')) --pos;
  return pos;
}

inline std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_letter(text[pos])) ++pos;
  return pos;
}

// `word` at `pos`, followed by something other than a letter.
inline bool word_at(std::string_view text, std::size_t pos, std::string_view word) {
  return text.substr(pos, word.size()) == word && at_word_end(text, pos + word.size());
}

// `phrase` ending exactly at `end`, preceded by something other than a letter.
inline bool phrase_ends_at(std::string_view text, std::size_t end, std::string_view phrase) {
  if (end < phrase.size()) return false;
  const std::size_t start = end - phrase.size();
  return text.substr(start, phrase.size()) == phrase && (start == 0 || !is_letter(text[start - 1]));
}

}  // namespace gazette::money
