// `gazette check --fix` on one file: the planned edits (check/fixes.h) written in place, or with
// --dry-run shown as a unified diff.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"

namespace gazette::cli {

struct FixResult {
  std::string fixed;               // the document's bytes after the fixes
  std::size_t applied = 0;         // findings fixed (or, with dry_run, that would be)
  std::string diff;                // with dry_run: the unified diff
  std::vector<std::string> notes;  // findings with a suggestion left unfixed, and why
  std::string error;               // the file could not be rewritten
};

FixResult fix_document(const check::DocumentReport& report, std::string_view original, bool dry_run);

}  // namespace gazette::cli
