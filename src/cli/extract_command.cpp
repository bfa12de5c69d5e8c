#include "cli/extract_command.h"

#include <cstdio>
#include <thread>

#include "cli/batch.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/work_sources.h"
#include "output/record_format.h"

namespace gazette::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options) {
  CLI::App* command =
      app.add_subcommand("extract", "Print one record per company, lab and money mention (default command)");
  command->footer(R"(Examples:
  gazette article.txt                          JSON Lines, one record per mention
  gazette extract --format text *.txt          file:line:col: type text -> canonical
  curl -s URL | gazette --types money          read standard input
  gazette --input jsonl dump.jsonl | jq .text  an article dump, one {"id","text"} a line

Exit status: 0 if a mention was found, 1 if none was, 2 on an error (bad input, bad gazetteer).)");
  command->add_option("files", options.files, "Input files; '-' or none reads standard input")->type_name("FILE");
  command->add_option("-f,--format", options.format, "Output format: jsonl, tsv or text")
      ->check(CLI::IsMember({"jsonl", "tsv", "text"}))
      ->capture_default_str();
  add_types_option(*command, options.types);
  command
      ->add_option("--input", options.input,
                   "Input format: text (one document per file) or jsonl (one {\"id\",\"text\"} object per line)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  add_gazetteer_options(*command, options.gazetteers);
  command->add_flag("--lossy", options.lossy,
                    "Accept invalid UTF-8, reading bad bytes as U+FFFD (offsets still refer to the original bytes)");
  command->add_option("-j,--threads", options.threads, "Worker threads (default: one per core)")->type_name("N");
  return command;
}

int run_extract(const ExtractOptions& options) {
  output::Format format;
  output::parse_format(options.format, format);
  pipeline::TypeFilter types;
  std::string error;
  if (!parse_types(options.types, types, error)) {
    std::fprintf(stderr, "gazette: %s\n", error.c_str());
    return kError;
  }
  const auto gazetteer = load_or_report(options.gazetteers);
  if (!gazetteer) return kError;
  // Deliberately never freed: the process ends right after, and releasing some 100,000 small
  // allocations one by one would add milliseconds to every run of a shell loop. Held by a static
  // pointer, so that LeakSanitizer sees it as still reachable rather than leaked.
  static const pipeline::Extractor* kept = nullptr;
  kept = new pipeline::Extractor(gazetteer, types);
  const pipeline::Extractor& extractor = *kept;

  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (options.input == "text" && files.size() == 1) threads = 1;

  std::vector<pipeline::Extractor::ScratchPtr> scratch;
  for (unsigned t = 0; t < std::max(1u, threads); ++t) scratch.push_back(extractor.make_scratch());

  const std::unique_ptr<WorkSource> source =
      options.input == "text" ? text_files(files, input::ReadOptions{options.lossy}) : jsonl_dumps(files);
  const auto next = [&](WorkItem& item) { return source->next(item); };
  const auto work = [&](WorkItem& item, std::size_t worker) {
    if (item.raw_line && !parse_dump_line(item, options.lossy)) return;
    const input::Document& doc = *item.document;
    const std::vector<resolve::Mention> mentions = extractor.extract(doc.bytes, *scratch[worker]);
    for (const resolve::Mention& m : mentions) output::append_record(format, doc.name, m, item.output);
    item.found = mentions.size();
    item.document->bytes = std::string();  // release the text before the batch is printed
  };

  std::string header;
  output::append_header(format, header);
  std::fwrite(header.data(), 1, header.size(), stdout);
  const BatchTotals totals = run_batches(next, work, threads);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "gazette: error writing to standard output\n");
    return kError;
  }
  if (totals.errors) return kError;
  return totals.found ? kFound : kNotFound;
}

}  // namespace gazette::cli
