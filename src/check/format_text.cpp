// text: file:line:col: severity: message [rule], as gcc and most linters print; col counts code
// points (display columns for French text).
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/formats.h"

namespace gazette::check {
namespace {

class TextPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void document(const DocumentReport& report) override {
    for (const Finding& f : report.findings)
      fmt::format_to(std::back_inserter(buffer()), "{}:{}:{}: {}: {} [{}]\n", report.path, f.begin.line,
                     f.begin.char_col, to_string(f.severity), f.message, f.rule);
    out_.maybe_flush();
  }
};

}  // namespace

std::unique_ptr<FindingPrinter> make_text_printer(output::OutputStream& out) {
  return std::make_unique<TextPrinter>(out);
}

}  // namespace gazette::check
