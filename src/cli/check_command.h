// `gazette check`: CI text checks on company, lab and money mentions (see README, "CI checks").
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

namespace gazette::cli {

struct CheckOptions {
  std::vector<std::string> paths;
  bool recursive = false;
  std::string rules_file;
  bool no_config = false;
  bool print_config = false;
  std::string format = "text";
  std::string color = "auto";  // the text format: auto, always, never (output/color.h)
  std::string min_level = "note";
  std::string fail_level = "error";
  bool exit_zero = false;
  std::string input = "text";
  std::string syntax = "auto";
  bool no_inline_config = false;
  // The rules as flags, applied on top of the rules file.
  bool no_canonical = false, no_fuzzy = false, consistency = false, money = false;
  std::vector<std::string> allow, deny, require;
  std::string money_currency, money_thousands;
  pipeline::GazetteerSettings gazetteers;
  bool lossy = false;
  unsigned threads = 0;
  std::string diff_base;       // --diff: only findings on lines changed since this revision
  std::string baseline;        // --baseline: findings known to this file are not reported
  std::string write_baseline;  // --write-baseline: record the findings in this file instead
  bool fix = false, dry_run = false;
};

CLI::App* add_check_command(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options);

}  // namespace gazette::cli
