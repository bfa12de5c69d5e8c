// Options that several commands share: which gazetteers to load and which types to report.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "pipeline/extractor.h"

namespace gazette::cli {

void add_gazetteer_options(CLI::App& command, pipeline::GazetteerSettings& settings);
void add_types_option(CLI::App& command, std::string& types);

// Parses "company,lab,money"; returns false with a message on an unknown type.
bool parse_types(const std::string& text, pipeline::TypeFilter& out, std::string& error);

// Loads the gazetteers, printing any error; nullptr on failure.
std::shared_ptr<const match::Gazetteer> load_or_report(const pipeline::GazetteerSettings& settings);

}  // namespace gazette::cli
