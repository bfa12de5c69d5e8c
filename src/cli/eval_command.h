// `gazette eval`: score the extractor against gold files.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

namespace gazette::cli {

struct EvalOptions {
  std::vector<std::string> gold;
  std::string format = "table";
  bool errors = false;
  std::string records_dir;
  bool by_source = false;
  pipeline::GazetteerSettings gazetteers;
  pipeline::ExtractorSettings extractor;
};

CLI::App* add_eval_command(CLI::App& app, EvalOptions& options);
int run_eval(const EvalOptions& options);

}  // namespace gazette::cli
