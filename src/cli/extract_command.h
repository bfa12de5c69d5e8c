// `gazette extract`: print one record per company, lab and money mention.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

namespace gazette::cli {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string types = "company,lab,money";
  std::string input = "text";
  pipeline::GazetteerSettings gazetteers;
  pipeline::ExtractorSettings extractor;
  bool lossy = false;
  unsigned threads = 0;  // 0: one per core
  bool line_buffered = false;
};

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options);
int run_extract(const ExtractOptions& options);

}  // namespace gazette::cli
