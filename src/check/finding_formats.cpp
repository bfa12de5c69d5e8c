#include "check/finding_printer.h"
#include "check/formats.h"

namespace gazette::check {

const std::vector<FindingFormat>& finding_formats() {
  static const std::vector<FindingFormat> formats = {
      {"text", "file:line:col: severity: message [rule] (col in code points)", make_text_printer},
      // The name compilers' users and CI problem matchers know the same lines by.
      {"gcc", "the same as text: the GNU form gcc prints", make_text_printer},
      {"json", "one JSON document: findings (columns in code points, byte offsets) and a summary", make_json_printer},
      {"github", "GitHub Actions workflow commands, most severe first (columns in code points)", make_github_printer},
      {"sarif", "SARIF 2.1.0 for code scanning (columns in UTF-16 code units)", make_sarif_printer},
      {"rdjsonl", "reviewdog diagnostics, one JSON a line (columns in UTF-8 bytes)", make_rdjsonl_printer},
      {"checkstyle", "Checkstyle XML (columns in code points)", make_checkstyle_printer},
      {"junit", "JUnit XML, one test case per document and finding", make_junit_printer},
  };
  return formats;
}

std::unique_ptr<FindingPrinter> make_printer(std::string_view format, output::OutputStream& out,
                                             const PrinterOptions& options) {
  for (const FindingFormat& f : finding_formats())
    if (f.name == format) return f.make(out, options);
  return nullptr;
}

}  // namespace gazette::check
