#include "cli/git_diff.h"

#include "cli/process.h"

namespace gazette::cli {

namespace fs = std::filesystem;

namespace {

// Git's message without its "fatal: " and its line break, for ours.
std::string git_message(const ProcessResult& r) {
  std::string m = r.err;
  while (!m.empty() && (m.back() == '\n' || m.back() == '\r')) m.pop_back();
  const std::size_t eol = m.find('\n');
  if (eol != std::string::npos) m.resize(eol);
  for (const char* prefix : {"fatal: ", "error: "})
    if (m.rfind(prefix, 0) == 0) m.erase(0, std::string(prefix).size());
  if (m.empty()) m = "git exited with status " + std::to_string(r.status);
  return m;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

// Absolute, with the folders' symbolic links resolved as git resolves the top folder.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  if (ec) return path;
  const fs::path folder = fs::weakly_canonical(absolute.parent_path(), ec);
  return ec ? absolute : folder / absolute.filename();
}

}  // namespace

std::string DiffScope::in_repository(const std::string& path) const {
  const fs::path relative = resolved(path).lexically_relative(top);
  const std::string s = relative.generic_string();
  if (s.empty() || s == "." || s.rfind("..", 0) == 0) return {};
  return s;
}

std::optional<DiffScope> load_diff_scope(const std::string& base, std::string& error) {
  const std::string what = "--diff " + base + ": ";
  ProcessResult r = run_process({"git", "rev-parse", "--show-toplevel"});
  if (!r.started || r.status != 0) {
    error = what + (r.started ? git_message(r) : r.err);
    return std::nullopt;
  }
  DiffScope scope;
  scope.top = first_line(r.out);
  const std::string top = scope.top.string();
  // --end-of-options: a BASE that starts with '-' is a name, never an option.
  r = run_process({"git", "-C", top, "rev-parse", "--verify", "--quiet", "--end-of-options", base + "^{commit}"});
  if (r.status != 0) {
    error = what + "unknown revision (no commit of that name in " + top + ")";
    return std::nullopt;
  }
  const std::string base_commit = first_line(r.out);
  r = run_process({"git", "-C", top, "merge-base", base_commit, "HEAD"});
  if (r.status != 0) {
    error = what + (r.err.empty() ? "it has no common ancestor with HEAD" : git_message(r));
    return std::nullopt;
  }
  scope.merge_base = first_line(r.out);
  // Settings a user's configuration may change are set on the command line: no colour, no
  // external diff or text conversion, git's own prefixes, paths from the top, UTF-8 names.
  r = run_process({"git", "-C", top, "-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff",
                   "--no-textconv", "--no-relative", "-M", "--src-prefix=a/", "--dst-prefix=b/", scope.merge_base,
                   "--"});
  if (r.status != 0) {
    error = what + "git diff failed: " + git_message(r);
    return std::nullopt;
  }
  std::string parse_error;
  if (!check::parse_unified_diff(r.out, scope.changed, parse_error)) {
    error = what + "cannot read git's diff: " + parse_error;
    return std::nullopt;
  }
  r = run_process({"git", "-C", top, "ls-files", "--others", "--exclude-standard", "--full-name", "-z"});
  if (r.status != 0) {
    error = what + "git ls-files failed: " + git_message(r);
    return std::nullopt;
  }
  for (std::size_t pos = 0; pos < r.out.size();) {
    std::size_t end = r.out.find('\0', pos);
    if (end == std::string::npos) end = r.out.size();
    if (end > pos) scope.changed.add_whole_file(r.out.substr(pos, end - pos));
    pos = end + 1;
  }
  return scope;
}

}  // namespace gazette::cli
