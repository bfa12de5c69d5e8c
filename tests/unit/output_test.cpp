#include <catch2/catch.hpp>

#include "output/json_escape.h"
#include "output/sink.h"

using namespace gazette;

namespace {
resolve::Mention money_mention() {
  resolve::Mention m;
  m.type = produce::EntityType::money;
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
  output::append_jsonl_record("a.txt", m, jsonl);
  CHECK(jsonl ==
        "{\"doc\":\"a.txt\",\"type\":\"money\",\"text\":\"50 milliards de dollars\",\"start\":10,\"end\":33,"
        "\"char_start\":9,\"char_end\":32,\"line\":2,\"col\":4,\"canonical\":\"50000000000 USD\",\"id\":null,"
        "\"source\":\"grammar\",\"value\":50000000000,\"currency\":\"USD\",\"qualifier\":\"up_to\"}\n");
  tsv += output::tsv_header();
  output::append_tsv_record("a.txt", m, tsv);
  CHECK(tsv.substr(tsv.find('\n') + 1) ==
        "a.txt\tmoney\t10\t33\t9\t32\t2\t4\t50 milliards de dollars\t50000000000 "
        "USD\t\tgrammar\t50000000000\t\t\tUSD\tup_to\n");
  output::append_text_record("a.txt", m, text);
  CHECK(text == "a.txt:2:4: money 50 milliards de dollars -> 50000000000 USD (up_to)\n");
}

TEST_CASE("several ids: the Wikidata QID leads, all are listed", "[output]") {
  resolve::Mention m;
  m.text = "Alphabet";
  m.canonical = "Alphabet";
  m.id = "ticker:GOOGL wikidata:Q20800404";
  m.source = "gazetteer";
  std::string out;
  output::append_jsonl_record("d", m, out);
  CHECK(out.find("\"id\":\"wikidata:Q20800404\",\"ids\":[\"ticker:GOOGL\",\"wikidata:Q20800404\"]") !=
        std::string::npos);
}

namespace {
// Records what a sink is told, to check the order of the calls.
class Trace : public output::RecordSink {
 public:
  Trace(output::OutputStream& out, std::string& log) : RecordSink(out), log_(log) {}
  void begin_run() override { log_ += "run("; }
  void begin_document(std::string_view doc, std::string_view) override { log_ += std::string(doc) + "["; }
  void record(std::string_view, const resolve::Mention& m) override { log_ += m.text + ";"; }
  void end_document(std::string_view) override { log_ += "]"; }
  void end_run() override { log_ += ")"; }

 private:
  std::string& log_;
};
}  // namespace

TEST_CASE("every format is a sink made by name, with run and document events", "[output]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  {
    output::OutputStream out(file);
    for (const output::SinkFormat& f : output::sink_formats()) CHECK(output::make_sink(f.name, out) != nullptr);
    CHECK(output::make_sink("xml", out) == nullptr);
    const auto tsv = output::make_sink("tsv", out);
    tsv->begin_run();
    tsv->begin_document("a.txt", {});
    tsv->record("a.txt", money_mention());
    tsv->end_document("a.txt");
    tsv->end_run();
    CHECK(out.ok());
  }
  std::rewind(file);
  char line[256] = {};
  REQUIRE(std::fgets(line, sizeof line, file));
  CHECK(std::string(line) == std::string(output::tsv_header()));
  REQUIRE(std::fgets(line, sizeof line, file));
  CHECK(std::string(line).rfind("a.txt\tmoney\t10\t33", 0) == 0);
  std::fclose(file);

  std::string log;
  output::OutputStream unused(stdout);
  Trace trace(unused, log);
  trace.begin_run();
  trace.begin_document("d", {});
  trace.record("d", money_mention());
  trace.end_document("d");
  trace.end_run();
  CHECK(log == "run(d[50 milliards de dollars;])");
}

TEST_CASE("a range prints its canonical in every format", "[output]") {
  resolve::Mention m = money_mention();
  m.value.clear();
  m.min = "10";
  m.max = "20";
  m.canonical = "10..20 USD";
  m.qualifier.clear();
  std::string jsonl, text;
  output::append_jsonl_record("a", m, jsonl);
  output::append_text_record("a", m, text);
  CHECK(jsonl.find("\"canonical\":\"10..20 USD\"") != std::string::npos);
  CHECK(jsonl.find("\"min\":10,\"max\":20") != std::string::npos);
  CHECK(text == "a:2:4: money 50 milliards de dollars -> 10..20 USD\n");
}

TEST_CASE("count, list and quiet sinks summarise documents as grep -c, -l and -q", "[output]") {
  const auto run = [](std::unique_ptr<output::RecordSink> (*make)(output::OutputStream&)) {
    std::FILE* file = std::tmpfile();
    REQUIRE(file);
    {
      output::OutputStream out(file);
      const auto sink = make(out);
      sink->begin_run();
      for (const auto& [doc, mentions] : std::vector<std::pair<std::string, int>>{{"a", 2}, {"b\tc", 0}, {"d", 1}}) {
        sink->begin_document(doc, {});
        for (int i = 0; i < mentions; ++i) sink->record(doc, money_mention());
        sink->end_document(doc);
      }
      sink->end_run();
    }
    std::rewind(file);
    std::string text;
    char buffer[256];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, got);
    std::fclose(file);
    return text;
  };
  CHECK(run(output::make_count_sink) == "a\t2\nb\\tc\t0\nd\t1\n");  // documents without a mention too
  CHECK(run(output::make_list_sink) == "a\nd\n");
  CHECK(run(output::make_quiet_sink).empty());
}

TEST_CASE("kept fields are a JSON member and a last TSV column", "[output]") {
  std::string jsonl, tsv;
  output::append_jsonl_record("d", money_mention(), jsonl, R"({"url":"http://a"})");
  CHECK(jsonl.size() > 30);
  CHECK(jsonl.substr(jsonl.size() - 30) == R"(,"fields":{"url":"http://a"}})" "\n");
  output::append_tsv_record("d", money_mention(), tsv, std::string_view(R"({"a":"x\ty"})"));
  CHECK(tsv.substr(tsv.size() - 15) == "\t{\"a\":\"x\\\\ty\"}\n");
}
