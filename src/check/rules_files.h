// Finds the rules file that applies to each input: --rules FILE for all of them, else the
// nearest .gazette.toml in the file's folder or a folder above it (the current folder for
// standard input), else the defaults. Flags given on the command line apply on top. Each
// configuration is read and built once; thread-safe.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "check/checker.h"
#include "check/config.h"

namespace gazette::check {

inline constexpr const char* kRulesFileName = ".gazette.toml";

struct AppliedRules {
  RulesConfig config;
  RuleSet rules;
};

class RulesFiles {
 public:
  // `rules_file` empty: discover; `discover` false: defaults only (with the flags).
  RulesFiles(std::string rules_file, bool discover, std::function<void(RulesConfig&)> flags,
             const CheckResources& resources);

  // nullptr with "file:line: reason" in `error` on a bad rules file.
  std::shared_ptr<const AppliedRules> for_input(const std::string& path, std::string& error);

  // The rules file that applies to `path` ("" for none).
  std::string find_file(const std::string& path);

 private:
  std::shared_ptr<const AppliedRules> load(const std::string& file, std::string& error);

  std::string rules_file_;
  bool discover_;
  std::function<void(RulesConfig&)> flags_;
  const CheckResources& resources_;
  std::mutex mutex_;
  std::map<std::string, std::string> dir_to_file_;
  std::map<std::string, std::shared_ptr<const AppliedRules>> loaded_;
};

}  // namespace gazette::check
