// text: file:line:col: severity: message [rule], as gcc and most linters print; col counts code
// points (display columns for French text). With --color, coloured as gcc colours its diagnostics.
#include <fmt/format.h>

#include "check/finding_printer.h"
#include "check/formats.h"
#include "output/color.h"

namespace gazette::check {
namespace {

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error: return output::sgr::kError;
    case Severity::warning: return output::sgr::kWarning;
    case Severity::note: return output::sgr::kNote;
  }
  return output::sgr::kBold;
}

class TextPrinter : public FindingPrinter {
 public:
  TextPrinter(output::OutputStream& out, bool color) : FindingPrinter(out), color_(color) {}
  void document(const DocumentReport& report) override {
    using namespace output::sgr;
    for (const Finding& f : report.findings) {
      if (color_)
        // As gcc: the position in bold, the severity in its colour, and the rule as gcc's [-Wname].
        fmt::format_to(std::back_inserter(buffer()), "{}{}:{}:{}:{} {}{}:{} {} [{}{}{}]\n", kBold, report.path,
                       f.begin.line, f.begin.char_col, kReset, severity_color(f.severity), to_string(f.severity),
                       kReset, f.message, severity_color(f.severity), f.rule, kReset);
      else
        fmt::format_to(std::back_inserter(buffer()), "{}:{}:{}: {}: {} [{}]\n", report.path, f.begin.line,
                       f.begin.char_col, to_string(f.severity), f.message, f.rule);
    }
    out_.maybe_flush();
  }

 private:
  const bool color_;
};

}  // namespace

std::unique_ptr<FindingPrinter> make_text_printer(output::OutputStream& out, const PrinterOptions& options) {
  return std::make_unique<TextPrinter>(out, options.color);
}

}  // namespace gazette::check
