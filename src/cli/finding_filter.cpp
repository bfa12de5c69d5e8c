#include "cli/finding_filter.h"

#include <algorithm>

namespace gazette::cli {

std::size_t FindingFilter::apply(check::DocumentReport& report) const {
  auto& f = report.findings;
  f.erase(std::remove_if(f.begin(), f.end(), [&](const check::Finding& x) { return x.severity < min_level; }),
          f.end());
  if (diff) {
    // A finding counts when one of its lines changed; a document-wide one (require) sits on line 1.
    const std::string path = diff->in_repository(report.path);
    f.erase(std::remove_if(f.begin(), f.end(),
                           [&](const check::Finding& x) {
                             return path.empty() || !diff->changed.touches(path, x.begin.line, x.finish.line);
                           }),
            f.end());
  }
  std::size_t known = 0;
  if (baseline) {
    const std::string key = baseline_paths->key(report.path, documents_are_files);
    const auto before = f.size();
    f.erase(std::remove_if(f.begin(), f.end(),
                           [&](const check::Finding& x) { return baseline->knows(key, x.fingerprint); }),
            f.end());
    known = before - f.size();
  }
  return known;
}

}  // namespace gazette::cli
