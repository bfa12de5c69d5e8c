// The printers of finding_formats.cpp's table, one file each.
#pragma once
#include <memory>

#include "check/finding_printer.h"

namespace gazette::check {

std::unique_ptr<FindingPrinter> make_text_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_json_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_github_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_sarif_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_rdjsonl_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_checkstyle_printer(output::OutputStream& out, const PrinterOptions& options);
std::unique_ptr<FindingPrinter> make_junit_printer(output::OutputStream& out, const PrinterOptions& options);

}  // namespace gazette::check
