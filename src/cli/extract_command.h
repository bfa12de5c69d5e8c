// `gazette extract`: print one record per company, lab and money mention.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/document_run.h"

namespace gazette::cli {

struct ExtractOptions {
  DocumentRunOptions run;  // what is read, and how
  std::string format = "jsonl";
  std::string color = "auto";  // the text format: auto, always, never (output/color.h)
  bool line_buffered = false;
  // Summaries in place of the records, as grep's -c, -l, -q.
  bool count = false, list = false, quiet = false;
};

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options);
int run_extract(const ExtractOptions& options);

}  // namespace gazette::cli
