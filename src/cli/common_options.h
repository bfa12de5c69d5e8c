// Options that several commands share: which gazetteers to load and which types to report.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "pipeline/extractor.h"

namespace gazette::cli {

void add_gazetteer_options(CLI::App& command, pipeline::GazetteerSettings& settings);
void add_types_option(CLI::App& command, std::string& types);
// `--color WHEN` (auto, always, never) for `what` ("the text format").
void add_color_option(CLI::App& command, std::string& color, const std::string& what);
void add_word_lists_option(CLI::App& command, pipeline::ExtractorSettings& settings);
void add_model_options(CLI::App& command, pipeline::ExtractorSettings& settings);

// Parses "company,lab,money"; returns false with a message ("'compny' is not one of company, lab,
// money") on an unknown type.
bool parse_types(const std::string& text, produce::TypeSet& out, std::string& error);

// Loads the gazetteers, printing any error; nullptr on failure.
std::shared_ptr<const match::Gazetteer> load_or_report(const pipeline::GazetteerSettings& settings);

// Builds the extractor, printing any error; nullptr on failure.
std::unique_ptr<const pipeline::Extractor> build_or_report(const pipeline::GazetteerSettings& gazetteers,
                                                           const pipeline::ExtractorSettings& settings);

}  // namespace gazette::cli
