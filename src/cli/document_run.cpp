#include "cli/document_run.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>

#include "cli/common_options.h"
#include "cli/document_work.h"
#include "cli/parse_errors.h"
#include "cli/work_sources.h"
#include "input/input_paths.h"
#include "output/progress.h"

namespace gazette::cli {
namespace {

// The run's input size, when every input is a regular file (standard input and pipes have none).
std::optional<std::uint64_t> total_input_bytes(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const std::string& path : files) {
    struct stat status;
    if (path == "-" || ::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
    total += static_cast<std::uint64_t>(status.st_size);
  }
  return total;
}

// Draws the progress line on standard error as the writer gets through the items.
class ProgressObserver : public BatchObserver {
 public:
  explicit ProgressObserver(std::optional<std::uint64_t> total_bytes)
      : meter_(
            [start = std::chrono::steady_clock::now()] {
              return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            },
            [](std::string_view text) {
              std::fwrite(text.data(), 1, text.size(), stderr);
              std::fflush(stderr);
            },
            total_bytes) {}
  ~ProgressObserver() override { meter_.clear(); }
  void item_done(const BatchTotals& totals) override { meter_.update({totals.documents, totals.input_bytes}); }
  void before_message() override { meter_.clear(); }

 private:
  output::ProgressMeter meter_;
};

}  // namespace

void add_document_run_options(CLI::App& command, DocumentRunOptions& options, bool keep_fields) {
  command.add_option("files", options.files, "Input files; '-' or none reads standard input")->type_name("FILE");
  add_types_option(command, options.types);
  command
      .add_option("--input", options.input,
                  "Input format: text (one document per file), lines (one document per line, named FILE:LINE) "
                  "or jsonl (one {\"id\",\"text\"} object per line)")
      ->check(one_of({"text", "lines", "jsonl"}))
      ->capture_default_str();
  command.add_flag("-r,--recursive", options.recursive,
                   "Read the files under folders (sorted; hidden entries and symbolic links skipped)");
  command
      .add_option("--glob", options.globs,
                  "With -r, read only the files whose path under the folder matches PATTERN (fnmatch; '*' "
                  "matches '/' too); '!PATTERN' leaves files out (repeatable)")
      ->type_name("PATTERN")
      ->allow_extra_args(false);
  command.add_option("--text-field", options.text_field, "Dumps: the text's member, a dotted path (content.body)")
      ->type_name("PATH")
      ->capture_default_str();
  command.add_option("--id-field", options.id_field, "Dumps: the id's member, a dotted path (meta.id)")
      ->type_name("PATH")
      ->capture_default_str();
  if (keep_fields)
    command
        .add_option("--keep-field", options.keep_fields,
                    "Dumps: copy this member's JSON value into every record of its document, under \"fields\" "
                    "(repeatable; null when absent)")
        ->type_name("PATH")
        ->allow_extra_args(false);
  command.add_option("--max-errors", options.max_errors, "Stop the run after N bad lines (exit status 2)")
      ->type_name("N")
      ->check(whole_number_from(1));
  add_gazetteer_options(command, options.gazetteers);
  add_word_lists_option(command, options.extractor);
  add_model_options(command, options.extractor);
  command.add_flag("--fuzzy", options.extractor.fuzzy,
                   "Also report one-word gazetteer names written a letter or two wrong (NVvidia -> Nvidia), as "
                   "gazette check finds them; their records have \"match\":\"fuzzy\" and \"distance\"");
  command.add_flag("--lossy", options.lossy,
                   "Accept invalid UTF-8, reading bad bytes as U+FFFD (offsets still refer to the original bytes)");
  command.add_option("-j,--threads", options.threads, "Worker threads (default: one per core)")->type_name("N");
  command.add_flag("!--no-progress", options.progress,
                   "No progress line on standard error (drawn only when it is a terminal)");
}

DocumentRunResult run_documents(const DocumentRunOptions& options, DocumentWriter& writer, bool stop_at_first_mention,
                                const std::function<void()>& started, bool with_text) {
  DocumentRunResult result;
  pipeline::ExtractorSettings settings = options.extractor;
  std::string error;
  if (!parse_types(options.types, settings.types, error)) {
    std::fprintf(stderr, "gazette: --types: %s\n", error.c_str());
    return result;
  }
  // Deliberately never freed: the process ends right after, and releasing some 100,000 small
  // allocations one by one would add milliseconds to every run of a shell loop. Held by a static
  // pointer, so that LeakSanitizer sees it as still reachable rather than leaked.
  static const pipeline::Extractor* kept = nullptr;
  kept = build_or_report(options.gazetteers, settings).release();
  if (!kept) return result;
  const pipeline::Extractor* extractor = kept;
  result.started = true;
  if (started) started();

  std::vector<std::string> path_errors;
  std::vector<std::string> files =
      input::expand_input_paths(options.files, {options.recursive, options.globs}, path_errors);
  for (const std::string& e : path_errors) std::fprintf(stderr, "gazette: %s\n", e.c_str());
  result.path_errors = path_errors.size();
  if (files.empty() && options.files.empty()) files.push_back("-");
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (options.input == "text" && files.size() <= 1) threads = 1;

  std::vector<pipeline::Extractor::ScratchPtr> scratch;
  for (unsigned t = 0; t < std::max(1u, threads); ++t) scratch.push_back(extractor->make_scratch());

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
    extract_item(item, *extractor, *scratch[worker], read_options, job, with_text);
  };
  std::optional<ProgressObserver> progress;
  if (options.progress && ::isatty(STDERR_FILENO) == 1) progress.emplace(total_input_bytes(files));
  result.totals = run_batches(next, work, writer, threads, {options.max_errors, stop_at_first_mention},
                              progress ? &*progress : nullptr);
  return result;  // the progress line is cleared here, before the caller's closing messages
}

void report_bad_lines(const DocumentRunOptions& options, const BatchTotals& totals) {
  if (!totals.bad_lines) return;
  const std::string what = options.input == "jsonl" ? "dump" : "file";
  const bool at_limit = options.max_errors && totals.bad_lines >= options.max_errors;
  std::fprintf(stderr, "gazette: %s\n",
               fmt::format("{} bad line{} in {} {}{}{}", totals.bad_lines, totals.bad_lines == 1 ? "" : "s",
                           totals.files_with_bad_lines, what, totals.files_with_bad_lines == 1 ? "" : "s",
                           at_limit ? fmt::format(", stopped at --max-errors {}", options.max_errors) : "")
                   .c_str());
}

}  // namespace gazette::cli
