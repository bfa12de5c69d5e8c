#include "input/input_paths.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

namespace gazette::input {

namespace fs = std::filesystem;

bool glob_selects(std::string_view relative, const std::vector<std::string>& globs) {
  const std::string path(relative);
  bool has_include = false, included = false;
  for (const std::string& glob : globs) {
    const bool exclude = !glob.empty() && glob[0] == '!';
    const char* pattern = glob.c_str() + (exclude ? 1 : 0);
    const bool matches = ::fnmatch(pattern, path.c_str(), 0) == 0;
    if (exclude) {
      if (matches) return false;
    } else {
      has_include = true;
      included = included || matches;
    }
  }
  return !has_include || included;
}

namespace {

// Walks `folder` (whose path relative to the root is `relative`, empty for the root) in name
// order, appending the selected files.
void walk(const fs::path& folder, const std::string& relative, const PathSelection& selection,
          std::vector<std::string>& out, std::vector<std::string>& errors) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(folder, ec), end;
  for (; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    errors.push_back(folder.string() + ": " + ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  for (const fs::directory_entry& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    const fs::file_status status = entry.symlink_status(ec);
    if (ec || fs::is_symlink(status)) continue;
    const std::string inner = relative.empty() ? name : relative + "/" + name;
    if (fs::is_directory(status))
      walk(entry.path(), inner, selection, out, errors);
    else if (fs::is_regular_file(status) && glob_selects(inner, selection.globs))
      out.push_back(entry.path().string());
  }
}

}  // namespace

std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, const PathSelection& selection,
                                            std::vector<std::string>& errors) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      out.push_back(path);  // the reader reports a missing file
      continue;
    }
    if (!selection.recursive) {
      errors.push_back(path + ": is a folder (use -r to read the files under it)");
      continue;
    }
    walk(fs::path(path), "", selection, out, errors);
  }
  return out;
}

}  // namespace gazette::input
