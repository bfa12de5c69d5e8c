#include "check/changed_lines.h"

#include <charconv>

namespace gazette::check {

void ChangedLines::add(const std::string& path, std::size_t first, std::size_t last) {
  ranges_[path].emplace_back(first, last);
}

void ChangedLines::add_whole_file(const std::string& path) { ranges_[path].emplace_back(kWholeFile, kWholeFile); }

bool ChangedLines::touches(const std::string& path) const {
  const auto it = ranges_.find(path);
  return it != ranges_.end() && !it->second.empty();
}

bool ChangedLines::touches(const std::string& path, std::size_t first, std::size_t last) const {
  const auto it = ranges_.find(path);
  if (it == ranges_.end()) return false;
  for (const auto& [a, b] : it->second)
    if (a == kWholeFile || (a <= last && first <= b)) return true;
  return false;
}

bool unquote_git_path(std::string_view written, std::string& out) {
  out.clear();
  if (written.empty() || written.front() != '"') {
    out = std::string(written);
    return true;
  }
  for (std::size_t i = 1; i < written.size(); ++i) {
    const char c = written[i];
    if (c == '"') return i + 1 == written.size();
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (++i == written.size()) return false;
    const char e = written[i];
    switch (e) {
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      default:
        if (e >= '0' && e <= '7') {  // three octal digits: one byte of a UTF-8 name
          if (i + 2 >= written.size()) return false;
          int value = 0;
          for (int k = 0; k < 3; ++k) {
            const char d = written[i + k];
            if (d < '0' || d > '7') return false;
            value = value * 8 + (d - '0');
          }
          out.push_back(static_cast<char>(value));
          i += 2;
        } else {
          out.push_back(e);  // \" and \\ .
        }
    }
  }
  return false;
}

namespace {

// "12" or "12,3" after '-' or '+' in a hunk header; a missing count means one line.
bool parse_range(std::string_view text, std::size_t& start, std::size_t& count) {
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  auto r = std::from_chars(begin, end, start);
  if (r.ec != std::errc() || r.ptr == begin) return false;
  count = 1;
  if (r.ptr == end) return true;
  if (*r.ptr != ',') return false;
  const char* count_begin = r.ptr + 1;
  r = std::from_chars(count_begin, end, count);
  return r.ec == std::errc() && r.ptr == end && r.ptr != count_begin;
}

// "@@ -a,b +c,d @@ context"
bool parse_hunk_header(std::string_view line, std::size_t& old_count, std::size_t& new_start,
                       std::size_t& new_count) {
  if (line.substr(0, 4) != "@@ -") return false;
  const std::size_t space = line.find(' ', 4);
  if (space == std::string_view::npos || line.substr(space, 2) != " +") return false;
  const std::size_t close = line.find(" @@", space + 2);
  if (close == std::string_view::npos) return false;
  std::size_t old_start = 0;
  return parse_range(line.substr(4, space - 4), old_start, old_count) &&
         parse_range(line.substr(space + 2, close - space - 2), new_start, new_count);
}

}  // namespace

bool parse_unified_diff(std::string_view diff, ChangedLines& out, std::string& error) {
  std::string path;  // the new side of the current file; empty for a deleted one
  bool have_file = false;
  std::size_t old_left = 0, new_left = 0;  // lines still to skip in the current hunk body
  std::size_t line_number = 0;
  for (std::size_t pos = 0; pos < diff.size();) {
    std::size_t eol = diff.find('\n', pos);
    if (eol == std::string_view::npos) eol = diff.size();
    const std::string_view line = diff.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (old_left || new_left) {
      const char kind = line.empty() ? ' ' : line[0];
      if (kind == '-' && old_left)
        --old_left;
      else if (kind == '+' && new_left)
        --new_left;
      else if (kind == ' ' && old_left && new_left)
        --old_left, --new_left;
      else if (kind != '\\') {  // "\ No newline at end of file"
        error = "line " + std::to_string(line_number) + ": a hunk ends before its counts";
        return false;
      }
      continue;
    }
    if (line.substr(0, 11) == "diff --git ") {
      path.clear();
      have_file = false;
    } else if (line.substr(0, 4) == "+++ ") {
      std::string_view name = line.substr(4);
      // Git ends the line with a tab when the name holds a space, for patch(1).
      if (!name.empty() && name.back() == '\t') name.remove_suffix(1);
      std::string unquoted;
      if (!unquote_git_path(name, unquoted)) {
        error = "line " + std::to_string(line_number) + ": a badly quoted path";
        return false;
      }
      have_file = true;
      if (unquoted == "/dev/null")
        path.clear();
      else if (unquoted.substr(0, 2) == "b/")
        path = unquoted.substr(2);
      else {
        error = "line " + std::to_string(line_number) + ": a new-side path without its b/ prefix";
        return false;
      }
    } else if (line.substr(0, 3) == "@@ ") {
      std::size_t new_start = 0, new_count = 0;
      if (!have_file || !parse_hunk_header(line, old_left, new_start, new_count)) {
        error = "line " + std::to_string(line_number) + ": not a hunk header of a file";
        return false;
      }
      new_left = new_count;
      // A hunk that only deletes ("+c,0") changes no line of the new side.
      if (new_count && !path.empty()) out.add(path, new_start, new_start + new_count - 1);
    }
    // Other header lines (index, ---, rename from/to, mode changes, Binary files) carry no lines.
  }
  if (old_left || new_left) {
    error = "the diff ends inside a hunk";
    return false;
  }
  return true;
}

}  // namespace gazette::check
