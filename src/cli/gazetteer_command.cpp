#include "cli/gazetteer_command.h"

#include <fmt/format.h>

#include <cstdio>

#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/parse_errors.h"
#include "output/json_escape.h"

namespace gazette::cli {

GazetteerCommands add_gazetteer_command(CLI::App& app, GazetteerOptions& options) {
  CLI::App* command = app.add_subcommand("gazetteer", "Inspect and compile gazetteers");
  command->require_subcommand(1);
  CLI::App* stats = command->add_subcommand("stats", "Entries and names per gazetteer, and the totals");
  stats->footer(R"(Examples:
  gazette gazetteer stats
  gazette gazetteer stats --gazetteer mine.tsv --format json | jq .names)");
  stats->add_option("-f,--format", options.format, "Output: table or json")
      ->check(one_of({"table", "json"}))
      ->capture_default_str();
  add_gazetteer_options(*stats, options.gazetteers);

  CLI::App* compile =
      command->add_subcommand("compile", "Compile gazetteers into one image that loads without parsing");
  compile->footer(R"(Examples:
  gazette gazetteer compile newsroom.tsv brands.tsv -o newsroom.gzt
  gazette --gazetteer newsroom.gzt article.txt

The image holds the given files only (not the built-in gazetteers), in the order given: names of
earlier files take precedence. It is checked (version, size, checksum) whenever it is loaded.)");
  compile->add_option("files", options.compile_inputs, "TSV gazetteers (or images) to compile")
      ->required()
      ->type_name("FILE");
  compile->add_option("-o,--output", options.compile_output, "The image to write")->required()->type_name("FILE");
  CLI::App* lookup = add_gazetteer_lookup(*command, options.lookup);
  return {stats, compile, lookup};
}

int run_gazetteer_compile(const GazetteerOptions& options) {
  pipeline::GazetteerSettings settings;
  settings.builtin = false;
  settings.user_files = options.compile_inputs;
  const auto gazetteer = load_or_report(settings);
  if (!gazetteer) return kError;
  std::string image;
  gazetteer->write_image(image);
  // Written beside the target and renamed over it, so that a failed run leaves no half image.
  const std::string partial = options.compile_output + ".partial";
  std::FILE* file = std::fopen(partial.c_str(), "wb");
  const bool written = file && std::fwrite(image.data(), 1, image.size(), file) == image.size();
  if (!file || std::fclose(file) != 0 || !written ||
      std::rename(partial.c_str(), options.compile_output.c_str()) != 0) {
    std::fprintf(stderr, "gazette: %s: cannot write the image\n", options.compile_output.c_str());
    std::remove(partial.c_str());
    return kError;
  }
  return kFound;
}

int run_gazetteer_stats(const GazetteerOptions& options) {
  const auto gazetteer = load_or_report(options.gazetteers);
  if (!gazetteer) return kError;
  const auto& sources = gazetteer->sources();
  const auto& stats = gazetteer->stats();
  match::Gazetteer::SourceStats total;
  for (const auto& s : stats) {
    total.entries += s.entries;
    total.names += s.names;
    total.patterns += s.patterns;
    total.companies += s.companies;
    total.labs += s.labs;
  }
  // The ambiguity policy of each name: a name that is also an ordinary word, a first name or a
  // place (`Orange`), and a short acronym, match only as written; the others in any case.
  std::vector<std::size_t> as_written(stats.size() + 1, 0);
  for (std::uint32_t n = 0; n < gazetteer->name_count(); ++n) {
    const match::Name name = gazetteer->name(n);
    if (name.case_pattern.empty()) continue;
    ++as_written[gazetteer->entry(name.entry).gazetteer];
    ++as_written.back();
  }
  const auto written = [&](const match::Gazetteer::SourceStats& s) {
    return &s == &total ? as_written.back() : as_written[static_cast<std::size_t>(&s - stats.data())];
  };
  std::string out;
  if (options.format == "json") {
    const auto one = [&](const match::Gazetteer::SourceStats& s) {
      return fmt::format(
          "\"entries\":{},\"names\":{},\"any_case\":{},\"as_written\":{},\"patterns\":{},\"companies\":{},\"labs\":{}",
          s.entries, s.names, s.names - written(s), written(s), s.patterns, s.companies, s.labs);
    };
    out = "{" + one(total) + ",\"gazetteers\":[";
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (i) out += ",";
      out += "{\"source\":";
      output::append_json_string(out, sources[i]);
      out += "," + one(stats[i]) + "}";
    }
    out += "]}\n";
  } else {
    out = fmt::format("{:<32} {:>9} {:>9} {:>9} {:>10} {:>9} {:>9} {:>9}\n", "gazetteer", "entries", "names",
                      "any case", "as written", "patterns", "companies", "labs");
    const auto row = [&](const std::string& name, const match::Gazetteer::SourceStats& s) {
      fmt::format_to(std::back_inserter(out), "{:<32} {:>9} {:>9} {:>9} {:>10} {:>9} {:>9} {:>9}\n", name, s.entries,
                     s.names, s.names - written(s), written(s), s.patterns, s.companies, s.labs);
    };
    for (std::size_t i = 0; i < sources.size(); ++i) row(sources[i], stats[i]);
    row("total", total);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kFound;
}

}  // namespace gazette::cli
