// The tokeniser reads words eight bytes at a time and hashes their last bytes as a masked word.
// Checked here against a byte-at-a-time reading, on text where every kind of byte ends a run of
// every length at every alignment, and where the text ends at every offset.
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "input/utf8.h"
#include "tokens/tokeniser.h"

using namespace gazette;

namespace {

bool plain_word_code_point(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_COMBINING_SPACING_MARK;
}

bool plain_word_byte(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

bool plain_separator(unsigned char b) { return b <= ' ' || b == '-' || b == '\'' || b == 0x7F; }

// One byte at a time, each token hashed with hash_bytes.
std::vector<tokens::Token> plain_tokens(std::string_view s) {
  std::vector<tokens::Token> out;
  const auto emit = [&](std::size_t begin, std::size_t end, bool word) {
    out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                   tokens::hash_bytes(s.substr(begin, end - begin)), word});
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto b = static_cast<unsigned char>(s[pos]);
    const std::size_t start = pos;
    if (b < 0x80 && plain_separator(b)) {
      ++pos;
      continue;
    }
    if (b < 0x80 && !plain_word_byte(b)) {
      emit(start, ++pos, false);
      continue;
    }
    if (b >= 0x80) {
      std::size_t next = pos;
      if (!plain_word_code_point(utf8::decode(s, next))) {
        emit(start, next, false);
        pos = next;
        continue;
      }
    }
    while (pos < s.size()) {
      const auto c = static_cast<unsigned char>(s[pos]);
      if (c < 0x80) {
        if (!plain_word_byte(c)) break;
        ++pos;
        continue;
      }
      std::size_t next = pos;
      if (!plain_word_code_point(utf8::decode(s, next))) break;
      pos = next;
    }
    emit(start, pos, true);
  }
  return out;
}

// Pieces that end or continue a run of letters: ASCII of each class, apostrophes, hyphens,
// no-break spaces, accented and other letters, marks, ill-formed and truncated sequences.
const std::vector<std::string> kPieces = {
    " ",
    "-",
    "'",
    ".",
    ",",
    "&",
    "@",
    "[",
    "`",
    "{",
    "_",
    "\x7F",
    "\n",
    "\t",
    "0",
    "9",
    "A",
    "Z",
    "m",
    "\xE2\x80\x99",  // ’
    "\xC2\xA0",      // U+00A0
    "\xE2\x80\xAF",  // U+202F
    "\xE2\x80\x91",  // non-breaking hyphen
    "\xC3\xA9",      // é
    "\xCE\xB1",      // α
    "\xCC\x81",      // combining acute: not a word character
    "\xE0\xA4\xBE",  // a spacing mark: part of a word
    "\xE2\x82\xAC",  // €
    "\xF0\x9F\x98\x80",
    "\xFF",
    "\xC3",
};

void check_every_end(const std::string& text) {
  for (std::size_t end = 0; end <= text.size(); ++end) {
    const std::string_view s = std::string_view(text).substr(0, end);
    std::vector<tokens::Token> fast;
    tokens::tokenise(s, fast);
    const std::vector<tokens::Token> plain = plain_tokens(s);
    INFO("text \"" << text << "\" ending at " << end);
    REQUIRE(fast.size() == plain.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
      INFO("token " << i);
      CHECK(fast[i].begin == plain[i].begin);
      CHECK(fast[i].end == plain[i].end);
      CHECK(fast[i].hash == plain[i].hash);
      CHECK(fast[i].word == plain[i].word);
    }
  }
}

}  // namespace

TEST_CASE("tokens read eight bytes at a time are the tokens read byte by byte", "[tokens]") {
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  for (const std::string& piece : kPieces)
    for (std::size_t lead = 0; lead < 9; ++lead)
      for (std::size_t run = 0; run < 18; ++run)
        check_every_end(letters.substr(0, lead) + " " + letters.substr(lead, run) + piece + letters.substr(0, 9));
}

TEST_CASE("tokens of mixed text, from every start and to every end, are those read byte by byte", "[tokens]") {
  std::string text;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 300; ++i) {
    seed = seed * 1103515245u + 12345u;
    text += seed % 3 == 0 ? kPieces[(seed >> 8) % kPieces.size()]
                          : std::string(1 + (seed >> 12) % 11, 'a' + (seed >> 16) % 26);
  }
  for (std::size_t start = 0; start < 16; ++start) check_every_end(text.substr(start));
}
