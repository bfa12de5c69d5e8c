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
  // Folders and which files under them (input/input_paths.h).
  bool recursive = false;
  std::vector<std::string> globs;
  // Dumps: dotted paths of the text, the id and the members copied into every record.
  std::string text_field = "text", id_field = "id";
  std::vector<std::string> keep_fields;
  std::size_t max_errors = 0;  // 0: no limit
  // Summaries in place of the records, as grep's -c, -l, -q.
  bool count = false, list = false, quiet = false;
};

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options);
int run_extract(const ExtractOptions& options);

}  // namespace gazette::cli
