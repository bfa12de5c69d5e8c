#include "check/baseline.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "input/json.h"
#include "output/json_escape.h"

namespace gazette::check {

namespace fs = std::filesystem;

std::optional<Baseline> Baseline::load(const std::string& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = file + ": cannot read the baseline: " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::optional<Baseline> baseline = parse(text.str(), error);
  if (!baseline) error = file + ": " + error;
  return baseline;
}

std::optional<Baseline> Baseline::parse(std::string_view text, std::string& error) {
  json::Value root;
  json::ParseError parse_error;
  if (!json::parse(text, root, parse_error)) {
    error = "not JSON (byte " + std::to_string(parse_error.offset) + ": " + parse_error.reason + ")";
    return std::nullopt;
  }
  const json::Value* format = root.find("format");
  if (!root.is_object() || !format || !format->is_string() || format->as_string() != "gazette-baseline") {
    error = "not a gazette baseline (no \"format\": \"gazette-baseline\")";
    return std::nullopt;
  }
  const json::Value* version = root.find("version");
  if (!version || !version->is_number()) {
    error = "the baseline has no \"version\" number";
    return std::nullopt;
  }
  if (version->number_text() != std::to_string(kBaselineVersion)) {
    error = "baseline version " + version->number_text() + " is not supported (this gazette reads version " +
            std::to_string(kBaselineVersion) + ")";
    return std::nullopt;
  }
  const json::Value* findings = root.find("findings");
  if (!findings || !findings->is_array()) {
    error = "the baseline has no \"findings\" array";
    return std::nullopt;
  }
  Baseline baseline;
  for (std::size_t i = 0; i < findings->items().size(); ++i) {
    const json::Value& entry = findings->items()[i];
    const json::Value* path = entry.find("path");
    const json::Value* fingerprint = entry.find("fingerprint");
    const char* missing = !path || !path->is_string()                 ? "path"
                          : !fingerprint || !fingerprint->is_string() ? "fingerprint"
                                                                      : nullptr;
    if (missing) {
      error = "findings[" + std::to_string(i) + "]: \"" + missing + "\" must be a string";
      return std::nullopt;
    }
    baseline.keys_.emplace(path->as_string(), fingerprint->as_string());
  }
  return baseline;
}

bool Baseline::knows(const std::string& path, const std::string& fingerprint) const {
  return keys_.count({path, fingerprint}) != 0;
}

std::string baseline_json(std::vector<BaselineEntry> entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const BaselineEntry& a, const BaselineEntry& b) { return a.path < b.path; });
  std::string out = "{\n  \"format\": \"gazette-baseline\",\n  \"version\": " + std::to_string(kBaselineVersion) +
                    ",\n  \"findings\": [";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const BaselineEntry& e = entries[i];
    out += i ? ",\n    {\"path\": " : "\n    {\"path\": ";
    output::append_json_string(out, e.path);
    out += ", \"rule\": ";
    output::append_json_string(out, e.rule);
    out += ", \"text\": ";
    output::append_json_string(out, e.text);
    out += ", \"message\": ";
    output::append_json_string(out, e.message);
    out += ", \"fingerprint\": ";
    output::append_json_string(out, e.fingerprint);
    out += "}";
  }
  out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

namespace {

// Absolute, with the folders' symbolic links resolved (the file itself is named as given).
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  if (ec) return path.lexically_normal();
  const fs::path folder = fs::weakly_canonical(absolute.parent_path(), ec);
  return ec ? absolute : folder / absolute.filename();
}

}  // namespace

BaselinePaths::BaselinePaths(const std::string& baseline_file) : folder_(resolved(baseline_file).parent_path()) {}

std::string BaselinePaths::key(const std::string& document, bool is_file) const {
  if (!is_file || document == "-") return document;
  const fs::path relative = resolved(document).lexically_relative(folder_);
  return relative.empty() ? document : relative.generic_string();
}

}  // namespace gazette::check
