#include "check/fixes.h"

#include <fmt/format.h>

#include <algorithm>

namespace gazette::check {

FixPlan plan_fixes(std::string_view original, const std::vector<Finding>& findings) {
  FixPlan plan;
  std::vector<const Finding*> candidates;
  for (const Finding& f : findings) {
    if (f.suggestion.empty() || f.end <= f.start || f.end > original.size()) continue;
    const std::string_view span = original.substr(f.start, f.end - f.start);
    if (span == f.suggestion) continue;
    if (span.find('\n') != std::string_view::npos || f.suggestion.find('\n') != std::string::npos) {
      plan.skipped.push_back({&f, FixPlan::Skip::line_break});
      continue;
    }
    candidates.push_back(&f);
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Finding* a, const Finding* b) {
    return a->start != b->start ? a->start < b->start : a->end < b->end;
  });
  // Two rules asking for the same edit of the same span agree: one edit.
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](const Finding* a, const Finding* b) {
                                 return a->start == b->start && a->end == b->end && a->suggestion == b->suggestion;
                               }),
                   candidates.end());
  // Clusters of spans that overlap one another, directly or through a third.
  for (std::size_t i = 0; i < candidates.size();) {
    std::size_t j = i + 1;
    std::size_t cluster_end = candidates[i]->end;
    while (j < candidates.size() && candidates[j]->start < cluster_end) {
      cluster_end = std::max(cluster_end, candidates[j]->end);
      ++j;
    }
    if (j == i + 1)
      plan.edits.push_back({candidates[i]->start, candidates[i]->end, candidates[i]->suggestion});
    else
      for (std::size_t k = i; k < j; ++k) plan.skipped.push_back({candidates[k], FixPlan::Skip::overlap});
    i = j;
  }
  return plan;
}

std::string apply_edits(std::string_view original, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(original.size());
  std::size_t at = 0;
  for (const Edit& e : edits) {
    out.append(original.substr(at, e.start - at));
    out += e.replacement;
    at = e.end;
  }
  out.append(original.substr(at));
  return out;
}

namespace {

// Lines with their line break, the last one possibly without.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    eol = eol == std::string_view::npos ? text.size() : eol + 1;
    lines.push_back(text.substr(pos, eol - pos));
    pos = eol;
  }
  return lines;
}

void append_line(std::string& out, char kind, std::string_view line) {
  out.push_back(kind);
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(const std::string& name, std::string_view before, std::string_view after) {
  constexpr std::size_t kContext = 3;
  const std::vector<std::string_view> old_lines = lines_of(before), new_lines = lines_of(after);
  const std::size_t n = std::min(old_lines.size(), new_lines.size());
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < std::max(old_lines.size(), new_lines.size()); ++i)
    if (i >= n || old_lines[i] != new_lines[i]) changed.push_back(i);
  if (changed.empty()) return {};
  const bool relative = name.empty() || name[0] != '/';
  // As git does: a tab after a name with a space, so that patch(1) reads the whole name.
  const char* end = name.find(' ') != std::string::npos ? "\t" : "";
  std::string out = fmt::format("--- {}{}{}\n+++ {}{}{}\n", relative ? "a/" : "", name, end, relative ? "b/" : "",
                                name, end);
  for (std::size_t c = 0; c < changed.size();) {
    // A hunk: changed lines less than two contexts apart, with the context around them.
    std::size_t last = c;
    while (last + 1 < changed.size() && changed[last + 1] - changed[last] <= 2 * kContext) ++last;
    const std::size_t first_line = changed[c] >= kContext ? changed[c] - kContext : 0;
    const std::size_t end_line = std::min(changed[last] + kContext + 1, n);
    const std::size_t count = end_line - first_line;
    fmt::format_to(std::back_inserter(out), "@@ -{},{} +{},{} @@\n", first_line + 1, count, first_line + 1, count);
    for (std::size_t i = first_line; i < end_line;) {
      if (old_lines[i] == new_lines[i]) {
        append_line(out, ' ', old_lines[i++]);
        continue;
      }
      std::size_t run_end = i;
      while (run_end < end_line && old_lines[run_end] != new_lines[run_end]) ++run_end;
      for (std::size_t k = i; k < run_end; ++k) append_line(out, '-', old_lines[k]);
      for (std::size_t k = i; k < run_end; ++k) append_line(out, '+', new_lines[k]);
      i = run_end;
    }
    c = last + 1;
  }
  return out;
}

}  // namespace gazette::check
