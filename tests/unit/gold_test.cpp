#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "eval/gold.h"

using namespace gazette;

namespace {

// A gold file with `content`, removed at the end of the test.
struct GoldFile {
  explicit GoldFile(const std::string& content) {
    static int counter = 0;
    path = "/tmp/gazette-gold-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".jsonl";
    std::ofstream(path, std::ios::binary) << content;
  }
  ~GoldFile() { std::remove(path.c_str()); }
  std::string path;
};

}  // namespace

TEST_CASE("gold money values are read exactly, from numbers or strings", "[eval][gold]") {
  const GoldFile file(
      R"({"id":"a","text":"x","spans":[{"start":0,"end":1,"label":"MONEY","value":100000000000000001,"currency":"EUR"},)"
      R"({"start":0,"end":1,"label":"MONEY","value":"23.50"},{"start":0,"end":1,"label":"MONEY","min":1e3,"max":2.5E3},)"
      R"({"start":0,"end":1,"label":"MONEY","value":null}]})"
      "\n");
  std::vector<eval::GoldDocument> docs;
  std::string error;
  REQUIRE(eval::read_gold_file(file.path, docs, error));
  REQUIRE(docs.size() == 1);
  const auto& spans = docs[0].spans;
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].value->to_string() == "100000000000000001");
  CHECK(spans[1].value->to_string() == "23.5");
  CHECK(spans[2].min->to_string() == "1000");
  CHECK(spans[2].max->to_string() == "2500");
  CHECK_FALSE(spans[3].value);
}

TEST_CASE("a gold money value that is not an exact decimal is an error", "[eval][gold]") {
  for (const char* value : {R"("1,5")", R"("abc")", "true", "1e99", R"("1.5 ")"}) {
    INFO(value);
    const GoldFile file(std::string(R"({"id":"a","text":"x","spans":[]})") + "\n" +
                        R"({"id":"b","text":"x","spans":[{"start":0,"end":1,"label":"MONEY","value":)" + value +
                        "}]}\n");
    std::vector<eval::GoldDocument> docs;
    std::string error;
    CHECK_FALSE(eval::read_gold_file(file.path, docs, error));
    CHECK(error.rfind(file.path + ":2: a span's \"value\" must be a decimal number", 0) == 0);
  }
}

TEST_CASE("a gold file without any span is refused", "[eval][gold]") {
  for (const std::string& content : {std::string(""), std::string(R"({"id":"a","text":"Airbus"})" "\n"),
                                    std::string(R"({"id":"a","text":"x","spans":[]})" "\n"),
                                    std::string(R"({"id":"a","text":"x","spans":[{"start":0,"end":1,"label":"PER"}]})")}) {
    INFO(content);
    const GoldFile file(content);
    std::vector<eval::GoldDocument> docs;
    std::string error;
    CHECK_FALSE(eval::read_gold_file(file.path, docs, error));
    CHECK(error == file.path + ": no COMPANY, LAB or MONEY span in any document: nothing to score (is it a gold file?)");
  }
  // An optional span is an annotation too: the file is a gold file.
  const GoldFile optional(R"({"id":"a","text":"x","spans":[{"start":0,"end":1,"label":"LAB","optional":true}]})");
  std::vector<eval::GoldDocument> docs;
  std::string error;
  CHECK(eval::read_gold_file(optional.path, docs, error));
}
