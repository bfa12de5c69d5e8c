// gazette: finds companies, research labs and amounts of money in French text.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/check_command.h"
#include "cli/eval_command.h"
#include "cli/exit_status.h"
#include "cli/extract_command.h"
#include "cli/gazetteer_command.h"
#include "cli/parse_errors.h"
#include "cli/stats_command.h"

namespace {

// `extract` is the default command: `gazette article.txt` means `gazette extract article.txt`.
std::vector<std::string> with_default_command(int argc, char** argv, const CLI::App& app) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool names_command = !args.empty() && [&] {
    for (const CLI::App* sub : app.get_subcommands({}))
      if (sub->get_name() == args[0]) return true;
    return false;
  }();
  const bool top_level_flag =
      !args.empty() && (args[0] == "-h" || args[0] == "--help" || args[0] == "--version" || args[0] == "-V");
  if (!names_command && !top_level_flag) args.insert(args.begin(), "extract");
  return args;
}

// The command the arguments name, for the usage line of a parse error: "extract", "gazetteer
// stats", or empty before any command.
std::string command_named(const std::vector<std::string>& args, const CLI::App& app) {
  if (args.empty() || args[0].empty() || args[0][0] == '-') return {};
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == args[0]) {
      if (args.size() > 1)
        for (const CLI::App* inner : sub->get_subcommands({}))
          if (inner->get_name() == args[1]) return args[0] + " " + args[1];
      return args[0];
    }
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gazette::cli;
  CLI::App app{"gazette: find companies, research labs and amounts of money in French text", "gazette"};
  app.set_version_flag("-V,--version", "gazette " GAZETTE_VERSION);
  app.require_subcommand(1);
  app.footer(R"(Commands:
  extract    (default) one record per mention: gazette article.txt
  stats      a summary of a run: gazette stats --input jsonl dump.jsonl
  eval       score against gold files: gazette eval --gold dev.jsonl
  check      CI text checks: gazette check -r docs --format github
  gazetteer  inspect and compile gazetteers: gazette gazetteer stats, lookup NAME

Run 'gazette COMMAND --help' for a command's options and examples.
Exit status: 0 found, 1 nothing found, 2 error (check: 0 clean, 1 findings, 2 error).)");

  ExtractOptions extract;
  StatsOptions stats;
  EvalOptions eval;
  GazetteerOptions gazetteer;
  CheckOptions check;
  CLI::App* extract_command = add_extract_command(app, extract);
  CLI::App* stats_command = add_stats_command(app, stats);
  CLI::App* eval_command = add_eval_command(app, eval);
  const GazetteerCommands gazetteer_commands = add_gazetteer_command(app, gazetteer);
  CLI::App* check_command = add_check_command(app, check);

  std::vector<std::string> args = with_default_command(argc, argv, app);
  const std::string command = command_named(args, app);
  std::reverse(args.begin(), args.end());  // CLI11 takes arguments in reverse order
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" of status 0 that CLI11 prints itself.
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      app.exit(e);
      if (!std::cout.flush()) {
        report_write_error(errno);
        return kError;
      }
      return 0;
    }
    std::fputs(parse_error_message(e, command).c_str(), stderr);
    return kError;
  }
  // A failure while the tables are built (ICU data missing or unreadable, ...) is an exception:
  // reported like any other error rather than ending the run with an abort.
  int status = kError;
  try {
    if (extract_command->parsed()) status = run_extract(extract);
    else if (stats_command->parsed()) status = run_stats(stats);
    else if (eval_command->parsed()) status = run_eval(eval);
    else if (gazetteer_commands.stats->parsed()) status = run_gazetteer_stats(gazetteer);
    else if (gazetteer_commands.compile->parsed()) status = run_gazetteer_compile(gazetteer);
    else if (gazetteer_commands.lookup->parsed()) status = run_gazetteer_lookup(gazetteer.lookup);
    else if (check_command->parsed()) status = run_check(check);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gazette: %s\n", e.what());
    return kError;
  }
  // Every command's output, whatever wrote it, reached standard output or the run is an error
  // (`gazette gazetteer stats > /dev/full`). A reader that has gone is no error to report.
  errno = 0;
  if ((std::fflush(stdout) != 0 || std::ferror(stdout)) && status != kError) {
    if (errno != EPIPE) report_write_error(errno);
    return kError;
  }
  return status;
}
