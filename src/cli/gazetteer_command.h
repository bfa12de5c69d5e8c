// `gazette gazetteer stats`: what the loaded gazetteers hold; `gazette gazetteer compile`:
// TSV gazetteers into one image that loads without parsing; `gazette gazetteer lookup`: what a
// name resolves to.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/gazetteer_lookup.h"
#include "pipeline/extractor.h"

namespace gazette::cli {

struct GazetteerOptions {
  std::string format = "table";
  pipeline::GazetteerSettings gazetteers;
  std::vector<std::string> compile_inputs;
  std::string compile_output;
  GazetteerLookupOptions lookup;
};

struct GazetteerCommands {
  CLI::App* stats;
  CLI::App* compile;
  CLI::App* lookup;
};

GazetteerCommands add_gazetteer_command(CLI::App& app, GazetteerOptions& options);
int run_gazetteer_stats(const GazetteerOptions& options);
int run_gazetteer_compile(const GazetteerOptions& options);

}  // namespace gazette::cli
