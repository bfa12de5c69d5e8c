// A baseline: the findings a project has accepted, so that `gazette check --baseline FILE`
// reports only new ones. Findings are matched by path and fingerprint (check/fingerprint.h),
// never by line, so text added above a known finding leaves it known.
//
// The file is JSON, version 1 (README, "CI checks"):
//   {"format": "gazette-baseline", "version": 1,
//    "findings": [{"path": "docs/a.md", "rule": "canonical", "text": "nvidia",
//                  "message": "...", "fingerprint": "0123456789abcdef:1"}]}
// Paths are relative to the baseline file's folder, so the file works from any current folder;
// standard input is "-" and a dump's documents keep their ids. "rule", "text" and "message"
// are there for the reader: matching reads "path" and "fingerprint".
#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace gazette::check {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string path, rule, text, message, fingerprint;
};

class Baseline {
 public:
  // Reads FILE; nullopt with `error` ("FILE: reason") when it cannot be read or is not a
  // baseline of a version this build reads.
  static std::optional<Baseline> load(const std::string& file, std::string& error);
  // Parses the text of a baseline; `error` is the reason alone.
  static std::optional<Baseline> parse(std::string_view text, std::string& error);
  bool knows(const std::string& path, const std::string& fingerprint) const;
  std::size_t size() const { return keys_.size(); }

 private:
  std::set<std::pair<std::string, std::string>> keys_;
};

// The baseline file for `entries`, sorted by path (document order kept within a file).
std::string baseline_json(std::vector<BaselineEntry> entries);

// How a baseline file names documents: paths relative to its own folder.
class BaselinePaths {
 public:
  explicit BaselinePaths(const std::string& baseline_file);
  // `document` as named on the command line; `is_file` false for a dump's document id.
  std::string key(const std::string& document, bool is_file) const;

 private:
  std::filesystem::path folder_;
};

}  // namespace gazette::check
