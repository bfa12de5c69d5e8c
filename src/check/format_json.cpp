// json: one JSON document, {"findings": [...], "summary": {...}}, for jq and scripts. Columns
// count code points; byte offsets index the file.
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/formats.h"
#include "output/json_escape.h"

namespace gazette::check {
namespace {

using output::append_json_string;

class JsonPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void begin_run() override { buffer() += "{\"findings\": ["; }
  void document(const DocumentReport& report) override {
    for (const Finding& f : report.findings) {
      std::string& b = buffer();
      b += first_ ? "\n  {\"path\": " : ",\n  {\"path\": ";
      first_ = false;
      append_json_string(b, report.path);
      b += ", \"rule\": ";
      append_json_string(b, f.rule);
      fmt::format_to(std::back_inserter(b), ", \"severity\": \"{}\", \"message\": ", to_string(f.severity));
      append_json_string(b, f.message);
      fmt::format_to(
          std::back_inserter(b),
          ", \"line\": {}, \"column\": {}, \"end_line\": {}, \"end_column\": {}, \"start\": {}, \"end\": {}, "
          "\"text\": ",
          f.begin.line, f.begin.char_col, f.finish.line, f.finish.char_col, f.start, f.end);
      append_json_string(b, f.text);
      b += ", \"suggestion\": ";
      if (f.suggestion.empty())
        b += "null";
      else
        append_json_string(b, f.suggestion);
      b += ", \"fingerprint\": ";
      append_json_string(b, f.fingerprint);
      b += "}";
    }
    out_.maybe_flush();
  }
  void end_run(const RunSummary& s) override {
    fmt::format_to(std::back_inserter(buffer()),
                   "{}],\n \"summary\": {{\"documents\": {}, \"findings\": {}, \"error\": {}, \"warning\": {}, "
                   "\"note\": {}}}}}\n",
                   first_ ? "" : "\n", s.documents, s.total(), s.by_severity[2], s.by_severity[1], s.by_severity[0]);
  }

 private:
  bool first_ = true;
};

}  // namespace

std::unique_ptr<FindingPrinter> make_json_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<JsonPrinter>(out);
}

}  // namespace gazette::check
