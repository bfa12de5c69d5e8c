#include "cli/common_options.h"

#include <cstdio>

#include "cli/parse_errors.h"

namespace gazette::cli {

void add_gazetteer_options(CLI::App& command, pipeline::GazetteerSettings& settings) {
  command
      .add_option("--gazetteer", settings.user_files,
                  "Add a gazetteer (TSV: canonical, type, aliases, ids, flags); repeatable. "
                  "Its names take precedence over the built-in ones")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command.add_flag(
      "--no-builtin", [&settings](std::int64_t) { settings.builtin = false; },
      "Use only the gazetteers given with --gazetteer");
}

void add_types_option(CLI::App& command, std::string& types) {
  // Checked while the command line is parsed, so that a misspelt type is a usage error.
  const CLI::Validator known_types(
      [](std::string& value) {
        produce::TypeSet set = produce::TypeSet::none();
        std::string error;
        return parse_types(value, set, error) ? std::string() : error;
      },
      "", "types");
  command.add_option("--types", types, "Types to report, comma-separated: company,lab,money")
      ->type_name("LIST")
      ->check(known_types)
      ->capture_default_str();
}

void add_color_option(CLI::App& command, std::string& color, const std::string& what) {
  command
      .add_option("--color,--colour", color,
                  "Colour " + what + ": auto (when standard output is a terminal and NO_COLOR is not set), "
                  "always or never")
      ->type_name("WHEN")
      ->check(one_of({"auto", "always", "never"}))
      ->capture_default_str();
}

void add_word_lists_option(CLI::App& command, pipeline::ExtractorSettings& settings) {
  command
      .add_option("--word-lists", settings.word_lists_dir,
                  "Replace shipped word lists (data/lang/fr/NAME.txt) with DIR/NAME.txt, for experiments")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
}

void add_model_options(CLI::App& command, pipeline::ExtractorSettings& settings) {
  command.add_flag("--model,!--no-model", settings.model,
                   "Run the learned name model (src/model) beside the gazetteers and the context rules, or not");
  command
      .add_option("--min-score", settings.min_score,
                  "Lowest model score a name found only by the model needs (0-1; higher: fewer, surer names)")
      ->check(number_from_to(0, 1))
      ->type_name("SCORE")
      ->capture_default_str();
  command
      .add_option("--model-file", settings.model_file,
                  "Use this model (written by gazette-train --out) instead of the shipped one")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
}

bool parse_types(const std::string& text, produce::TypeSet& out, std::string& error) {
  out = produce::TypeSet::none();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    const std::string name = text.substr(start, comma - start);
    start = comma + 1;
    if (name.empty()) continue;
    produce::EntityType type;
    if (!produce::parse_entity_type(name, type)) {
      error = "'" + name + "' is not one of " + std::string(produce::entity_type_names());
      return false;
    }
    out.insert(type);
  }
  if (out.empty()) {
    error = "no type named (one of " + std::string(produce::entity_type_names()) + ")";
    return false;
  }
  return true;
}

std::shared_ptr<const match::Gazetteer> load_or_report(const pipeline::GazetteerSettings& settings) {
  std::string error;
  auto gazetteer = pipeline::load_gazetteer(settings, error);
  if (!gazetteer) std::fprintf(stderr, "gazette: %s\n", error.c_str());
  return gazetteer;
}

std::unique_ptr<const pipeline::Extractor> build_or_report(const pipeline::GazetteerSettings& gazetteers,
                                                           const pipeline::ExtractorSettings& settings) {
  std::string error;
  auto extractor = pipeline::build_extractor(gazetteers, settings, error);
  if (!extractor) std::fprintf(stderr, "gazette: %s\n", error.c_str());
  return extractor;
}

}  // namespace gazette::cli
