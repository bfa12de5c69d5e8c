// What a check reports: one finding of one rule at one place of one document.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::check {

// Ordered: a higher severity is more serious, so levels compare with <.
enum class Severity { note = 0, warning = 1, error = 2 };

std::string_view to_string(Severity severity);
// "error", "warning", "note" (also "info" for note, as some tools call it); false otherwise.
bool parse_severity(std::string_view text, Severity& out);

// A place in a document in the column units different consumers count in: French accents
// make bytes, code points and UTF-16 units differ, so each format picks its own.
struct Position {
  std::size_t line = 0;       // 1-based
  std::size_t byte_col = 0;   // 1-based, UTF-8 bytes (reviewdog)
  std::size_t char_col = 0;   // 1-based, code points (gcc-style text, GitHub, Checkstyle)
  std::size_t utf16_col = 0;  // 1-based, UTF-16 code units (SARIF as GitHub reads it)
};

struct Finding {
  std::string rule;  // "canonical", "deny", "require", "consistency", "money"
  Severity severity = Severity::error;
  std::string message;
  std::size_t start = 0, end = 0;  // byte offsets into the original document, end exclusive
  std::string text;                // what the document has there
  std::string suggestion;          // the one replacement, when there is exactly one
  Position begin, finish;          // filled by the checker from start and end
  std::string fingerprint;         // stable across edits elsewhere in the file (SARIF, baselines)
};

// The findings of one document, in document order.
struct DocumentReport {
  std::string path;  // the file as named on the command line, "-", or a dump's document id
  std::vector<Finding> findings;
};

}  // namespace gazette::check
