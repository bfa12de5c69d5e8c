// Splits folded text into the tokens names are matched on. Runs of letters and digits are
// tokens; hyphens, apostrophes and white space only separate (so "CEA-Leti" matches "CEA Leti"
// and "d'Amazon" exposes "Amazon"); any other punctuation or symbol is a token of its own
// ("Alice & Bob", "Amazon.com").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::tokens {

struct Token {
  std::uint32_t begin = 0;  // byte offsets in the folded text
  std::uint32_t end = 0;
  std::uint64_t hash = 0;  // hash of the token's bytes
  bool word = true;        // letters and digits, as opposed to a punctuation token
};

// Appends the tokens of `folded` to `out` (cleared first).
void tokenise(std::string_view folded, std::vector<Token>& out);

std::uint64_t hash_bytes(std::string_view bytes);

// Nothing but spaces in text[begin, end): no line break, no punctuation. Names and the words
// that qualify them (a legal form, a business word) must be this close.
inline bool only_spaces(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (text[i] != ' ') return false;
  return true;
}

// Whether text[begin, end) holds a line break. Asked between two tokens, never past them: a
// search to the text's end would make a long line quadratic.
inline bool line_break_in(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (text[i] == '\n') return true;
  return false;
}

// Hash of a token sequence, extended one token at a time.
inline constexpr std::uint64_t kSequenceSeed = 0x9E3779B97F4A7C15ULL;
inline std::uint64_t extend_sequence(std::uint64_t sequence, std::uint64_t token_hash) {
  std::uint64_t x = (sequence ^ token_hash) * 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ULL;
  x ^= x >> 29;
  return x | 1;  // 0 marks an empty slot in the name index
}

// The sequence hash of tokens[first, last].
inline std::uint64_t sequence_of(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  std::uint64_t sequence = kSequenceSeed;
  for (std::size_t t = first; t <= last; ++t) sequence = extend_sequence(sequence, tokens[t].hash);
  return sequence;
}

}  // namespace gazette::tokens
