#include "cli/extract_command.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <thread>

#include "cli/batch.h"
#include "cli/common_options.h"
#include "cli/document_work.h"
#include "cli/exit_status.h"
#include "cli/work_sources.h"
#include "input/input_paths.h"
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
  command->add_option("files", options.files, "Input files; '-' or none reads standard input")->type_name("FILE");
  std::vector<std::string> formats;
  std::string described;
  for (const output::SinkFormat& f : output::sink_formats()) {
    formats.emplace_back(f.name);
    described += "\n  " + std::string(f.name) + ": " + std::string(f.description);
  }
  command->add_option("-f,--format", options.format, "Output format:" + described)
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  add_types_option(*command, options.types);
  command
      ->add_option("--input", options.input,
                   "Input format: text (one document per file), lines (one document per line, named FILE:LINE) "
                   "or jsonl (one {\"id\",\"text\"} object per line)")
      ->check(CLI::IsMember({"text", "lines", "jsonl"}))
      ->capture_default_str();
  command->add_flag("-r,--recursive", options.recursive,
                    "Read the files under folders (sorted; hidden entries and symbolic links skipped)");
  command
      ->add_option("--glob", options.globs,
                   "With -r, read only the files whose path under the folder matches PATTERN (fnmatch; '*' "
                   "matches '/' too); '!PATTERN' leaves files out (repeatable)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  command->add_option("--text-field", options.text_field, "Dumps: the text's member, a dotted path (content.body)")
      ->type_name("PATH")
      ->capture_default_str();
  command->add_option("--id-field", options.id_field, "Dumps: the id's member, a dotted path (meta.id)")
      ->type_name("PATH")
      ->capture_default_str();
  command
      ->add_option("--keep-field", options.keep_fields,
                   "Dumps: copy this member's JSON value into every record of its document, under \"fields\" "
                   "(repeatable; null when absent)")
      ->type_name("PATH")
      ->allow_extra_args(false);
  command->add_option("--max-errors", options.max_errors, "Stop the run after N bad lines (exit status 2)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  CLI::Option* count = command->add_flag("-c,--count", options.count,
                                         "Print DOC<TAB>N, the number of mentions, for every document");
  CLI::Option* list =
      command->add_flag("-l,--files-with-mentions", options.list, "Print the name of each document with a mention");
  CLI::Option* quiet = command->add_flag("-q,--quiet", options.quiet,
                                         "Print nothing; stop at the first mention (the exit status tells)");
  count->excludes(list)->excludes(quiet);
  list->excludes(quiet);
  add_gazetteer_options(*command, options.gazetteers);
  add_word_lists_option(*command, options.extractor);
  add_model_options(*command, options.extractor);
  command->add_flag("--lossy", options.lossy,
                    "Accept invalid UTF-8, reading bad bytes as U+FFFD (offsets still refer to the original bytes)");
  command->add_option("-j,--threads", options.threads, "Worker threads (default: one per core)")->type_name("N");
  command->add_flag("--line-buffered", options.line_buffered,
                    "Write each document's records as soon as it is done (for interactive pipelines)");
  return command;
}

int run_extract(const ExtractOptions& options) {
  pipeline::ExtractorSettings settings = options.extractor;
  std::string error;
  if (!parse_types(options.types, settings.types, error)) {
    std::fprintf(stderr, "gazette: %s\n", error.c_str());
    return kError;
  }
  // Deliberately never freed: the process ends right after, and releasing some 100,000 small
  // allocations one by one would add milliseconds to every run of a shell loop. Held by a static
  // pointer, so that LeakSanitizer sees it as still reachable rather than leaked.
  static const pipeline::Extractor* kept = nullptr;
  kept = build_or_report(options.gazetteers, settings).release();
  if (!kept) return kError;
  const pipeline::Extractor* extractor = kept;

  std::vector<std::string> path_errors;
  std::vector<std::string> files =
      input::expand_input_paths(options.files, {options.recursive, options.globs}, path_errors);
  for (const std::string& e : path_errors) std::fprintf(stderr, "gazette: %s\n", e.c_str());
  if (files.empty() && options.files.empty()) files.push_back("-");
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (options.input == "text" && files.size() <= 1) threads = 1;

  std::vector<pipeline::Extractor::ScratchPtr> scratch;
  for (unsigned t = 0; t < std::max(1u, threads); ++t) scratch.push_back(extractor->make_scratch());

  output::OutputStream out(stdout);
  const std::unique_ptr<output::RecordSink> sink =
      options.count   ? output::make_count_sink(out)
      : options.list  ? output::make_list_sink(out)
      : options.quiet ? output::make_quiet_sink(out)
                      : output::make_sink(options.format, out, {!options.keep_fields.empty()});
  std::unique_ptr<WorkSource> source;
  if (options.input == "text")
    source = text_files(files, input::ReadOptions{options.lossy});
  else if (options.input == "lines")
    source = text_lines(files);
  else
    source = jsonl_dumps(files, options.lossy, {options.text_field, options.id_field, options.keep_fields});
  const auto next = [&](WorkItem& item) { return source->next(item); };
  const input::ReadOptions read_options{options.lossy};
  const auto work = [&](WorkItem& item, std::size_t worker, JobOutput& job) {
    extract_item(item, *extractor, *scratch[worker], read_options, job);
  };
  SinkWriter writer(*sink, out, options.line_buffered);

  sink->begin_run();
  const BatchTotals totals = run_batches(next, work, writer, threads, {options.max_errors, options.quiet});
  sink->end_run();
  if (!out.flush()) {
    // A reader that has gone (`gazette big.txt | head -1`) wants no more output and no message:
    // SIGPIPE normally ends the run silently before this; where it is ignored, the same quiet end.
    if (out.error_number() != EPIPE) report_write_error(out.error_number());
    return kError;
  }
  if (totals.bad_lines) {
    // Last on stderr, so that a long run's bad lines are not lost among its messages.
    const std::string what = options.input == "jsonl" ? "dump" : "file";
    const bool at_limit = options.max_errors && totals.bad_lines >= options.max_errors;
    std::fprintf(stderr, "gazette: %s\n",
                 fmt::format("{} bad line{} in {} {}{}{}", totals.bad_lines, totals.bad_lines == 1 ? "" : "s",
                             totals.files_with_bad_lines, what, totals.files_with_bad_lines == 1 ? "" : "s",
                             at_limit ? fmt::format(", stopped at --max-errors {}", options.max_errors) : "")
                     .c_str());
  }
  if (totals.errors || !path_errors.empty()) return kError;
  return totals.found ? kFound : kNotFound;
}

}  // namespace gazette::cli
