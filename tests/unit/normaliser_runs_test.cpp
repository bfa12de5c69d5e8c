// The normaliser folds printable ASCII eight bytes at a time. Checked here against a byte-at-a-
// time folding, with every ASCII byte and several non-ASCII characters ending a run of every
// length at every alignment, and the text ending at every offset.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "input/utf8.h"
#include "normalise/code_point_folding.h"
#include "normalise/normaliser.h"

using namespace gazette;

namespace {

char plain_ascii_folding(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c == '`') return '\'';
  if (c == '\n') return '\n';
  if (c < 0x20 || c == 0x7F) return ' ';
  return static_cast<char>(c);
}

normalise::Normalised plain_normalise(std::string_view original) {
  normalise::Normalised out;
  for (std::size_t pos = 0; pos < original.size();) {
    const auto b = static_cast<unsigned char>(original[pos]);
    if (b < 0x80) {
      out.text.push_back(plain_ascii_folding(b));
      out.origin.push_back(static_cast<std::uint32_t>(pos));
      out.upper.push_back(b >= 'A' && b <= 'Z');
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const normalise::FoldedCodePoint& folded = normalise::fold_code_point(utf8::decode(original, pos));
    for (char c : folded.text) {
      out.text.push_back(c);
      out.origin.push_back(static_cast<std::uint32_t>(start));
      out.upper.push_back(folded.upper);
    }
  }
  out.origin.push_back(static_cast<std::uint32_t>(original.size()));
  return out;
}

void check_every_end(const std::string& text) {
  normalise::Normalised fast;
  for (std::size_t end = 0; end <= text.size(); ++end) {
    const std::string_view s = std::string_view(text).substr(0, end);
    normalise::normalise(s, fast);  // reused, as the pipeline reuses it
    const normalise::Normalised plain = plain_normalise(s);
    INFO("text \"" << text << "\" ending at " << end);
    REQUIRE(fast.text == plain.text);
    REQUIRE(fast.origin == plain.origin);
    REQUIRE(fast.upper == plain.upper);
  }
}

}  // namespace

TEST_CASE("ASCII folded eight bytes at a time is ASCII folded byte by byte", "[normalise]") {
  std::vector<std::string> pieces;
  for (int c = 1; c < 0x80; ++c) pieces.emplace_back(1, static_cast<char>(c));
  pieces.emplace_back(1, '\0');
  for (const char* s : {"\xE2\x80\x99", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x91", "\xC3\x89", "\xC3\xA9", "\xC5\x93",
                        "\xCC\x81", "\xC2\xBD", "\xF0\x9F\x98\x80", "\xFF", "\xC3"})
    pieces.emplace_back(s);
  const std::string run = "aBcDeFgHiJkLmNoPqRz";
  for (const std::string& piece : pieces)
    for (std::size_t lead = 0; lead < 9; ++lead)
      check_every_end(run.substr(0, lead) + piece + run.substr(lead) + piece + "Zz");
}
