// The fingerprint of a finding: what SARIF's partialFingerprints and baselines match findings
// across runs by. It must survive edits elsewhere in the file, so it hashes the rule, the
// finding's text and the content of its line, never a line number; a counter tells apart
// findings that hash the same in one document (the same name misspelt on two identical lines).
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/locator.h"

namespace gazette::check {

// Sets `fingerprint` ("<16 hex digits>:<occurrence>") on every finding, in the order given
// (document order, so occurrences count from the top).
void assign_fingerprints(std::vector<Finding>& findings, const Locator& locator);

}  // namespace gazette::check
