// rdjsonl: reviewdog's diagnostic format, one JSON a line; columns are UTF-8 bytes, end
// exclusive, as reviewdog counts them. A suggestion becomes a reviewdog suggestion, so
// `reviewdog -reporter=github-pr-review` offers it as a one-click change.
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/formats.h"
#include "output/json_escape.h"

namespace gazette::check {
namespace {

using output::append_json_string;

void append_range(std::string& b, const Finding& f) {
  fmt::format_to(std::back_inserter(b),
                 "{{\"start\": {{\"line\": {}, \"column\": {}}}, \"end\": {{\"line\": {}, \"column\": {}}}}}",
                 f.begin.line, f.begin.byte_col, f.finish.line, f.finish.byte_col);
}

std::string_view severity(Severity s) {
  switch (s) {
    case Severity::error: return "ERROR";
    case Severity::warning: return "WARNING";
    case Severity::note: return "INFO";
  }
  return "ERROR";
}

class RdjsonlPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void document(const DocumentReport& report) override {
    std::string& b = buffer();
    for (const Finding& f : report.findings) {
      b += "{\"message\": ";
      append_json_string(b, f.message);
      b += ", \"location\": {\"path\": ";
      append_json_string(b, report.path);
      b += ", \"range\": ";
      append_range(b, f);
      fmt::format_to(std::back_inserter(b),
                     "}}, \"severity\": \"{}\", \"source\": {{\"name\": \"gazette\"}}, \"code\": {{\"value\": ",
                     severity(f.severity));
      append_json_string(b, f.rule);
      b += "}";
      if (!f.suggestion.empty()) {
        b += ", \"suggestions\": [{\"range\": ";
        append_range(b, f);
        b += ", \"text\": ";
        append_json_string(b, f.suggestion);
        b += "}]";
      }
      b += "}\n";
    }
    out_.maybe_flush();
  }
};

}  // namespace

std::unique_ptr<FindingPrinter> make_rdjsonl_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<RdjsonlPrinter>(out);
}

}  // namespace gazette::check
