#include <catch2/catch.hpp>

#include "output/json_escape.h"
#include "output/record_format.h"

using namespace gazette;

namespace {
resolve::Mention money_mention() {
  resolve::Mention m;
  m.type = resolve::MentionType::money;
  m.start = 10;
  m.end = 33;
  m.char_start = 9;
  m.char_end = 32;
  m.line = 2;
  m.col = 4;
  m.text = "50 milliards de dollars";
  m.canonical = "50000000000 USD";
  m.source = "grammar";
  m.value = "50000000000";
  m.currency = "USD";
  m.qualifier = "up_to";
  return m;
}
}  // namespace

TEST_CASE("JSON strings are escaped and stay valid UTF-8", "[output]") {
  std::string out;
  output::append_json_string(out, "a\"b\\c\nd\te\x01 \xC3\xA9 \xFF");
  CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001 \xC3\xA9 \xEF\xBF\xBD\"");
}

TEST_CASE("a money record in each format", "[output]") {
  const resolve::Mention m = money_mention();
  std::string jsonl, tsv, text;
  output::append_record(output::Format::jsonl, "a.txt", m, jsonl);
  CHECK(jsonl ==
        "{\"doc\":\"a.txt\",\"type\":\"money\",\"text\":\"50 milliards de dollars\",\"start\":10,\"end\":33,"
        "\"char_start\":9,\"char_end\":32,\"line\":2,\"col\":4,\"canonical\":\"50000000000 USD\",\"id\":null,"
        "\"source\":\"grammar\",\"value\":50000000000,\"currency\":\"USD\",\"qualifier\":\"up_to\"}\n");
  output::append_header(output::Format::tsv, tsv);
  output::append_record(output::Format::tsv, "a.txt", m, tsv);
  CHECK(tsv.substr(tsv.find('\n') + 1) ==
        "a.txt\tmoney\t10\t33\t9\t32\t2\t4\t50 milliards de dollars\t50000000000 USD\t\tgrammar\t50000000000\t\t\tUSD\tup_to\n");
  output::append_record(output::Format::text, "a.txt", m, text);
  CHECK(text == "a.txt:2:4: money 50 milliards de dollars -> 50000000000 USD (up_to)\n");
}

TEST_CASE("several ids: the Wikidata QID leads, all are listed", "[output]") {
  resolve::Mention m;
  m.text = "Alphabet";
  m.canonical = "Alphabet";
  m.id = "ticker:GOOGL wikidata:Q20800404";
  m.source = "gazetteer";
  std::string out;
  output::append_record(output::Format::jsonl, "d", m, out);
  CHECK(out.find("\"id\":\"wikidata:Q20800404\",\"ids\":[\"ticker:GOOGL\",\"wikidata:Q20800404\"]") != std::string::npos);
  output::Format f;
  CHECK(output::parse_format("tsv", f));
  CHECK_FALSE(output::parse_format("xml", f));
}
