// `gazette gazetteer lookup NAME...`: what a name resolves to (canonical, type, ids, the policy
// that decides where it matches, the gazetteer it comes from), for people debugging a list.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "pipeline/extractor.h"

namespace gazette::cli {

struct GazetteerLookupOptions {
  std::vector<std::string> names;
  std::string format = "table";
  pipeline::GazetteerSettings gazetteers;
};

CLI::App* add_gazetteer_lookup(CLI::App& gazetteer_command, GazetteerLookupOptions& options);
int run_gazetteer_lookup(const GazetteerLookupOptions& options);

}  // namespace gazette::cli
