// checkstyle: the Checkstyle XML many CI plugins and reviewdog read; columns in code points.
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/format_support.h"
#include "check/formats.h"

namespace gazette::check {
namespace {

std::string_view severity(Severity s) { return s == Severity::note ? "info" : to_string(s); }

class CheckstylePrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void begin_run() override {
    buffer() += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  }
  void document(const DocumentReport& report) override {
    std::string& b = buffer();
    b += "  <file name=\"";
    append_xml_escaped(b, report.path);
    b += "\">\n";
    for (const Finding& f : report.findings) {
      fmt::format_to(std::back_inserter(b), "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"",
                     f.begin.line, f.begin.char_col, severity(f.severity));
      append_xml_escaped(b, f.message);
      b += "\" source=\"gazette.";
      append_xml_escaped(b, f.rule);
      b += "\"/>\n";
    }
    b += "  </file>\n";
    out_.maybe_flush();
  }
  void end_run(const RunSummary&) override { buffer() += "</checkstyle>\n"; }
};

}  // namespace

std::unique_ptr<FindingPrinter> make_checkstyle_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<CheckstylePrinter>(out);
}

}  // namespace gazette::check
