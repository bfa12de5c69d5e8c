// `gazette check --fix`: the findings with exactly one suggestion, turned into edits of the
// file's bytes. Fixes that overlap are all left out (which one is right is for a person to
// say), and so is a span that crosses a line break: a fix never joins lines, so line numbers,
// and with them --diff's changed lines, stay as they were.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"

namespace gazette::check {

struct Edit {
  std::size_t start = 0, end = 0;  // bytes of the original, end exclusive
  std::string replacement;
};

struct FixPlan {
  std::vector<Edit> edits;  // in order, disjoint
  enum class Skip { overlap, line_break };
  struct Skipped {
    const Finding* finding;
    Skip why;
  };
  std::vector<Skipped> skipped;  // findings with a suggestion that are not fixed
};

// Plans the fixes of `findings` (the ones that are to be reported) in `original`.
FixPlan plan_fixes(std::string_view original, const std::vector<Finding>& findings);

std::string apply_edits(std::string_view original, const std::vector<Edit>& edits);

// A unified diff (three lines of context) from `before` to `after`, which have the same number
// of lines, as plan_fixes' edits keep them; empty when they are equal. `name` is the file as
// named on the command line; a relative one gets git's a/ and b/ prefixes, for `git apply`.
std::string unified_diff(const std::string& name, std::string_view before, std::string_view after);

}  // namespace gazette::check
