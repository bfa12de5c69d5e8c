#include "cli/stats_command.h"

#include <cstdio>

#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/parse_errors.h"
#include "output/output_stream.h"
#include "output/run_stats.h"

namespace gazette::cli {
namespace {

// Counts what the writer hands over, in input order (so `-j N` counts what `-j 1` counts).
class StatsWriter : public DocumentWriter {
 public:
  explicit StatsWriter(output::RunStats& stats) : stats_(stats) {}
  void begin_document(const std::string&, const std::string&) override {}
  void mentions(const std::string&, const std::vector<resolve::Mention>& mentions) override {
    for (const resolve::Mention& m : mentions) stats_.add(m);
  }
  void end_document(const std::string&) override {}

 private:
  output::RunStats& stats_;
};

}  // namespace

CLI::App* add_stats_command(CLI::App& app, StatsOptions& options) {
  CLI::App* command = app.add_subcommand(
      "stats", "Summarise a run: documents, bytes, mentions per type, top names, money totals, errors");
  command->footer(R"(Examples:
  gazette stats article.txt                         a table
  gazette stats --input jsonl -j 2 dump.jsonl.zst   a whole dump, on two threads
  gazette stats --format json --top 0 -r articles/ | jq '.money.EUR.total'

Money: single amounts are summed exactly per currency (qualified ones as written); ranges are
counted apart, not summed. Exit status: 0, or 2 when an input could not be read (the summary is
printed all the same).)");
  command->add_option("-f,--format", options.format, "Output: table or json")
      ->check(one_of({"table", "json"}))
      ->capture_default_str();
  command->add_option("--top", options.top, "Canonical names listed per type, most frequent first (0: all)")
      ->type_name("N")
      ->check(whole_number_from(0))
      ->capture_default_str();
  add_document_run_options(*command, options.run, false);
  return command;
}

int run_stats(const StatsOptions& options) {
  produce::TypeSet types = produce::TypeSet::all();
  std::string error;
  if (!parse_types(options.run.types, types, error)) {
    std::fprintf(stderr, "gazette: --types: %s\n", error.c_str());
    return kError;
  }
  output::RunStats stats(types);
  StatsWriter writer(stats);
  const DocumentRunResult run = run_documents(options.run, writer, false, {});
  if (!run.started) return kError;
  const output::RunCounts counts{run.totals.documents, run.totals.input_bytes, run.totals.errors + run.path_errors,
                                 run.totals.bad_lines};
  output::OutputStream out(stdout);
  out.buffer() = options.format == "json" ? stats.json(counts, options.top) : stats.table(counts, options.top);
  if (!out.flush()) {
    std::fprintf(stderr, "gazette: error writing to standard output\n");
    return kError;
  }
  report_bad_lines(options.run, run.totals);
  return run.failed() ? kError : kFound;
}

}  // namespace gazette::cli
