// junit: JUnit XML for CI systems that only show test reports: one test case per finding
// (failed) and one per clean document (passed).
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/format_support.h"
#include "check/formats.h"

namespace gazette::check {
namespace {

class JunitPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void document(const DocumentReport& report) override {
    std::string& b = cases_;
    if (report.findings.empty()) {
      ++tests_;
      b += "    <testcase classname=\"gazette.check\" name=\"";
      append_xml_escaped(b, report.path);
      b += "\"/>\n";
      return;
    }
    for (const Finding& f : report.findings) {
      ++tests_;
      ++failures_;
      b += "    <testcase classname=\"gazette.check.";
      append_xml_escaped(b, f.rule);
      b += "\" name=\"";
      append_xml_escaped(b, fmt::format("{}:{}:{}", report.path, f.begin.line, f.begin.char_col));
      b += "\">\n      <failure type=\"";
      append_xml_escaped(b, f.rule);
      b += "\" message=\"";
      append_xml_escaped(b, f.message);
      b += "\">";
      append_xml_escaped(b, fmt::format("{}:{}:{}: {}: {} [{}]", report.path, f.begin.line, f.begin.char_col,
                                        to_string(f.severity), f.message, f.rule));
      b += "</failure>\n    </testcase>\n";
    }
  }
  void end_run(const RunSummary&) override {
    fmt::format_to(std::back_inserter(buffer()),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"gazette check\" "
                   "tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}  </testsuite>\n</testsuites>\n",
                   tests_, failures_, cases_);
  }

 private:
  std::string cases_;
  std::size_t tests_ = 0, failures_ = 0;
};

}  // namespace

std::unique_ptr<FindingPrinter> make_junit_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<JunitPrinter>(out);
}

}  // namespace gazette::check
