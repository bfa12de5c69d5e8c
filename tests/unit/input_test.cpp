#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "input/json.h"
#include "input/reader.h"
#include "input/utf8.h"

using namespace gazette;

TEST_CASE("find_invalid accepts well-formed UTF-8 and points at the first bad byte", "[input][utf8]") {
  CHECK(utf8::find_invalid("plain ASCII text, long enough to use the word loop") == utf8::npos);
  CHECK(utf8::find_invalid("d\xC3\xA9j\xC3\xA0 \xE2\x82\xAC \xF0\x9F\x98\x80") == utf8::npos);
  CHECK(utf8::find_invalid("abc\xFF") == 3);
  CHECK(utf8::find_invalid("ab\xC3") == 2);                  // truncated sequence
  CHECK(utf8::find_invalid("\xC0\xAF") == 0);                // overlong
  CHECK(utf8::find_invalid("x\xED\xA0\x80") == 1);           // surrogate
  CHECK(utf8::find_invalid("12345678901234\xF4\x90\x80\x80") == 14);  // past U+10FFFF
  // The word loop skips the ASCII bytes before a non-ASCII one, wherever that one stands.
  for (std::size_t at = 0; at < 20; ++at) {
    const std::string ascii(at, 'a');
    CHECK(utf8::find_invalid(ascii + "\xFF" + std::string(10, 'b')) == at);
    CHECK(utf8::find_invalid(ascii + "\xC3\xA9" + ascii + "\xE2\x82" + std::string(10, 'b')) == 2 * at + 2);
    CHECK(utf8::find_invalid(ascii + "\xC3\xA9" + ascii + "\xE2\x82\xAC" + std::string(10, 'b')) == utf8::npos);
  }
}

TEST_CASE("decode reads bad bytes one at a time as U+FFFD", "[input][utf8]") {
  const std::string s = "a\xFF\xC3\xA9";
  std::size_t pos = 0;
  CHECK(utf8::decode(s, pos) == U'a');
  CHECK(utf8::decode(s, pos) == 0xFFFD);
  CHECK(pos == 2);
  CHECK(utf8::decode(s, pos) == U'é');
  CHECK(pos == 4);
  CHECK(utf8::sanitise(s) == "a\xEF\xBF\xBD\xC3\xA9");
}

TEST_CASE("check_document reports binary files and invalid UTF-8 with the offset", "[input][reader]") {
  input::ReadOptions strict;
  auto binary = input::check_document({"doc.bin", std::string("abc\0def", 7)}, strict);
  CHECK(binary.status == input::ReadStatus::binary);
  CHECK(binary.bad_offset == 3);
  CHECK(binary.message.find("doc.bin") != std::string::npos);

  auto bad = input::check_document({"doc.txt", "caf\xE9 au lait"}, strict);
  CHECK(bad.status == input::ReadStatus::invalid_utf8);
  CHECK(bad.bad_offset == 3);
  CHECK(bad.message == "doc.txt: invalid UTF-8 at byte offset 3 (use --lossy to replace bad bytes)");

  auto lossy = input::check_document({"doc.txt", "caf\xE9"}, input::ReadOptions{true});
  CHECK(lossy.status == input::ReadStatus::ok);
  CHECK(lossy.document.bytes == "caf\xE9");  // untouched: offsets refer to the original bytes
}

TEST_CASE("read_document names a missing file", "[input][reader]") {
  auto missing = input::read_document("/nonexistent/file.txt", {});
  CHECK(missing.status == input::ReadStatus::not_found);
  CHECK(missing.message.find("/nonexistent/file.txt") != std::string::npos);
}

TEST_CASE("the JSON reader stops on a quote, a backslash or a control character wherever it stands", "[input][json]") {
  // Strings are scanned eight bytes at a time: each stop is tried at every position of the
  // first words, between plain ASCII and UTF-8 bytes (whose high bit is set).
  for (const char* filler : {"a", "\xC3\xA9"}) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string before;
      while (before.size() < at) before += filler;
      std::string after;
      while (after.size() < 9) after += filler;
      json::Value v;
      json::ParseError e;
      REQUIRE(json::parse("\"" + before + "\\n" + after + "\"", v, e));
      CHECK(v.as_string() == before + "\n" + after);
      REQUIRE(json::parse("\"" + before + "\"", v, e));
      CHECK(v.as_string() == before);
      CHECK_FALSE(json::parse("\"" + before + "\t" + after + "\"", v, e));
      CHECK(e.reason.find("control character") != std::string::npos);
      CHECK(e.offset == before.size() + 1);
      CHECK_FALSE(json::parse("\"" + before + "\x1F\"", v, e));
      CHECK(e.offset == before.size() + 1);
      CHECK(json::parse("\"" + before + " ~\x7F" + after + "\"", v, e));  // 0x20, 0x7E, DEL: plain
      CHECK(v.as_string() == before + " ~\x7F" + after);
    }
  }
}

TEST_CASE("the JSON reader parses gold-file shapes and reports error offsets", "[input][json]") {
  json::Value v;
  json::ParseError e;
  REQUIRE(json::parse(R"({"id": "a/1", "text": "l\u2019Inria \ud83d\ude00", "spans": [{"start": 2, "end": 7.0, "optional": true}], "n": null})", v, e));
  CHECK(v.find("id")->as_string() == "a/1");
  CHECK(v.find("text")->as_string() == "l\xE2\x80\x99Inria \xF0\x9F\x98\x80");
  const auto& span = v.find("spans")->items().at(0);
  CHECK(span.find("end")->as_number() == 7.0);
  CHECK(span.find("end")->number_text() == "7.0");
  CHECK(span.find("optional")->as_bool());
  CHECK(v.find("n")->is_null());
  CHECK(v.find("missing") == nullptr);

  CHECK_FALSE(json::parse(R"({"a": 1,})", v, e));
  CHECK(e.offset == 8);
  CHECK_FALSE(json::parse(R"({"a": "unterminated)", v, e));
  CHECK_FALSE(json::parse("[1] x", v, e));
  CHECK(e.offset == 4);
  CHECK_FALSE(json::parse(std::string(1000, '['), v, e));  // depth limit, not a stack overflow
}
