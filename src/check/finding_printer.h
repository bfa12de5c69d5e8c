// Where findings go, in the formats CI systems and editors read. A run calls begin_run, then
// document() once per document in input order (clean ones too), then end_run. Formats that
// need the whole run (SARIF, GitHub's most-severe-first order, XML) keep what they need.
//
// To add a format: implement FindingPrinter in a file of its own (format_NAME.cpp) and add a
// row to the table in finding_formats.cpp; --format lists it from there.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "output/output_stream.h"

namespace gazette::check {

struct RunSummary {
  std::size_t documents = 0;
  std::size_t by_severity[3] = {0, 0, 0};  // indexed by Severity
  std::size_t total() const { return by_severity[0] + by_severity[1] + by_severity[2]; }
};

class FindingPrinter {
 public:
  explicit FindingPrinter(output::OutputStream& out) : out_(out) {}
  virtual ~FindingPrinter() = default;
  virtual void begin_run() {}
  virtual void document(const DocumentReport& report) = 0;
  virtual void end_run(const RunSummary& /*summary*/) {}

 protected:
  std::string& buffer() { return out_.buffer(); }
  output::OutputStream& out_;
};

struct PrinterOptions {
  // The text format colours as gcc does (output/color.h); machine formats never colour.
  bool color = false;
};

struct FindingFormat {
  std::string_view name;
  std::string_view description;  // for --help, with the column unit
  std::unique_ptr<FindingPrinter> (*make)(output::OutputStream& out, const PrinterOptions& options);
};

const std::vector<FindingFormat>& finding_formats();
std::unique_ptr<FindingPrinter> make_printer(std::string_view format, output::OutputStream& out,
                                             const PrinterOptions& options = {});

// What each rule checks, for SARIF's rule table and for --help.
struct RuleDescription {
  std::string_view id, short_text, full_text, help_text;
};
const std::vector<RuleDescription>& rule_descriptions();

}  // namespace gazette::check
