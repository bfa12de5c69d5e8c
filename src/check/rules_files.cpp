#include "check/rules_files.h"

#include <filesystem>

#include "input/reader.h"

namespace gazette::check {

namespace fs = std::filesystem;

RulesFiles::RulesFiles(std::string rules_file, bool discover, std::function<void(RulesConfig&)> flags,
                       const CheckResources& resources)
    : rules_file_(std::move(rules_file)), discover_(discover), flags_(std::move(flags)), resources_(resources) {}

std::string RulesFiles::find_file(const std::string& path) {
  if (!rules_file_.empty()) return rules_file_;
  if (!discover_) return {};
  std::error_code ec;
  fs::path dir = path == "-" ? fs::current_path(ec) : fs::absolute(path, ec).parent_path();
  if (ec) return {};
  std::vector<std::string> visited;
  std::string found;
  while (true) {
    const std::string key = dir.string();
    if (const auto it = dir_to_file_.find(key); it != dir_to_file_.end()) {
      found = it->second;
      break;
    }
    visited.push_back(key);
    const fs::path candidate = dir / kRulesFileName;
    if (fs::is_regular_file(candidate, ec)) {
      found = candidate.string();
      break;
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  for (const std::string& v : visited) dir_to_file_[v] = found;
  return found;
}

std::shared_ptr<const AppliedRules> RulesFiles::load(const std::string& file, std::string& error) {
  auto applied = std::make_shared<AppliedRules>();
  if (!file.empty()) {
    const input::ReadResult read = input::read_document(file, input::ReadOptions{false});
    if (read.status != input::ReadStatus::ok) {
      error = read.status == input::ReadStatus::binary ? file + ": a rules file must be text" : read.message;
      return nullptr;
    }
    if (!parse_rules(file, read.document.bytes, applied->config, error)) return nullptr;
  }
  if (flags_) flags_(applied->config);
  applied->rules = build_rules(applied->config, resources_);
  return applied;
}

std::shared_ptr<const AppliedRules> RulesFiles::for_input(const std::string& path, std::string& error) {
  const std::lock_guard<std::mutex> lock(mutex_);
  const std::string file = find_file(path);
  if (const auto it = loaded_.find(file); it != loaded_.end()) return it->second;
  auto applied = load(file, error);
  if (applied) loaded_[file] = applied;
  return applied;
}

}  // namespace gazette::check
