// The lines a change touched, per file, read from `git diff -U0`: what `gazette check --diff`
// keeps findings on. Paths are relative to the repository top, '/'-separated, as git names them.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::check {

class ChangedLines {
 public:
  // Lines [first, last] (1-based, inclusive) of `path` are new or changed.
  void add(const std::string& path, std::size_t first, std::size_t last);
  // Every line of `path` counts as changed (a file git does not track yet).
  void add_whole_file(const std::string& path);
  // Whether the change touched `path` at all; a pure rename or a mode change does not.
  bool touches(const std::string& path) const;
  // Whether one of lines [first, last] of `path` changed.
  bool touches(const std::string& path, std::size_t first, std::size_t last) const;
  std::size_t files() const { return ranges_.size(); }

 private:
  static constexpr std::size_t kWholeFile = 0;  // a range starting at line 0 covers the file
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> ranges_;
};

// Reads the new side of a unified diff with git's headers (`diff --git`, `+++ b/PATH`,
// `@@ -a,b +c,d @@`) made with --src-prefix=a/ --dst-prefix=b/. Hunk bodies are skipped by their
// counts, so an added line that starts with "++" is never taken for a header. False with `error`
// on input that is not such a diff.
bool parse_unified_diff(std::string_view diff, ChangedLines& out, std::string& error);

// A path as git prints it in a header: C-quoted ("a\tb", "\303\251t\303\251.md") when it holds
// special bytes, else as it is. False when a quoted path does not end its quote.
bool unquote_git_path(std::string_view written, std::string& out);

}  // namespace gazette::check
