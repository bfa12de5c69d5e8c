// Property: every record's byte offsets slice the original input to its text, and its code
// point offsets slice the decoded input to the same string; line and col agree with both.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "eval/gold.h"
#include "input/utf8.h"
#include "pipeline/extractor.h"

using namespace gazette;

namespace {

const pipeline::Extractor& extractor() {
  static const auto instance = [] {
    std::string error;
    auto built = pipeline::build_extractor({}, {}, error);
    if (!built) throw std::runtime_error(error);
    return built;
  }();
  return *instance;
}

std::u32string decode_all(std::string_view bytes) {
  std::u32string out;
  for (std::size_t pos = 0; pos < bytes.size();) out.push_back(utf8::decode(bytes, pos));
  return out;
}

std::string encode(std::u32string_view cps) {
  std::string out;
  for (char32_t cp : cps) utf8::append(out, cp);
  return out;
}

// Checks the property for every mention found in `text`; returns how many were found.
// Linear in the text (mentions come in order), so it also serves multi-megabyte inputs.
std::size_t check_offsets(const std::string& text) {
  const auto mentions = extractor().extract(text);
  const std::u32string decoded = decode_all(text);
  std::size_t bad_bytes = 0, bad_chars = 0, bad_lines = 0, out_of_order = 0;
  std::size_t line = 1, col = 1, walked = 0, previous_end = 0;
  for (const auto& m : mentions) {
    if (m.start >= m.end || m.end > text.size() || m.char_end > decoded.size() || m.char_start < walked ||
        m.start < previous_end) {
      ++out_of_order;
      continue;
    }
    previous_end = m.end;
    if (text.compare(m.start, m.end - m.start, m.text) != 0) ++bad_bytes;
    if (encode(std::u32string_view(decoded).substr(m.char_start, m.char_end - m.char_start)) != m.text) ++bad_chars;
    for (; walked < m.char_start; ++walked) {
      if (decoded[walked] == U'\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    if (m.line != line || m.col != col) ++bad_lines;
  }
  INFO(mentions.size() << " mentions");
  CHECK(out_of_order == 0);
  CHECK(bad_bytes == 0);
  CHECK(bad_chars == 0);
  CHECK(bad_lines == 0);
  return mentions.size();
}

}  // namespace

TEST_CASE("offsets slice the original text on every development document", "[property]") {
  std::size_t documents = 0, mentions = 0;
  for (const char* name : {"genesis-mission-fr.jsonl", "modern-fr-dev.jsonl", "ilab-labs-dev.jsonl"}) {
    std::vector<eval::GoldDocument> docs;
    std::string error;
    const std::string path = std::string(GAZETTE_SHARED_DIR) + "/eval/dev/" + name;
    REQUIRE(eval::read_gold_file(path, docs, error));
    for (const auto& doc : docs) {
      mentions += check_offsets(doc.text);
      ++documents;
    }
  }
  CHECK(documents == 50);
  CHECK(mentions > 300);
}

TEST_CASE("offsets survive NBSP, NFD accents, CRLF, emoji, ligatures and a BOM", "[property]") {
  const std::string nbsp = "\xC2\xA0", nnbsp = "\xE2\x80\xAF", acute = "\xCC\x81", emoji = "\xF0\x9F\x9A\x80";
  const std::string text = "\xEF\xBB\xBFLe CNRS et la start-up Ynsect" + emoji + " ont lev\x65" + acute + " 3" + nnbsp +
                           "000" + nbsp + "\xE2\x82\xAC.\r\n" + emoji + emoji + " Soci\x65" + acute +
                           "te\xCC\x81 Ge\xCC\x81ne\xCC\x81rale et l\xE2\x80\x99\xC5\x93uvre d\xE2\x80\x99" +
                           "Airbus SE\r\n\r\nInria, 50 milliards de dollars" + emoji + ", EDF" + nbsp + ": Google.\r\n";
  CHECK(check_offsets(text) >= 4);
}

TEST_CASE("offsets survive ill-formed bytes read leniently", "[property]") {
  const std::string text = "Le CNRS \xFF\xFE et Inria \xC3 Google\n\xE2\x82 Airbus";
  const auto mentions = extractor().extract(text);
  CHECK(mentions.size() >= 1);
  for (const auto& m : mentions) CHECK(text.substr(m.start, m.end - m.start) == m.text);
}

TEST_CASE("documents longer than a segment keep every mention and offset", "[property]") {
  const std::string paragraph = "Le CNRS et Airbus ont lev\xC3\xA9 3\xC2\xA0M\xE2\x82\xAC.\r\n\r\n";
  std::string text;
  std::size_t copies = 0;
  while (text.size() < (3u << 20)) {
    text += paragraph;
    ++copies;
  }
  CHECK(check_offsets(text) == 3 * copies);

  // One endless line: segments are cut at spaces.
  std::string line;
  std::size_t sentences = 0;
  while (line.size() < (3u << 20)) {
    line += "Inria et Nvidia. ";
    ++sentences;
  }
  CHECK(check_offsets(line) == 2 * sentences);

  // No space at all: cut anywhere on a code point boundary, without crashing.
  const std::string blob(3u << 20, 'x');
  CHECK(check_offsets(blob + " Airbus") == 1);
}
