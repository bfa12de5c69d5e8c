// What `gazette extract` and `gazette stats` share: which documents a run reads and how (files,
// folders, dumps, lines, compressed data), the extractor's settings, the threads, and the run
// itself, with its progress line on a terminal. Each command adds what it does with the mentions.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "pipeline/extractor.h"

namespace gazette::cli {

struct DocumentRunOptions {
  std::vector<std::string> files;
  std::string types = "company,lab,money";
  std::string input = "text";
  pipeline::GazetteerSettings gazetteers;
  pipeline::ExtractorSettings extractor;
  bool lossy = false;
  unsigned threads = 0;  // 0: one per core
  // Folders and which files under them (input/input_paths.h).
  bool recursive = false;
  std::vector<std::string> globs;
  // Dumps: dotted paths of the text, the id and the members copied into every record.
  std::string text_field = "text", id_field = "id";
  std::vector<std::string> keep_fields;
  std::size_t max_errors = 0;  // 0: no limit
  bool progress = true;        // a progress line when standard error is a terminal
};

// Adds the options above to `command`; `--keep-field` only with `keep_fields` (a summary has no
// records to copy them into).
void add_document_run_options(CLI::App& command, DocumentRunOptions& options, bool keep_fields);

struct DocumentRunResult {
  bool started = false;  // false: the extractor could not be built (reported); exit status 2
  BatchTotals totals;
  std::size_t path_errors = 0;  // inputs that are no file (a folder without -r, ...), reported
  bool failed() const { return !started || totals.errors || path_errors; }
};

// Reads the documents the options name, runs the extractor over them on the threads asked, and
// hands the mentions to `writer` in input order; messages go to standard error as they come.
// `started` is called once the extractor is built, before the first document. `with_text`: the
// writer also gets each document's text (DocumentWriter::text), for a sink that shows it.
DocumentRunResult run_documents(const DocumentRunOptions& options, DocumentWriter& writer, bool stop_at_first_mention,
                                const std::function<void()>& started, bool with_text = false);

// The closing line on bad lines, "gazette: 3 bad lines in 2 dumps", when there were any: last on
// standard error, so that a long run's bad lines are not lost among its messages.
void report_bad_lines(const DocumentRunOptions& options, const BatchTotals& totals);

}  // namespace gazette::cli
