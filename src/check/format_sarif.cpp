// sarif: SARIF 2.1.0, as GitHub code scanning reads it: the rule table, each result with its
// level, one location (columns in UTF-16 code units, the run's columnKind, GitHub's default),
// a primaryLocationLineHash fingerprint so alerts do not duplicate across runs, and a fix when
// the finding has one suggestion.
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/format_support.h"
#include "check/formats.h"
#include "output/json_escape.h"

namespace gazette::check {
namespace {

using output::append_json_string;

std::size_t rule_index(std::string_view rule) {
  const auto& rules = rule_descriptions();
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (rules[i].id == rule) return i;
  return 0;
}

void append_region(std::string& b, const Finding& f) {
  // An empty span (a missing required name) still covers one column: endColumn > startColumn.
  const std::size_t end_column = f.finish.line == f.begin.line && f.finish.utf16_col <= f.begin.utf16_col
                                     ? f.begin.utf16_col + 1
                                     : f.finish.utf16_col;
  fmt::format_to(std::back_inserter(b),
                 "{{\"startLine\": {}, \"startColumn\": {}, \"endLine\": {}, \"endColumn\": {}}}", f.begin.line,
                 f.begin.utf16_col, f.finish.line, end_column);
}

class SarifPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void document(const DocumentReport& report) override {
    std::string& b = results_;
    const std::string uri = uri_path(report.path);
    for (const Finding& f : report.findings) {
      b += results_count_++ ? ",\n        {" : "\n        {";
      b += "\"ruleId\": ";
      append_json_string(b, f.rule);
      fmt::format_to(std::back_inserter(b),
                     ", \"ruleIndex\": {}, \"level\": \"{}\", \"message\": {{\"text\": ", rule_index(f.rule),
                     to_string(f.severity));
      append_json_string(b, f.message);
      b += "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ";
      append_json_string(b, uri);
      b += "}, \"region\": ";
      append_region(b, f);
      b += "}}], \"partialFingerprints\": {\"primaryLocationLineHash\": ";
      append_json_string(b, f.fingerprint);
      b += "}";
      if (!f.suggestion.empty()) {
        b += ", \"fixes\": [{\"description\": {\"text\": ";
        append_json_string(b, "Write " + f.suggestion);
        b += "}, \"artifactChanges\": [{\"artifactLocation\": {\"uri\": ";
        append_json_string(b, uri);
        b += "}, \"replacements\": [{\"deletedRegion\": ";
        append_region(b, f);
        b += ", \"insertedContent\": {\"text\": ";
        append_json_string(b, f.suggestion);
        b += "}}]}]}]";
      }
      b += "}";
    }
  }

  void end_run(const RunSummary&) override {
    std::string& b = buffer();
    b += "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
         "  \"runs\": [\n    {\n      \"tool\": {\"driver\": {\"name\": \"gazette\", \"version\": \"" GAZETTE_VERSION
         "\", \"rules\": [";
    const auto& rules = rule_descriptions();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const RuleDescription& r = rules[i];
      b += i ? ",\n        {\"id\": " : "\n        {\"id\": ";
      append_json_string(b, r.id);
      b += ", \"name\": ";
      append_json_string(b, r.id);
      b += ", \"shortDescription\": {\"text\": ";
      append_json_string(b, r.short_text);
      b += "}, \"fullDescription\": {\"text\": ";
      append_json_string(b, r.full_text);
      b += "}, \"help\": {\"text\": ";
      append_json_string(b, r.help_text);
      b += "}}";
    }
    b += "]}},\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [";
    b += results_;
    b += results_count_ ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n";
  }

 private:
  std::string results_;
  std::size_t results_count_ = 0;
};

}  // namespace

std::unique_ptr<FindingPrinter> make_sarif_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<SarifPrinter>(out);
}

}  // namespace gazette::check
