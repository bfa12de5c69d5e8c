// End-to-end: `gazette check` on the fixtures of tests/fixtures/check, as a CI job runs it:
// the output of every format, exit statuses, rules files found upwards, suppression comments.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "input/json.h"
#include "run_gazette.h"

namespace {

using gazette_e2e::Run;
using gazette_e2e::slurp;

std::string check_dir() { return std::string(GAZETTE_TEST_DIR) + "/fixtures/check"; }

// Runs `gazette check ARGS` in the check fixtures folder; stdin from `input_file`.
Run check(const std::string& args, const std::string& input_file = "/dev/null") {
  return gazette_e2e::run_in(check_dir(), "check " + args, input_file);
}

}  // namespace

TEST_CASE("check prints the expected findings in every format", "[e2e][check]") {
  for (const char* format : {"text", "json", "github", "sarif", "rdjsonl", "checkstyle", "junit"}) {
    INFO(format);
    const Run r = check(std::string("--no-config --format ") + format + " article.md");
    CHECK(r.status == 1);
    CHECK(r.err.empty());
    CHECK(r.out == slurp(check_dir() + "/expected/article." + format));
  }
}

TEST_CASE("SARIF output is valid JSON with the fields code scanning needs", "[e2e][check]") {
  const Run r = check("--no-config --format sarif article.md");
  gazette::json::Value sarif;
  gazette::json::ParseError error;
  REQUIRE(gazette::json::parse(r.out, sarif, error));
  CHECK(sarif.find("$schema")->is_string());
  CHECK(sarif.find("version")->as_string() == "2.1.0");
  const auto& run = sarif.find("runs")->items().at(0);
  const auto* driver = run.find("tool")->find("driver");
  CHECK(driver->find("name")->as_string() == "gazette");
  for (const auto& rule : driver->find("rules")->items()) {
    CHECK(rule.find("id")->is_string());
    for (const char* text : {"shortDescription", "fullDescription", "help"})
      CHECK(!rule.find(text)->find("text")->as_string().empty());
  }
  CHECK(run.find("columnKind")->as_string() == "utf16CodeUnits");
  const auto& results = run.find("results")->items();
  REQUIRE(results.size() == 3);
  for (const auto& result : results) {
    CHECK(result.find("ruleId")->is_string());
    CHECK(result.find("level")->as_string() == "error");
    CHECK(result.find("message")->find("text")->is_string());
    const auto* location = result.find("locations")->items().at(0).find("physicalLocation");
    CHECK(location->find("artifactLocation")->find("uri")->as_string() == "article.md");
    for (const char* field : {"startLine", "startColumn", "endLine", "endColumn"})
      CHECK(location->find("region")->find(field)->is_number());
    CHECK(result.find("partialFingerprints")->find("primaryLocationLineHash")->is_string());
  }
}

TEST_CASE("check exit statuses: clean, findings, fail and display levels, errors", "[e2e][check]") {
  CHECK(check("--no-config clean.txt").status == 0);
  CHECK(check("--no-config clean.txt").out.empty());
  CHECK(check("--no-config article.md").status == 1);
  CHECK(check("--no-config --exit-zero article.md").status == 0);
  // docs/ makes canonical a warning: shown, but the job fails only from --fail-level warning.
  CHECK(check("docs/guide.md").status == 1);  // the deny rule is an error
  CHECK(check("--fail-level warning --no-inline-config clean.txt docs/sub/page.txt").status == 1);
  const Run warnings_hidden = check("--min-level error docs/guide.md");
  CHECK(warnings_hidden.out.find("warning") == std::string::npos);
  CHECK(warnings_hidden.out.find("[deny]") != std::string::npos);
  const Run missing = check("--no-config missing.txt clean.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("missing.txt") != std::string::npos);
  const Run folder = check("--no-config docs");
  CHECK(folder.status == 2);
  CHECK(folder.err.find("use -r") != std::string::npos);
  const Run bad = check("--rules bad-rules.toml clean.txt");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad-rules.toml:2: severity is") != std::string::npos);
}

TEST_CASE("check finds .gazette.toml from each file's folder upwards", "[e2e][check]") {
  const Run r = check("-r docs clean.txt");
  CHECK(r.out ==
        "docs/guide.md:1:1: note: the document names no amount of money [require]\n"
        "docs/guide.md:1:1: error: 'Amazon': the style guide does not cite this company [deny]\n"
        "docs/guide.md:1:11: warning: 'nvidia' is written 'Nvidia' (company Nvidia) [canonical]\n"
        "docs/sub/page.txt:1:24: error: 'Amazon': the style guide does not cite this company [deny]\n");
  const Run config = check("--print-config docs/sub/page.txt clean.txt");
  CHECK(config.status == 0);
  CHECK(config.out.find("# from: " + check_dir() + "/docs/.gazette.toml") != std::string::npos);
  CHECK(config.out.find("# from: defaults") != std::string::npos);
  CHECK(config.out.find("name = \"Amazon\"") != std::string::npos);
}

TEST_CASE("check rules as flags, standard input, dumps and inline configuration", "[e2e][check]") {
  const Run flags =
      check("--no-config --no-canonical --deny 'Nvidia=not here' --require lab -", check_dir() + "/clean.txt");
  CHECK(flags.out == "-:1:1: warning: the document names no lab [require]\n-:1:1: error: 'Nvidia': not here [deny]\n");
  const Run dump = check("--no-config --input jsonl --format github dump.jsonl");
  CHECK(dump.out ==
        "::error file=a%3A1%2Cb,line=1,endLine=1,col=7,endColumn=13,title=gazette canonical::'nvidia' is written "
        "'Nvidia' (company Nvidia)\n");
  // Without inline configuration the quotation's finding comes back.
  CHECK(check("--no-config --no-inline-config article.md").out.find("Deep Mind") != std::string::npos);
}
