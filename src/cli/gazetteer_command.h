// `gazette gazetteer stats`: what the loaded gazetteers hold.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "pipeline/extractor.h"

namespace gazette::cli {

struct GazetteerOptions {
  std::string format = "table";
  pipeline::GazetteerSettings gazetteers;
};

CLI::App* add_gazetteer_command(CLI::App& app, GazetteerOptions& options);
int run_gazetteer_stats(const GazetteerOptions& options);

}  // namespace gazette::cli
