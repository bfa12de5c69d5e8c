// `gazette check --diff BASE`: the lines changed since the merge base of BASE and HEAD, read
// from git, which runs as a list of arguments (cli/process.h), never through a shell.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "check/changed_lines.h"

namespace gazette::cli {

struct DiffScope {
  std::filesystem::path top;   // the repository's top folder, as git gives it
  std::string merge_base;      // the commit the working tree is compared with
  check::ChangedLines changed; // by path relative to `top`
  // `path` (as named on the command line, from the current folder) relative to `top`,
  // '/'-separated; empty when it is outside the repository.
  std::string in_repository(const std::string& path) const;
};

// Runs `git merge-base BASE HEAD`, then `git diff -U0 MERGEBASE` (the working tree, staged or
// not, renames followed to their new name) and `git ls-files --others --exclude-standard`
// (files not yet added count as wholly changed; ignored ones do not count). Nullopt with
// `error` when the current folder is in no repository, BASE names no commit, or git fails.
std::optional<DiffScope> load_diff_scope(const std::string& base, std::string& error);

}  // namespace gazette::cli
