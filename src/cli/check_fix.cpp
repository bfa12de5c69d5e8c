#include "cli/check_fix.h"

#include <fmt/format.h>

#include "check/fixes.h"
#include "cli/atomic_write.h"

namespace gazette::cli {

FixResult fix_document(const check::DocumentReport& report, std::string_view original, bool dry_run) {
  FixResult result;
  const check::FixPlan plan = check::plan_fixes(original, report.findings);
  for (const check::FixPlan::Skipped& s : plan.skipped)
    result.notes.push_back(fmt::format(
        "{}:{}:{}: '{}' not fixed: {}", report.path, s.finding->begin.line, s.finding->begin.char_col,
        s.finding->text,
        s.why == check::FixPlan::Skip::overlap ? "its fix overlaps another one (fix it by hand)"
                                               : "it spans a line break (fix it by hand)"));
  if (plan.edits.empty()) {
    result.fixed = std::string(original);
    return result;
  }
  std::string fixed = check::apply_edits(original, plan.edits);
  if (dry_run) {
    result.diff = check::unified_diff(report.path, original, fixed);
  } else if (!replace_file(report.path, original, fixed, result.error)) {
    result.fixed = std::string(original);
    return result;
  }
  result.applied = plan.edits.size();
  result.fixed = std::move(fixed);
  return result;
}

}  // namespace gazette::cli
