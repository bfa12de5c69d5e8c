// The locator against a plain count, on text whose line breaks and multi-byte characters fall at
// every position of the eight-byte words it reads at a time.
#include "pipeline/locator.h"

#include <catch2/catch.hpp>
#include <string>

#include "input/utf8.h"

using namespace gazette;

TEST_CASE("the locator gives code point offsets, lines and columns as a plain count does", "[pipeline][locator]") {
  // A text of ASCII runs of every length up to 11, each ended in turn by a line break, a
  // two-byte, a three-byte or a four-byte character.
  const char* enders[] = {"\n", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\n\n"};
  std::string text;
  for (int round = 0; round < 3; ++round)
    for (std::size_t run = 0; run < 12; ++run) text += std::string(run, 'a' + static_cast<char>(run)) + enders[run % 5];
  // Mentions at every code point boundary, one byte long or one character long.
  pipeline::Locator locator;
  std::size_t chars = 0, line = 1, line_start = 0;
  for (std::size_t p = 0; p < text.size();) {
    std::size_t next = p;
    utf8::decode(text, next);
    resolve::Mention m;
    m.start = p;
    m.end = next;
    locator.locate(m, text, 0);
    INFO("byte " << p);
    CHECK(m.char_start == chars);
    CHECK(m.char_end == chars + 1);
    CHECK(m.line == line);
    CHECK(m.col == chars - line_start + 1);
    if (text[p] == '\n') {
      ++line;
      line_start = chars + 1;
    }
    ++chars;
    p = next;
  }
}

TEST_CASE("the locator walks long gaps between mentions exactly", "[pipeline][locator]") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += (i % 7 == 0 ? "ligne\n" : i % 3 == 0 ? "\xC3\xA9t\xC3\xA9 " : "mot ");
  text += "Airbus";
  pipeline::Locator locator;
  resolve::Mention m;
  m.start = text.size() - 6;
  m.end = text.size();
  locator.locate(m, text, 0);
  std::size_t chars = 0, line = 1, line_start = 0;
  for (std::size_t p = 0; p < m.start;) {
    if (text[p] == '\n') {
      ++line;
      line_start = chars + 1;
    }
    utf8::decode(text, p);
    ++chars;
  }
  CHECK(m.char_start == chars);
  CHECK(m.line == line);
  CHECK(m.col == chars - line_start + 1);
}
