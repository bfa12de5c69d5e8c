// Which of a document's findings `gazette check` reports: those at or above --min-level, on a
// changed line with --diff, and not known to the --baseline file.
#pragma once
#include <string>

#include "check/baseline.h"
#include "check/finding.h"
#include "cli/git_diff.h"

namespace gazette::cli {

struct FindingFilter {
  check::Severity min_level = check::Severity::note;
  const DiffScope* diff = nullptr;                       // --diff
  const check::Baseline* baseline = nullptr;             // --baseline
  const check::BaselinePaths* baseline_paths = nullptr;  // how `baseline` names documents
  bool documents_are_files = true;                       // false for a dump's documents

  // Keeps the findings to report in `report`; returns how many the baseline knew.
  std::size_t apply(check::DocumentReport& report) const;
};

}  // namespace gazette::cli
