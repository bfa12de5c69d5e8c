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
  static const pipeline::Extractor instance = [] {
    std::string error;
    auto gazetteer = pipeline::load_gazetteer(pipeline::GazetteerSettings{}, error);
    if (!gazetteer) throw std::runtime_error(error);
    return pipeline::Extractor(gazetteer, pipeline::TypeFilter{});
  }();
  return instance;
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
std::size_t check_offsets(const std::string& text) {
  const auto mentions = extractor().extract(text);
  const std::u32string decoded = decode_all(text);
  for (const auto& m : mentions) {
    INFO("mention " << m.text << " at " << m.start);
    REQUIRE(m.start < m.end);
    REQUIRE(m.end <= text.size());
    CHECK(text.substr(m.start, m.end - m.start) == m.text);
    REQUIRE(m.char_end <= decoded.size());
    CHECK(encode(std::u32string_view(decoded).substr(m.char_start, m.char_end - m.char_start)) == m.text);
    // line and col: count from the decoded text.
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < m.char_start; ++i) {
      if (decoded[i] == U'\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    CHECK(m.line == line);
    CHECK(m.col == col);
  }
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
