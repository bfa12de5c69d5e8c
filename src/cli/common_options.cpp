#include "cli/common_options.h"

#include <cstdio>

#include "resolve/mention.h"

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
  command.add_option("--types", types, "Types to report, comma-separated: company,lab,money")
      ->type_name("LIST")
      ->capture_default_str();
}

bool parse_types(const std::string& text, pipeline::TypeFilter& out, std::string& error) {
  out = {false, false, false};
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    const std::string name = text.substr(start, comma - start);
    start = comma + 1;
    if (name.empty()) continue;
    resolve::MentionType type;
    if (!resolve::parse_mention_type(name, type)) {
      error = "unknown type \"" + name + "\" in --types (expected company, lab, money)";
      return false;
    }
    (type == resolve::MentionType::company ? out.company
     : type == resolve::MentionType::lab   ? out.lab
                                           : out.money) = true;
  }
  if (!out.company && !out.lab && !out.money) {
    error = "--types names no type (expected company, lab, money)";
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

}  // namespace gazette::cli
