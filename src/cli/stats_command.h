// `gazette stats`: a summary of a whole run over the same inputs as extract (documents and
// bytes read, mentions per type, the most frequent names, money totals per currency, errors)
// instead of one record per mention.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "cli/document_run.h"

namespace gazette::cli {

struct StatsOptions {
  DocumentRunOptions run;
  std::string format = "table";
  std::size_t top = 10;  // names listed per type; 0: all
};

CLI::App* add_stats_command(CLI::App& app, StatsOptions& options);
int run_stats(const StatsOptions& options);

}  // namespace gazette::cli
