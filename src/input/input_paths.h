// The files `gazette extract` reads: files named on the command line as they are, folders walked
// with -r and filtered by --glob.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gazette::input {

struct PathSelection {
  bool recursive = false;
  // fnmatch(3) patterns on the path relative to the folder given (`*` also matches `/`); one
  // starting with `!` excludes. With no including pattern every file is included.
  std::vector<std::string> globs;
};

// Whether a file at `relative` (to the folder given) is selected by `globs`: it matches an
// including pattern (or there is none) and no excluding one.
bool glob_selects(std::string_view relative, const std::vector<std::string>& globs);

// Expands folders into the regular files under them, in a deterministic order: each folder's
// entries sorted by name (bytes), a folder's files and subfolders walked in that one order.
// Hidden entries (a name starting with `.`) are skipped, and so are symbolic links met in the
// walk (as `grep -r` does), so a link loop cannot make it go round; a link named on the command
// line is followed. Files named on the command line are kept whatever the globs. A folder without
// `recursive`, or one that cannot be read, is an error in `errors` (the other paths go on).
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, const PathSelection& selection,
                                            std::vector<std::string>& errors);

}  // namespace gazette::input
