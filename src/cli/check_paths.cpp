#include "cli/check_paths.h"

#include <algorithm>
#include <filesystem>

namespace gazette::cli {

namespace fs = std::filesystem;

namespace {

bool checked_extension(const fs::path& path, bool jsonl) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (jsonl) return ext == ".jsonl";
  for (const char* e : {".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm", ".xhtml"})
    if (ext == e) return true;
  return false;
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, bool recursive, bool jsonl,
                                      std::vector<std::string>& errors) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      out.push_back(path);  // the reader reports a missing file
      continue;
    }
    if (!recursive) {
      errors.push_back(path + ": is a folder (use -r to check the files under it)");
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && checked_extension(it->path(), jsonl)) found.push_back(it->path().string());
    }
    if (ec) errors.push_back(path + ": " + ec.message());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace gazette::cli
