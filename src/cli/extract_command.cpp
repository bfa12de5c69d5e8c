#include "cli/extract_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/parse_errors.h"
#include "output/color.h"
#include "output/sink.h"

namespace gazette::cli {
namespace {

// Hands the writer's documents to the sink, flushing as the options ask.
class SinkWriter : public DocumentWriter {
 public:
  SinkWriter(output::RecordSink& sink, output::OutputStream& out, bool line_buffered)
      : sink_(sink), out_(out), line_buffered_(line_buffered) {}
  void begin_document(const std::string& name, const std::string& fields) override {
    sink_.begin_document(name, fields);
  }
  void text(const std::string& name, std::string_view piece, std::size_t offset) override {
    sink_.text(name, piece, offset);
  }
  void mentions(const std::string& name, const std::vector<resolve::Mention>& mentions) override {
    for (const resolve::Mention& m : mentions) sink_.record(name, m);
    out_.maybe_flush();  // a long document's records leave segment by segment
  }
  void end_document(const std::string& name) override {
    sink_.end_document(name);
    if (line_buffered_) out_.flush();
  }

 private:
  output::RecordSink& sink_;
  output::OutputStream& out_;
  const bool line_buffered_;
};

}  // namespace

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options) {
  CLI::App* command =
      app.add_subcommand("extract", "Print one record per company, lab and money mention (default command)");
  command->footer(R"(Examples:
  gazette article.txt                          JSON Lines, one record per mention
  gazette extract --format text *.txt          file:line:col: type text -> canonical
  curl -s URL | gazette --types money          read standard input
  gazette --input jsonl dump.jsonl | jq .text  an article dump, one {"id","text"} a line
  gazette -r --glob '*.txt' --glob '!old/*' articles/   the .txt files under a folder
  gazette --input lines titles.txt             each line a document, named titles.txt:LINE
  gazette --input jsonl --text-field content.body --id-field meta.id --keep-field meta.url dump.jsonl
  gazette -c --input jsonl dump.jsonl          ID<TAB>mentions for every document

Exit status: 0 if a mention was found, 1 if none was, 2 on an error (bad input, bad gazetteer).)");
  std::vector<std::string> formats;
  std::string described;
  for (const output::SinkFormat& f : output::sink_formats()) {
    formats.emplace_back(f.name);
    described += "\n  " + std::string(f.name) + ": " + std::string(f.description);
  }
  command->add_option("-f,--format", options.format, "Output format:" + described)
      ->check(one_of(formats))
      ->capture_default_str();
  add_color_option(*command, options.color, "the text format");
  add_document_run_options(*command, options.run, true);
  CLI::Option* count = command->add_flag("-c,--count", options.count,
                                         "Print DOC<TAB>N, the number of mentions, for every document");
  CLI::Option* list =
      command->add_flag("-l,--files-with-mentions", options.list, "Print the name of each document with a mention");
  CLI::Option* quiet = command->add_flag("-q,--quiet", options.quiet,
                                         "Print nothing; stop at the first mention (the exit status tells)");
  count->excludes(list)->excludes(quiet);
  list->excludes(quiet);
  command->add_flag("--line-buffered", options.line_buffered,
                    "Write each document's records as soon as it is done (for interactive pipelines)");
  return command;
}

int run_extract(const ExtractOptions& options) {
  output::OutputStream out(stdout);
  output::ColorMode color = output::ColorMode::automatic;
  output::parse_color_mode(options.color, color);  // checked by the option
  const std::unique_ptr<output::RecordSink> sink =
      options.count   ? output::make_count_sink(out)
      : options.list  ? output::make_list_sink(out)
      : options.quiet ? output::make_quiet_sink(out)
                      : output::make_sink(options.format, out,
                                          {!options.run.keep_fields.empty(), output::use_color(color, STDOUT_FILENO)});
  SinkWriter writer(*sink, out, options.line_buffered);

  const DocumentRunResult run =
      run_documents(options.run, writer, options.quiet, [&] { sink->begin_run(); }, sink->wants_text());
  if (!run.started) return kError;  // nothing written, not even a TSV header
  sink->end_run();
  if (!out.flush()) {
    // A reader that has gone (`gazette big.txt | head -1`) wants no more output and no message:
    // SIGPIPE normally ends the run silently before this; where it is ignored, the same quiet end.
    if (out.error_number() != EPIPE) report_write_error(out.error_number());
    return kError;
  }
  report_bad_lines(options.run, run.totals);
  if (run.failed()) return kError;
  return run.totals.found ? kFound : kNotFound;
}

}  // namespace gazette::cli
