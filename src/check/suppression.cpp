#include "check/suppression.h"

#include <algorithm>

namespace gazette::check {
namespace {

struct Directive {
  std::string_view kind;  // "disable", "enable", "disable-line", "disable-next-line", "disable-file"
  std::vector<std::string> rules;
};

bool rule_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

// The directives of one line, in order.
std::vector<Directive> directives(std::string_view line) {
  static constexpr std::string_view kPrefix = "gazette-";
  static constexpr std::string_view kKinds[] = {"disable-next-line", "disable-line", "disable-file", "disable",
                                                "enable"};
  std::vector<Directive> out;
  std::size_t at = 0;
  while ((at = line.find(kPrefix, at)) != std::string_view::npos) {
    at += kPrefix.size();
    Directive d;
    for (std::string_view kind : kKinds) {
      if (line.compare(at, kind.size(), kind) != 0) continue;
      const std::size_t after = at + kind.size();
      if (after < line.size() && rule_char(line[after])) continue;  // "gazette-disabled" is prose
      d.kind = kind;
      at = after;
      break;
    }
    if (d.kind.empty()) continue;
    // Rules up to the end of the line, the comment's end, or the "--" before a reason.
    while (at < line.size()) {
      while (at < line.size() && (line[at] == ' ' || line[at] == ',' || line[at] == '\t')) ++at;
      if (at >= line.size() || line.compare(at, 2, "--") == 0 || line.compare(at, 2, "*/") == 0) break;
      std::size_t end = at;
      while (end < line.size() && rule_char(line[end])) ++end;
      if (end == at) break;
      d.rules.emplace_back(line.substr(at, end - at));
      at = end;
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

Suppressions::Suppressions(std::string_view original) {
  State open;  // what gazette-disable ... gazette-enable covers at the current line
  std::vector<std::string_view> text_lines;
  for (std::size_t pos = 0; pos <= original.size();) {
    std::size_t eol = original.find('\n', pos);
    if (eol == std::string_view::npos) eol = original.size();
    text_lines.push_back(original.substr(pos, eol - pos));
    pos = eol + 1;
  }
  lines_.resize(text_lines.size() + 1);
  const auto add = [](State& state, const std::vector<std::string>& rules) {
    if (rules.empty()) state.all = true;
    for (const std::string& r : rules) state.rules.insert(r);
  };
  for (std::size_t i = 0; i < text_lines.size(); ++i) {
    for (const Directive& d : directives(text_lines[i])) {
      if (d.kind == "disable")
        add(open, d.rules);
      else if (d.kind == "enable") {
        if (d.rules.empty()) open = State{};
        for (const std::string& r : d.rules) open.rules.erase(r);
      } else if (d.kind == "disable-line")
        add(lines_[i], d.rules);
      else if (d.kind == "disable-next-line")
        add(lines_[i + 1], d.rules);
      else if (d.kind == "disable-file")
        add(file_, d.rules);
    }
    if (open.all) lines_[i].all = true;
    lines_[i].rules.insert(open.rules.begin(), open.rules.end());
  }
}

bool Suppressions::suppressed(std::string_view rule, std::size_t line) const {
  if (file_.covers(rule)) return true;
  return line >= 1 && line <= lines_.size() && lines_[line - 1].covers(rule);
}

void apply_suppressions(std::string_view original, std::vector<Finding>& findings) {
  if (findings.empty() || original.find("gazette-") == std::string_view::npos) return;
  const Suppressions s(original);
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [&](const Finding& f) { return s.suppressed(f.rule, f.begin.line); }),
                 findings.end());
}

}  // namespace gazette::check
